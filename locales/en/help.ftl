# "I am in danger now" and "Find help near me": national lines, checked in shared FACTS.md.
# Keep every phone number exactly as written: people tap them to call.

danger =
    If you are in danger now, call 112.
    Tap a number to call it.

    🇪🇺 In all of Europe: 112 (police, ambulance, fire)
    🇮🇹 Italy: 1522, for violence against women. Free, day and night, in many languages.
    🇪🇸 Spain: 016, for violence against women. Free, day and night, in 53 languages. WhatsApp: 600 000 016
    🇬🇷 Greece: 15900, for violence against women, day and night. Police: 100

    In Italy, 112 works without credit and without a SIM card.
    In Greece, if you cannot speak, send an SMS to 100 with your address, your name and what is happening.

help =
    In danger now? Call 112.

    Where are you? Send your location, or write the name of your town (for example Milano, Sevilla, Athens). We use it once to find help, and we do not keep it.
    Or choose the country to see its national lines.
btn-help-it = 🇮🇹 Italy
btn-help-es = 🇪🇸 Spain
btn-help-gr = 🇬🇷 Greece

help-it =
    Help in Italy. All these numbers are free. Tap a number to call it.

    📞 1522: violence and stalking against women. Day and night. No need to say your name. Languages: Italian, English, French, Spanish, Arabic, Farsi, Albanian, Russian, Ukrainian, Portuguese or Polish. They can tell you about anti-violence centres nearby.
    📞 800 290 290: trafficking and exploitation (sex, work, begging). Day and night, in many languages. No need to say your name.
    📞 114: a child in danger. Day and night.
    📞 19696: a listening line for children and young people. Day and night.
    📞 112: emergency. It works without credit or a SIM card.

    Anti-violence centres help for free, and what you say stays private. You do not need to go to the police first.

help-es =
    Help in Spain. Tap a number to call it.

    📞 016: violence against women. Information, legal and psychological help. Free, private, day and night, in 53 languages. Also WhatsApp 600 000 016 and email 016-online@igualdad.gob.es
    A call to 016 is not on the phone bill, but it stays in your phone's call list. Delete it after the call.
    📞 900 200 999: in Andalusia, the women's line. Free, private, day and night, in 72 languages. It can find a shelter for you.
    📞 900 10 50 90: trafficking (National Police). You do not have to say your name. Email: trata@policia.es
    📞 024: if you think about suicide. Free, day and night. You do not have to say your name.
    📞 116 111: children and young people (ANAR). Free, day and night.
    📞 112: emergency.

help-gr =
    Help in Greece. Tap a number to call it.

    📞 15900: SOS line for violence against women, in all of Greece, day and night. Greek and English. Email: sos15900@isotita.gr
    📞 100: police. If you cannot speak, send an SMS to 100 with your address, your name and what is happening.
    📞 1109: trafficking.
    📞 1056: a child in danger (The Smile of the Child). Free, day and night.
    📞 112: emergency.

    15900, the counselling centres and the shelters are one network of the General Secretariat for Equality and Human Rights. Counselling centres give free psychological, legal and job advice, and help you find a shelter.

talk =
    You can talk to a person now on these lines:
    🇮🇹 1522 (violence) and 800 290 290 (trafficking): free, many languages
    🇪🇸 016 (violence): free, 53 languages, also WhatsApp 600 000 016
    🇬🇷 15900 (violence): Greek and English
