# A free lawyer, money to live on, work exploitation and trafficking, FGM and forced
# marriage. Sources in dialogues/topics.toml. French translation of the English reference. DRAFT.

btn-aid = 🧑‍⚖️ Avocat gratuit et argent
btn-money = 💶 De l'argent pour vivre
btn-work = ⛓️ Exploitation au travail, traite
btn-work-lines = ☎️ Que se passe-t-il si j'appelle
btn-fgm = ✂️ MGF et mariage forcé
btn-fgm-law = ⚖️ Ce que dit la loi

rights-aid =
    Un avocat gratuit

    🇮🇹 Italie : les victimes de maltraitance dans la famille, de violence sexuelle, de harcèlement (stalking) ou de MGF ont un avocat payé par l'État. Vos revenus ne comptent pas. Pour les victimes de traite, c'est seulement pour les moins de 18 ans.
    🇪🇸 Espagne : les victimes de violence de genre ou de traite ont tout de suite une aide juridique gratuite, quels que soient leurs revenus. Elle commence avec la plainte ou le procès.
    🇬🇷 Grèce : l'aide juridique gratuite de l'État est seulement pour les personnes à faibles revenus : citoyennes de l'UE, et autres personnes qui vivent légalement en Grèce. Les centres de conseil donnent des conseils juridiques gratuits.

    Demandez à un centre antiviolence ou à un centre de conseil : ils vous aident à demander un avocat.

rights-money =
    De l'argent pour vivre

    🇮🇹 Italie : le « Reddito di libertà » donne jusqu'à 500 euros par mois, pendant 12 mois au plus. Il est pour les femmes suivies par un centre antiviolence et les services sociaux. On le demande à la mairie (Comune). L'argent est limité. Les femmes hors UE ont besoin d'un titre de séjour valide.
    🇪🇸 Espagne : les victimes de violence de genre ou sexuelle, dès 16 ans, peuvent recevoir un paiement chaque mois, jusqu'à 30 mois. Vous devez chercher un emploi et ne pas avoir de revenus. Pas besoin d'avoir travaillé avant.
    🇬🇷 Grèce : les femmes dans un foyer pour victimes de violence peuvent demander le Revenu minimum garanti : 200 euros par mois, plus avec des enfants.

    Un centre peut vous aider à faire la demande.

rights-work =
    Exploitation au travail et traite : les signes

    Cela vous arrive ?
    • Quelqu'un garde votre passeport ou vos documents.
    • Vous devez travailler pour payer une dette.
    • Vous n'êtes pas payée, ou moins que promis.
    • Vous ne pouvez pas partir. Quelqu'un vous surveille.
    • Il y a des menaces ou de la violence.
    • Vous n'avez pas de téléphone, ou pas de contrat.
    • Vous travaillez de très longues heures.
    • Vous vivez dans un lieu surpeuplé ou isolé.

    Ce n'est pas votre faute. C'est de l'exploitation, et il y a de l'aide, même sans papiers.

rights-work-lines =
    Ce qui se passe quand vous appelez

    🇮🇹 800 290 290 : gratuit, jour et nuit, en beaucoup de langues. Vous n'avez pas besoin de dire votre nom. On vous demande si vous êtes en danger et si vous voulez en sortir. Si vous voulez, une équipe vous aide et trouve un lieu protégé. Pour cette aide, pas besoin de plainte.
    🇪🇸 900 10 50 90 (Police nationale) ou trata@policia.es : vous pouvez signaler sans dire votre nom. Les victimes ont du temps pour se rétablir et décider, sans expulsion.
    🇬🇷 1109 : la ligne contre la traite.

    En danger maintenant ? Appelez le 112.

rights-fgm =
    MGF et mariage forcé

    Les MGF (mutilations génitales féminines), c'est couper les organes génitaux d'une fille ou d'une femme.
    • Soins : à Turin, le Centro SVS de l'hôpital Sant'Anna soigne les MGF. Aussi quand elles ont eu lieu dans votre pays ou pendant le voyage. À Valence, l'hôpital public Doctor Peset a un service de chirurgie après les MGF, aussi pour les femmes d'autres régions.
    • Votre fille est en danger ? Couper une fille est un crime en Italie, en Espagne et en Grèce. Parlez à un médecin, un centre ou une ligne pour enfants : 114 (Italie), 116 111 (Espagne), 1056 (Grèce).
    • Un mariage que vous ne voulez pas ? Appelez le 1522, le 016 ou le 15900.

rights-fgm-law =
    Ce que dit la loi

    🇮🇹 Italie : MGF : 4 à 12 ans de prison, plus si la victime est une enfant. Aussi quand c'est fait à l'étranger, par ou sur une personne qui vit en Italie. Forcer quelqu'un à se marier : 1 à 5 ans, ou 2 à 7 ans si elle a moins de 14 ans.
    🇪🇸 Espagne : MGF : 6 à 12 ans de prison. Un juge peut retirer aux parents l'autorité parentale. Forcer quelqu'un à se marier, par la violence ou de graves menaces, est un délit.
    🇬🇷 Grèce : les MGF sont un crime. L'institut européen pour l'égalité entre les hommes et les femmes (EIGE) dit : aussi quand elles sont faites à l'étranger.

    Emmenée à l'étranger et mariée de force ? La Convention d'Istanbul demande aux États de vous rendre votre titre de séjour.
