# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.

language-name = English
language-choose = Choose your language
draft-notice = Note: this translation has not been checked by a native speaker yet. If something is not clear, choose another language or call a helpline.

welcome =
    Hello. Here you find information about your rights and about help against violence, in your language. It is free.

    ⚠️ Be careful: if someone else can see your phone, they can read this chat. You can delete this chat at any time: press and hold the chat in your chat list, then choose "Delete". The button "Quick exit" deletes our recent messages.

    What we keep: a number for this chat, your language, your country if you choose it or share a location, where you are in the menu, when you press OK, and the day you last wrote. For 2 days we also keep the numbers of our recent messages (not what they say), so that Quick exit can delete them.
    We never keep your name, your phone number or what you write. If you do not write for 6 months, we delete everything. With /forget we delete everything at once.

    If you are in danger now, call 112.
btn-agree = ✅ OK, continue
btn-decline = ❌ No, keep nothing

menu = What do you need? Choose a button.
btn-danger = 🆘 I am in danger now
btn-find-help = 📍 Find help near me
btn-rights = ⚖️ Know my rights
btn-talk = 💬 Talk to a person
btn-sessions = 📅 Awareness sessions
btn-safety = 🛡️ Stay safe / quick exit
btn-privacy = 🔒 Privacy and forget me
btn-language = 🌐 Language

btn-back = ⬅️ Back
btn-menu = 🏠 Menu
btn-exit = 🚪 Quick exit

help-commands =
    You can use these commands at any time:
    /menu: the main menu
    /human: talk to a person
    /end: end the chat with a person
    /language: change the language
    /exit: quick exit, deletes our recent messages
    /forget: delete everything we keep about you
    /subscribe: sessions and invitations
    /stop: stop all announcements
    /help: this list

    If you are in danger now, call 112.
not-understood = Sorry, I did not understand. Please choose a button. If you are in danger now, call 112.
unsupported-media = Sorry, I can only read text and buttons. Please choose a button. If you are in danger now, call 112.
location-used = Thank you. We used your location once to find help, and we did not keep it.
exit-done = Done.
stop-done = You will not get any announcements from us.
forget-done = Everything about you is deleted. If you write again, we start from the beginning. If you are in danger now, call 112.
