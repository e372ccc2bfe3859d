# A free lawyer, money to live on, work exploitation and trafficking, FGM and forced
# marriage. Sources in dialogues/topics.toml. General information, not legal advice.

btn-aid = 🧑‍⚖️ Free lawyer and money
btn-money = 💶 Money to live on
btn-work = ⛓️ Work exploitation, trafficking
btn-work-lines = ☎️ What happens when I call
btn-fgm = ✂️ FGM and forced marriage
btn-fgm-law = ⚖️ What the law says

rights-aid =
    A free lawyer

    🇮🇹 Italy: victims of violence in the family, sexual violence, stalking or FGM get a lawyer paid by the state. Your income does not matter. For victims of trafficking, this is only for children under 18.
    🇪🇸 Spain: victims of gender violence or trafficking get free legal help at once, whatever their income. It starts with the complaint or the court case.
    🇬🇷 Greece: free legal help from the state is only for people with a low income. They must also be EU citizens, or live in Greece legally. Counselling centres give free legal advice.

    Ask an anti-violence centre or a counselling centre: they can help you ask for a lawyer.

rights-money =
    Money to live on

    🇮🇹 Italy: the "Reddito di libertà" gives up to 500 euros a month, for up to 12 months. It is for women supported by an anti-violence centre and social services. Ask at the town hall (Comune). The money is limited. Women from outside the EU need a valid permit.
    🇪🇸 Spain: victims of gender or sexual violence, 16 or older, can get a monthly payment for up to 30 months. You must look for a job and have no income. You do not need to have worked before.
    🇬🇷 Greece: women in a shelter for violence can ask for the Minimum Guaranteed Income. It is 200 euros a month, more with children.

    A centre can help you ask.

rights-work =
    Work exploitation and trafficking: the signs

    Does this happen to you?
    • Someone keeps your passport or your documents.
    • You must work to pay back a debt.
    • You get no pay, or less than promised.
    • You cannot leave. Someone watches you.
    • There are threats or violence.
    • You have no phone, or no contract.
    • You work very long hours.
    • You live in a crowded or far-away place.

    This is not your fault. It is exploitation, and there is help, also without papers.

rights-work-lines =
    What happens when you call

    🇮🇹 800 290 290: free, day and night, in many languages. You do not have to say your name. They ask if you are in danger and if you want to get out. If you want, a team helps you and finds a protected place. You do not need a police complaint for this help.
    🇪🇸 900 10 50 90 (National Police) or trata@policia.es: you can report without your name. Victims get time to recover and to decide, without expulsion.
    🇬🇷 1109: the line against trafficking.

    In danger now? Call 112.

rights-fgm =
    FGM and forced marriage

    FGM (female genital mutilation) means cutting the genitals of a girl or a woman.
    • Health help: in Turin, the Centro SVS at Sant'Anna hospital treats FGM. Also when it happened in your country or on the journey. In Valencia, the public hospital Doctor Peset has a unit for surgery after FGM, also for women from other regions.
    • Your daughter is at risk? Cutting a girl is a crime in Italy, Spain and Greece. Talk to a doctor, a centre or a children's line: 114 (Italy), 116 111 (Spain), 1056 (Greece).
    • A marriage you do not want? Call 1522, 016 or 15900.

rights-fgm-law =
    What the law says

    🇮🇹 Italy: FGM: 4 to 12 years in prison, more if the victim is a child. Also when it is done abroad, by or to a person who lives in Italy. Forcing someone to marry: 1 to 5 years, or 2 to 7 if she is under 14.
    🇪🇸 Spain: FGM: 6 to 12 years in prison. A judge can take away the parents' rights over the child. Forcing someone to marry, with violence or serious threats, is a crime.
    🇬🇷 Greece: FGM is a crime. The EU gender institute (EIGE) says: also when it is done abroad.

    Taken abroad and married by force? The Istanbul Convention asks countries to give you back your residence permit.
