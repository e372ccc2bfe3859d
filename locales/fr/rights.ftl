# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.

rights = Que veux-tu savoir ? Ce sont des informations générales, pas un conseil juridique. Un centre antiviolence ou un avocat peut regarder ta situation.
btn-rights-forms = Formes de violence
btn-rights-all = Droits de toutes les femmes
btn-rights-it = 🇮🇹 Titres de séjour en Italie
btn-rights-es = 🇪🇸 Droits en Espagne
btn-rights-gr = 🇬🇷 Droits en Grèce
btn-rights-health = 🩺 Soins de santé
btn-rights-centres = 🏠 Centres et foyers
btn-rights-police = 👮 Aller à la police

rights-forms =
    La violence contre les femmes a beaucoup de formes. Toutes sont inacceptables, et aucune n'est de ta faute.

    • Physique : frapper, pousser, étrangler, brûler.
    • Sexuelle : tout acte sexuel sans ton « oui » libre, aussi par ton mari ou ton partenaire.
    • Psychologique : menaces, insultes, contrôle, te faire peur.
    • Économique : prendre ton argent, tes documents ou ton travail.
    • Harcèlement (stalking) : te suivre, t'attendre, des appels ou des messages que tu ne veux pas.
    • En ligne : partager tes photos, surveiller ton téléphone, des menaces sur internet.
    • Mariage forcé : un mariage que tu n'as pas choisi librement.
    • Mutilations génitales féminines (MGF) : couper les organes génitaux d'une fille ou d'une femme.
    • Traite des êtres humains : quelqu'un t'amène ou te garde quelque part pour t'exploiter, pour le sexe, le travail ou la mendicité.

    En Italie et en Espagne, les MGF et le mariage forcé sont punis par la loi. En Italie, les MGF sont punies aussi quand elles sont faites à l'étranger sur une personne qui vit en Italie.

rights-all =
    Certains droits ne dépendent pas de tes papiers.

    • Dès le premier contact, tu as droit à l'information : sur le soutien, sur la plainte, sur la protection, sur l'aide juridique et sur les interprètes.
    • Si la police ou un juge t'interroge, tu as droit à un interprète gratuit.
    • Tu as droit à un soutien gratuit et privé. Tu n'as pas besoin d'aller d'abord à la police.
    • Si ton titre de séjour dépend de ton mari ou de ton partenaire : la Convention d'Istanbul (article 59) demande aux pays de te donner ton propre titre de séjour dans les situations très difficiles, quand la relation se termine. La durée de votre relation ne compte pas. Elle leur demande aussi d'arrêter une expulsion pour le moment, pour que tu puisses faire la demande. Demande à un centre ou à un avocat comment cela marche dans ton pays.

    Les 3 premiers points viennent d'une loi de l'Union européenne sur les droits des victimes.

rights-it =
    Italie : titres de séjour pour les victimes

    • Violence domestique (article 18-bis) : il faut une procédure pénale pour violence domestique, et tu dois être vraiment en danger. Alors le Questore (le chef de la police de ta province) peut te donner un titre de séjour. Un procureur ou un juge donne son avis. Un centre antiviolence ou les services sociaux peuvent t'aider à commencer. Le titre de séjour dure 1 an. Avec lui, tu peux étudier et travailler. Plus tard, tu peux le changer pour un autre titre de séjour.
    • Violence ou exploitation grave, aussi la traite des êtres humains (article 18) : quand tu es en danger, tu peux avoir un titre de séjour de 6 mois. Il peut être renouvelé. Avec lui, tu peux étudier et travailler. La démarche peut commencer par le procureur, ou par les services sociaux ou une organisation qui t'aide.
    • Soins de santé sans titre de séjour : voir « Soins de santé ».

    Appelle le 1522 (violence) ou le 800 290 290 (traite des êtres humains). Ils sont gratuits et peuvent t'aider à trouver un centre.

rights-es =
    Espagne : tes droits de femme étrangère

    • La loi contre la violence de genre protège toutes les femmes, avec ou sans papiers. Elle couvre la violence de ton mari, de ton partenaire ou de ton ex-partenaire, même si vous ne vivez pas ensemble.
    • Pour beaucoup de droits, tu peux montrer que tu es victime avec un rapport des services sociaux, d'un service spécialisé ou d'un foyer d'accueil. Pour cela, tu n'as pas besoin de porter plainte à la police.
    • Si tu portes plainte pour violence et que tu n'as pas de papiers, aucun dossier n'est ouvert contre toi pour cela. Si un dossier ou une procédure d'expulsion est déjà ouvert, il s'arrête pour le moment (il est suspendu).
    • Avec une ordonnance de protection ou un rapport du procureur, tu peux demander un titre de séjour et de travail. En attendant, tu reçois un titre de séjour temporaire, et tes enfants aussi. Le titre définitif arrive quand le procès se termine en ta faveur. Sinon, le dossier sur tes papiers peut reprendre.
    • Traite des êtres humains : tu as du temps pour te rétablir et pour décider, sans expulsion. Ensuite, tu peux avoir un titre de séjour et de travail, ou une aide pour rentrer dans ton pays.

    Appelle le 016 : gratuit, privé, jour et nuit.

rights-gr =
    Grèce : tes droits

    • La violence domestique est punie par la loi. Quand la police ou le procureur l'apprennent, ils doivent agir, même si tu ne portes pas plainte.
    • Les victimes de traite des êtres humains peuvent avoir un titre de séjour. Avec lui, tu peux travailler.
    • Le ministre peut donner un titre de séjour pour raisons humanitaires, aussi aux victimes de violence domestique. Avec lui, tu peux travailler.
    • Si tu demandes l'asile, tu reçois un numéro PAAYPA avec ta carte de demandeur d'asile. Avec ce numéro, les soins de santé sont gratuits.

    Appelle le 15900, jour et nuit. Le 15900 et les centres de conseil forment un seul réseau. Les centres de conseil donnent gratuitement des conseils psychologiques, juridiques et pour le travail. Ils t'aident aussi à trouver un foyer d'accueil.

rights-health =
    Soins de santé

    🇮🇹 Italie : si tu n'as pas de titre de séjour, demande un code STP au service de santé local (ASL) ou dans un hôpital. Il dure 6 mois et peut être renouvelé. Il donne les soins urgents et essentiels, les soins pendant la grossesse et l'accouchement comme pour les Italiennes, les soins pour les enfants et les vaccins. C'est gratuit si tu n'as pas d'argent. En règle générale, le service de santé ne te signale pas à la police.
    🇪🇸 Espagne : les personnes sans titre de séjour ont accès à la santé publique comme les Espagnols. Depuis mars 2026, tu peux la demander avec une déclaration que tu signes toi-même, et tu reçois tout de suite des soins provisoires.
    🇬🇷 Grèce : si tu demandes l'asile, ton numéro PAAYPA te donne des soins de santé gratuits.

    En cas d'urgence, appelle le 112.

rights-centres =
    Centres et foyers

    🇮🇹 Italie : les centres antiviolence t'écoutent gratuitement et donnent une aide psychologique et juridique. Ils ont une ligne téléphonique jour et nuit. Le personnel est composé de femmes. Tu n'as pas besoin d'aller à la police, et ce que tu dis reste privé. Les foyers d'accueil ont une adresse secrète. Certains foyers demandent un paiement qui dépend de tes revenus.
    🇪🇸 Espagne : la loi dit que tu as droit à une aide d'urgence, à un foyer d'accueil, et à un soutien psychologique, social, juridique et pour l'emploi. Il y a aussi des centres de crise pour les violences sexuelles, ouverts 24 heures par jour.
    🇬🇷 Grèce : les centres de conseil donnent gratuitement des conseils psychologiques, juridiques et pour le travail. Ils t'aident aussi à trouver un foyer d'accueil. Appelle le 15900.

rights-police =
    Aller à la police, c'est ton choix.

    • Tu peux avoir de l'aide d'un centre ou d'une ligne d'aide sans aller à la police.
    • Si la police ou un juge t'interroge, tu as droit à un interprète gratuit.
    • 🇪🇸 Espagne : si tu n'as pas de papiers, porter plainte pour violence n'ouvre pas de dossier contre toi, et une procédure d'expulsion déjà ouverte s'arrête pour le moment (elle est suspendue).
    • 🇮🇹 Italie : le titre de séjour pour les victimes de violence domestique (article 18-bis) demande une procédure pénale. Un centre antiviolence peut t'aider.
    • 🇬🇷 Grèce : la police et le procureur doivent agir contre la violence domestique, même si tu ne portes pas plainte. Tu peux d'abord demander conseil à la ligne SOS 15900.

    Si tu es en danger maintenant, appelle le 112.
