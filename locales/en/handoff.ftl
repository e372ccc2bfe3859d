# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
handoff-waiting =
    Thank you. A mediator who speaks your language will write to you here, in this chat.
    The mediator will not see your name, your username or your phone number.
    You can write now. We will pass on your messages when the mediator comes.
handoff-case-number = Your case number:
handoff-queue-place = Your place in the line:
handoff-urgent = If you are in danger now, call 112. It is free.
handoff-already = You are already waiting for a mediator. You can write here now.
handoff-hours = Mediators answer at these times:
handoff-hours-later = Nobody is here now. Your messages will wait for the mediator. If it cannot wait, call a helpline now.
handoff-joined = A mediator is here now. Write here, in this chat. Tap "End chat" when you want to stop.
handoff-in-chat = You are talking with a mediator. Write here. Tap "End chat" to stop and go back to the menu.
handoff-escalated = Sorry, nobody is free yet. We are still looking for a mediator. If it cannot wait, call a helpline now:
handoff-mediator-left = The mediator had to leave. We are looking for another mediator. Your messages will wait here.
handoff-not-passed = Sorry, this kind of message cannot be passed on. Please write it as text, or send a photo, a voice message or a file.
handoff-held-full = You have sent many messages. The mediator will see the first ones. The next messages are not passed on. When the mediator is here, you can write again.
handoff-contact-refused = We did not pass this on. A contact shows a name and a phone number, often your own. The mediator does not need them. If you want to give a number, you can write it.
handoff-file-warning = We did not pass this file on. A file can hide details, for example where and when a photo was taken. A photo is safer: send it as a photo, not as a file. If you still want to send this file, send it again.
handoff-copies = Telegram keeps this chat on its servers. The mediator gets copies of your messages. We delete these copies when the chat ends, or when you use Quick exit. Telegram lets us delete only messages less than 2 days old: older copies stay with the mediator.
handoff-ended = The chat with the mediator has ended. You can ask to talk to a person again at any time.
handoff-closed-by-mediator = The mediator has ended the chat. You can ask to talk to a person again at any time.
handoff-rate = Did this chat help you? You do not have to answer. Your answer has no name on it.
handoff-thanks = Thank you for your answer.
handoff-unavailable = Chat with a mediator inside this bot is not open yet.
btn-talk-here = 💬 Chat with a mediator here
btn-end-chat = ✖️ End chat
btn-helplines = ☎️ Helplines
btn-rate-good = 👍 Yes
btn-rate-some = 🙂 A little
btn-rate-bad = 👎 No
cmd-human = Talk to a person
# Her case was closed by the bot after many days with no message in it (or her data reached
# the end of the time it is kept). Calm and short: no blame, the way back open.
handoff-idle-closed = Your chat with a mediator is closed, because nobody wrote in it for many days. You can ask to talk to a person again at any time.
