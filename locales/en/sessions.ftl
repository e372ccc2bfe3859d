# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Sessions coming soon in your region and your language:
sessions-none = No sessions are planned in your region and your language yet.
sessions-subscribed = You get invitations about:
sessions-ask = Do you want an invitation when a new session is planned near you?
sessions-consent =
    Invitations: what we keep

    If you say yes, we keep the topics and the region you choose, your language, if invitations come silently, and the time you said yes. We use them only to send you invitations.

    You can stop at any time: write /stop or press the button under an invitation. Then we delete your choices.
sessions-topics = Which topics interest you? Tap to choose, tap again to remove. Then press Next.
sessions-region = Where do you live?
sessions-silent = Should invitations make a sound? Silent is safer if someone is near you. Silent messages can still show their words on your phone's screen.
sessions-done = Done. You will get invitations about:
sessions-reminder-set = Done. We will remind you the day before.
sessions-reminder-already = Your reminder is already set.
sessions-reminder-late = This session has already started or no longer exists.
sessions-reminder-off = Reminders for this session are switched off.
sessions-reminder = ⏰ Reminder: this session is tomorrow.
btn-sessions-open = 📅 Sessions and invitations
btn-subscribe = 🔔 Get invitations
btn-unsubscribe = 🔕 Stop invitations
btn-change-topics = ✏️ Change my choices
btn-remind = ⏰ Remind me
btn-consent-yes = ✅ Yes, I agree
btn-next = ➡️ Next
btn-sound = 🔔 With sound
btn-silent = 🔕 Silent
topic-rights = ⚖️ Rights
topic-health = 🩺 Health
topic-work = 💼 Work and training
topic-language = 🗣️ Language courses
topic-children = 🧒 Children
