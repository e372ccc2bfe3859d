# After a sexual assault: the first hours, then one screen per country. Sources in
# dialogues/topics.toml. French translation of the English reference. DRAFT.

btn-assault = 🩺 Après une agression sexuelle

help-assault =
    Après une agression sexuelle

    Ce n'est pas votre faute. Vous pouvez avoir de l'aide maintenant.
    • Allez aux urgences d'un hôpital le plus vite possible. En danger maintenant ? Appelez le 112.
    • Médicament contre le VIH (appelé PEP) : allez-y tout de suite. Il marche seulement si vous commencez dans les premières heures.
    • Pilule du lendemain : le plus tôt est le mieux. Un type marche jusqu'à 3 jours (72 heures). Un autre type (ellaOne) jusqu'à 5 jours (120 heures).
    • Preuves pour plus tard : si vous pouvez, ne vous lavez pas, ne vous brossez pas les dents, ne mangez pas, ne buvez pas et ne changez pas de vêtements. Si vous les avez changés, apportez-les.

    Choisissez votre pays :

help-assault-it =
    🇮🇹 Italie : après une agression sexuelle

    • Allez aux urgences d'un hôpital (pronto soccorso). Il y a un parcours protégé pour les femmes victimes de violence. On vous reçoit en premier, dans une salle à part, et les soins sont gratuits.
    • Le médicament contre le VIH (PEP) n'est pas donné après 48 heures. Allez-y tout de suite.
    • Pilule du lendemain : les adultes l'achètent en pharmacie sans ordonnance. Depuis 2020, les filles de moins de 18 ans peuvent aussi avoir ellaOne.
    • Vous pouvez être soignée maintenant et décider plus tard pour la police. Pour le viol d'une adulte, il y a en général un procès seulement si vous portez plainte (querela). Vous avez 12 mois.
    • Appelez le 1522 : gratuit, jour et nuit.

help-assault-es =
    🇪🇸 Espagne : après une agression sexuelle

    • Centres de crise pour les violences sexuelles : la loi en demande un dans chaque province, ouvert 24 heures. Demandez au 016 le plus proche.
    • Vous pouvez appeler un centre de crise ou y aller. Ils donnent une aide psychologique, juridique et sociale, aussi pour une agression ancienne. Vous n'avez pas besoin d'aller d'abord à l'hôpital ou à la police.
    • Les soins et l'examen médical pour les preuves demandent votre accord, pas une plainte.
    • Médicament contre le VIH (PEP) : allez tout de suite aux urgences. Le mieux dans les 6 heures, jamais après 72 heures.
    • Pilule du lendemain : en pharmacie, sans ordonnance.
    • Appelez le 016 : gratuit, jour et nuit.

help-assault-gr =
    🇬🇷 Grèce : après une agression sexuelle

    • Les hôpitaux donnent des soins urgents aussi aux personnes sans titre de séjour.
    • Médicament contre le VIH (PEP) : allez tout de suite aux urgences d'un hôpital.
    • Pilule du lendemain (lévonorgestrel, jusqu'à 72 heures) : en pharmacie, sans ordonnance.
    • Pour un procès, un papier de l'hôpital peut ne pas suffire. Un examen par un médecin légiste de l'État (un médecin qui travaille pour les tribunaux) peut être nécessaire.
    • Depuis 2024, les médecins doivent informer le procureur des violences domestiques, même si vous ne portez pas plainte.
    • Appelez le 15900, jour et nuit, pour un conseil.
