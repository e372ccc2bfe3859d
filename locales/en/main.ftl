# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.

language-name = English
language-choose = Choose your language
draft-notice = Note: this translation has not been checked by a native speaker yet. If something is not clear, choose another language or call a helpline.

welcome =
    If you are in danger now, call 112.

    Hello. Here you find free information on your rights and help against violence, in your language.

    ⚠️ If someone can see your phone, they can read this chat. To delete it: press and hold the chat, then "Delete". "Quick exit" deletes our recent messages.

    We keep a number for this chat, your language, your country and your place in the menu. Also when you pressed OK, and your last day here. For { $exit_window_days ->
        [one] { $exit_window_days } day
       *[other] { $exit_window_days } days
    }, we keep the numbers of our recent messages (not their words), for Quick exit.
    We never keep your name, phone number or what you write. After { $inactive_months ->
        [one] { $inactive_months } month
       *[other] { $inactive_months } months
    } without a message, we delete everything. /forget deletes it all now.
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
