# After a sexual assault: the first hours, then one screen per country. Sources in
# dialogues/topics.toml. Calm, short, no blame. Keep every number exactly as written.

btn-assault = 🩺 After a sexual assault

help-assault =
    After a sexual assault

    It is not your fault. You can get help now.
    • Go to the emergency department of a hospital as soon as you can. In danger now? Call 112.
    • Medicine against HIV (called PEP): go at once. It works only if you start in the first hours.
    • Emergency pill against pregnancy: the sooner, the better. One kind works up to 3 days (72 hours). Another kind (ellaOne) works up to 5 days (120 hours).
    • Evidence for later: if you can, do not wash, brush your teeth, eat, drink or change clothes. If you changed, bring the clothes.

    Choose your country:

help-assault-it =
    🇮🇹 Italy: after a sexual assault

    • Go to a hospital emergency department (pronto soccorso). There is a protected path for women who suffered violence. You are seen first, in a separate room, and care is free.
    • HIV medicine (PEP) is not given after 48 hours. Go at once.
    • Emergency pill: adults get it in a pharmacy without a prescription. Since 2020, girls under 18 can get ellaOne too.
    • You can get care now and decide later about the police. For rape of an adult, there is usually a case only if you make a complaint (querela). You have 12 months for it.
    • Call 1522: free, day and night.

help-assault-es =
    🇪🇸 Spain: after a sexual assault

    • Crisis centres for sexual violence: the law asks for one in every province, open 24 hours. Ask 016 for the nearest one.
    • You can call a crisis centre or go there. They give psychological, legal and social help, also for an assault long ago. You do not need to go to a hospital or the police first.
    • Care and the medical exam for evidence need your yes, not a police report.
    • HIV medicine (PEP): go to an emergency department at once. Best within 6 hours, never after 72 hours.
    • Emergency pill: in a pharmacy, without a prescription.
    • Call 016: free, day and night.

help-assault-gr =
    🇬🇷 Greece: after a sexual assault

    • Hospitals give emergency care also to people without residence papers.
    • HIV medicine (PEP): go to a hospital emergency department at once.
    • Emergency pill (levonorgestrel, up to 72 hours): in a pharmacy, without a prescription.
    • For a court case, a hospital paper may not be enough. You may need an exam by a state forensic doctor (a doctor who works for the courts).
    • Since 2024, doctors must tell the prosecutor about domestic violence, also if you do not report it.
    • Call 15900, day and night, for advice.
