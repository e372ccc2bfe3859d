# "Stay safe", "Privacy and forget me", and "Awareness sessions".

safety =
    Stay safe

    • If someone checks your phone, delete this chat after reading: press and hold the chat, then "Delete". Choose to delete it for both sides.
    • Our answers come without sound. But their words can still show on your phone's screen when they arrive. To hide them: Settings, then Notifications and Sounds, then turn off the message preview.
    • You can lock Telegram with a code: Settings, then Privacy and Security, then Passcode Lock.
    • Check Settings, then Devices. It shows every phone and computer where your Telegram is open. If you see one you do not know, end it there.

safety-exit =
    Quick exit and traces on your phone

    • The button 🚪 Quick exit is on every screen. It deletes our recent messages and leaves one short, neutral line.
    • Quick exit cannot delete messages older than 48 hours, notifications you already saw, screenshots, or your phone's call list.
    • In Spain, a call to 016 is not on the phone bill, but it stays in the call list. Delete it after the call.

btn-safety-exit = 🚪 What Quick exit deletes

privacy =
    What we keep about you:
    • a number for this chat (from Telegram), not your phone number;
    • your language, your country if you chose it or shared a location, and where you are in the menu;
    • when you said yes to this, and the day you last wrote;
    • for { $exit_window_days ->
        [one] { $exit_window_days } day
       *[other] { $exit_window_days } days
    }, the numbers of our recent messages (not what they say), so that Quick exit can delete them.

    We never keep your name, your phone number, your photos or what you write. We do not keep your location.

    If you do not write for { $inactive_months ->
        [one] { $inactive_months } month
       *[other] { $inactive_months } months
    }, we delete everything. With /forget or the button below, we delete everything about you at once.
btn-forget = 🗑️ Delete all my data
forget-confirm = Do you want to delete everything we keep about you? You can start again at any time.
btn-forget-yes = Yes, delete everything

sessions =
    Awareness sessions are meetings where organisations explain rights, health and safety, often with a cultural mediator who speaks your language.

    See the sessions planned near you, ask for a reminder, or get an invitation when a new one is planned.
