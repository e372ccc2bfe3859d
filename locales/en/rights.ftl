# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.

rights = What do you want to know? This is general information, not legal advice. An anti-violence centre or a lawyer can look at your case.
btn-rights-forms = Forms of violence
btn-rights-all = Rights for every woman
btn-rights-it = 🇮🇹 Permits in Italy
btn-rights-es = 🇪🇸 Rights in Spain
btn-rights-gr = 🇬🇷 Rights in Greece
btn-rights-health = 🩺 Health care
btn-rights-centres = 🏠 Centres and shelters
btn-rights-police = 👮 Going to the police
btn-rights-es-more = ➡️ More: papers, permits, trafficking
btn-rights-it-more = ➡️ More: exploitation and trafficking
btn-rights-forms-more = ➡️ More forms of violence
btn-rights-all-permit = ➡️ Your own residence permit
btn-rights-police-more = ➡️ More: 🇪🇸 🇮🇹 🇬🇷

rights-forms =
    Violence against women has many forms. All of them are wrong, and none of them is your fault.

    • Physical: hitting, pushing, choking, burning.
    • Sexual: any sexual act without your free yes, also by your husband or partner.
    • Psychological: threats, insults, control, making you afraid.
    • Economic: taking your money, your documents or your work.
    • Stalking: following you, waiting for you, calls or messages you do not want.

rights-forms-more =
    More forms of violence

    • Online: sharing your photos, watching your phone, threats on the internet.
    • Forced marriage: a marriage you did not choose freely.
    • Female genital mutilation (FGM): cutting the genitals of a girl or a woman.
    • Trafficking: someone brings you or keeps you somewhere to exploit you, for sex, work or begging.

    In Italy and in Spain, FGM and forced marriage are crimes. In Italy, FGM is a crime also when it is done abroad to a person who lives in Italy.

rights-all =
    Some rights do not depend on your papers.

    • From the first contact, you have the right to information. It is about support, reporting, protection, legal help and interpreters.
    • If the police or a judge question you, you have the right to a free interpreter.
    • You have the right to free and private support. You do not need to go to the police first.

    The first 3 points come from an EU law on the rights of victims.

rights-all-permit =
    Your own residence permit

    • Maybe your residence permit depends on your husband or partner, and the relationship ends. Then, in very difficult situations, the Istanbul Convention (article 59) asks countries to give you your own residence permit. It does not matter how long you were together. It also asks them to stop an expulsion for now, so that you can ask. Ask a centre or a lawyer how this works in your country.

rights-it =
    Italy: residence permits for victims

    • Domestic violence (article 18-bis): there must be a criminal case for domestic violence, and you must be in real danger. Then the Questore (the head of the police in your province) can give you a permit. A prosecutor or a judge gives an opinion. An anti-violence centre or social services can help you start. The permit lasts 1 year. With it, you can study and work. Later, you can change it into another permit.
    • Health care without a permit: see "Health care".

    Call 1522 (violence) or 800 290 290 (trafficking). They are free and can help you find a centre.

rights-it-more =
    Italy: residence permits for victims

    • Violence or serious exploitation, also trafficking (article 18). When you are in danger, you can get a permit for 6 months. It can be renewed. You can study and work with it. It can start from the prosecutor, or from social services or an organisation that helps you.

    Call 1522 (violence) or 800 290 290 (trafficking). They are free and can help you find a centre.

rights-es =
    Spain: your rights as a foreign woman

    • The law against gender violence protects every woman, with or without papers. It covers violence by your husband, partner or ex-partner, also if you do not live together.
    • For many rights, you can show that you are a victim with a report. The report can be from social services, a specialist service or a shelter. You do not need a police complaint for this.

    Call 016: free, private, day and night.

rights-es-more =
    Spain: your rights as a foreign woman

    • If you report violence and you have no papers, no file is opened against you for this. An open file or expulsion stops for now.
    • With a protection order or a prosecutor's report, you can ask for a residence and work permit. While you wait, you and your children get a permit for now. The final permit comes when the court case ends in your favour. If it does not, the file about your papers can start again.
    • Trafficking: you get time to recover and decide, without expulsion. Then you can get a residence and work permit, or help to go back home.

    Call 016: free, private, day and night.

rights-gr =
    Greece: your rights

    • Domestic violence is a crime. When the police or prosecutor know about it, they must act, also without your complaint.
    • Victims of trafficking can get a residence permit that lets them work.
    • Maybe a permit for humanitarian reasons. One source (a draft of Law 5038/2023, opengov.gr) says the Minister may give one, also to victims of domestic violence. It is not a right. Ask a lawyer or counselling centre.
    • If you ask for asylum, you get a PAAYPA number with your asylum card. With it, health care is free.

    Call 15900, day and night. 15900 and the counselling centres are one network. Counselling centres give free psychological, legal and job advice, and help you find a shelter.

rights-health =
    Health care

    🇮🇹 Italy: without a residence permit, ask for an STP code at the local health service (ASL) or at a hospital. It lasts 6 months and can be renewed. It gives urgent and essential care, care in pregnancy and at birth like Italian women, care for children and vaccines. It is free if you have no money. As a rule, the health service does not report you to the police.
    🇪🇸 Spain: people without residence get public health care like Spanish people. Since March 2026 you can ask with a declaration you sign yourself, and you get provisional care at once.
    🇬🇷 Greece: if you ask for asylum, your PAAYPA number gives you free health care.

    In an emergency, call 112.

rights-centres =
    Centres and shelters

    🇮🇹 Italy: anti-violence centres listen to you for free and give psychological and legal help. They have a phone line day and night. The staff are women. You do not need to go to the police, and what you say stays private. Shelters have a secret address. Some shelters ask for a payment that depends on your income.
    🇪🇸 Spain: the law says you have the right to emergency help, a shelter, and psychological, social, legal and job support. There are also crisis centres for sexual violence, open 24 hours.
    🇬🇷 Greece: counselling centres give free psychological, legal and job advice, and help you find a shelter. Call 15900.

rights-police =
    Going to the police is your choice.

    • You can get help from a centre or a helpline without going to the police.
    • If the police or a judge question you, you have the right to a free interpreter.

    Choose your country to read about reporting and protection orders. If you are in danger now, call 112.

rights-police-more =
    Going to the police is your choice.

    • 🇪🇸 Spain: if you have no papers, reporting violence does not start a file against you. An expulsion that is already open is paused (it stops for now). If the case does not end in your favour, the file can start again.
    • 🇮🇹 Italy: the permit for victims of domestic violence (article 18-bis) needs a criminal case. An anti-violence centre can help you.
    • 🇬🇷 Greece: the police and the prosecutor must act on domestic violence also without your complaint. You can ask the SOS line 15900 for advice first.

    Choose your country to read about reporting and protection orders. If you are in danger now, call 112.
