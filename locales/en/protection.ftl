# Leaving safely, her phone and Telegram, reporting and protection orders per country.
# Sources in dialogues/topics.toml. Never more reassuring than the law.

btn-leave = 🧳 Plan to leave safely
btn-leave-where = 🏠 Where to go
btn-phone = 📱 My phone and Telegram
btn-report-it = 🇮🇹 Reporting in Italy
btn-report-es = 🇪🇸 Reporting in Spain
btn-report-gr = 🇬🇷 Reporting in Greece
btn-papers-it = ⚠️ Without papers in Italy

help-leave =
    Plan to leave safely

    If you can, prepare before you go:
    • A bag with your passport or ID, residence papers, children's papers, money, keys, medicines and clothes. Hide it, or leave it with a person you trust.
    • Take photos or copies of your documents. Keep a copy in a safe place.
    • Save a little money, step by step.
    • Learn important numbers by heart: 112 and the line of your country.
    • Agree on a code word or an emoji with a person you trust. It means: "Call the police".
    • Teach your children to call 112.
    • Keep threatening messages. Carry a copy of any protection order.

help-leave-where =
    Where to go

    • If he attacks you, stay away from the kitchen and the bathroom. Stay near a door. Call 112.
    • For a safe place, call the line of your country. You get support also without a police complaint.
    🇮🇹 1522 tells you about the anti-violence centres near you. The centres listen, take you in and help, for free.
    🇪🇸 016 gives information and support. In Andalusia, 900 200 999 can find a shelter for you.
    🇬🇷 15900, the counselling centres and the shelters work together. They help you find a shelter.
    • Greece: the free app "Panic Button" is for adult victims of domestic violence. Ask the police or a counselling centre. One press alerts the police.

safety-phone =
    My phone and Telegram

    • Settings › Devices: you see every phone and computer where your Telegram is open. End the ones you do not know, or end all other sessions.
    • Settings › Privacy and Security › Two-Step Verification: choose a password. Then nobody can open your Telegram on a new phone without it.
    • Settings › Privacy and Security › Passcode Lock: a code to open Telegram on this phone.
    • Auto-delete: in the menu of a chat, choose 1 day, 1 week or 1 month. It deletes only new messages. The other person sees that you turned it on.
    • Settings › Notifications and Sounds: there you can hide the text of messages.

rights-report-it =
    🇮🇹 Italy: reporting and protection

    • Warning (ammonimento): for domestic violence, the Questore (head of the police in your province) can warn the abuser. You do not need to make a criminal complaint. Other people can report it too, and their name stays secret.
    • Protection order: a judge can order a violent husband or partner who lives with you to leave the home. He must stay away from your work, your family and your children's school. It lasts up to 1 year and can be extended.
    • After a complaint for violence, the prosecutor must listen to you within 3 days.
    • ⚠️ No papers? Read "Without papers" first.

rights-papers-it =
    🇮🇹 Italy: without papers

    • Staying in Italy without a residence permit is an offence (article 10-bis of the immigration law). The penalty is a fine of 5,000 to 10,000 euros.
    • We know of no Italian rule, like the Spanish one, that protects you from this when you report violence.
    • There are permits for victims of domestic violence or exploitation (articles 18-bis and 18). See "Permits in Italy".
    • Before you go to the police, talk to 1522 or an anti-violence centre. At 1522 you do not have to say your name.

rights-report-es =
    🇪🇸 Spain: reporting and the protection order

    • A judge gives the protection order (orden de protección). You, your family or the prosecutor can ask for it, at the police or the court.
    • It can forbid him to come near you or to contact you. It can also decide about the home, the children and child support. These family measures last 30 days, unless you start a family case.
    • The order shows that you are a victim. This helps you get support and money.
    • Without papers: if you report, no file is opened against you for this. An open file or expulsion is paused. If the case does not end in your favour, the file can start again.

rights-report-gr =
    🇬🇷 Greece: reporting and protection

    • You can report domestic violence to the police: call 100.
    • The police and the prosecutor must act, also without your complaint. Since 2024, doctors must tell the prosecutor about domestic violence.
    • A court can order the abuser to leave the home. It can forbid him to come to your home, your work, your relatives and your children's school. There are also urgent orders for now. Support organisations can ask for them for you.
    • Without papers: we know of no Greek rule, like the Spanish one, that protects you when you report. Ask 15900 or a counselling centre first.
