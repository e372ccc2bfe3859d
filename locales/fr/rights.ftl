# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.

rights = Que voulez-vous savoir ? Ce sont des informations générales, pas un conseil juridique. Un centre antiviolence ou un avocat peut regarder votre situation.
btn-rights-forms = Formes de violence
btn-rights-all = Droits de toutes les femmes
btn-rights-it = 🇮🇹 Titres de séjour en Italie
btn-rights-es = 🇪🇸 Droits en Espagne
btn-rights-gr = 🇬🇷 Droits en Grèce
btn-rights-health = 🩺 Soins de santé
btn-rights-centres = 🏠 Centres et foyers
btn-rights-police = 👮 Aller à la police
btn-rights-es-more = ➡️ Plus : papiers, titres de séjour, traite
btn-rights-it-more = ➡️ Plus : exploitation et traite
btn-rights-forms-more = ➡️ D'autres formes de violence
btn-rights-all-permit = ➡️ Votre propre titre de séjour
btn-rights-police-more = ➡️ Plus : 🇪🇸 🇮🇹 🇬🇷

rights-forms =
    La violence contre les femmes a beaucoup de formes. Toutes sont inacceptables, et aucune n'est de votre faute.

    • Physique : frapper, pousser, étrangler, brûler.
    • Sexuelle : tout acte sexuel sans votre « oui » libre, aussi par votre mari ou votre partenaire.
    • Psychologique : menaces, insultes, contrôle, vous faire peur.
    • Économique : prendre votre argent, vos documents ou votre travail.
    • Harcèlement (stalking) : vous suivre, vous attendre, des appels ou des messages que vous ne voulez pas.

rights-forms-more =
    D'autres formes de violence

    • En ligne : partager vos photos, surveiller votre téléphone, des menaces sur internet.
    • Mariage forcé : un mariage que vous n'avez pas choisi librement.
    • Mutilations génitales féminines (MGF) : couper les organes génitaux d'une fille ou d'une femme.
    • Traite des êtres humains : quelqu'un vous amène ou vous garde quelque part pour vous exploiter, pour le sexe, le travail ou la mendicité.

    En Italie et en Espagne, les MGF et le mariage forcé sont punis par la loi. En Italie, les MGF sont punies aussi quand elles sont faites à l'étranger sur une personne qui vit en Italie.

rights-all =
    Certains droits ne dépendent pas de vos papiers.

    • Dès le premier contact, vous avez droit à l'information : sur le soutien, sur la plainte, sur la protection, sur l'aide juridique et sur les interprètes.
    • Si la police ou un juge vous interroge, vous avez droit à un interprète gratuit.
    • Vous avez droit à un soutien gratuit et privé. Vous n'avez pas besoin d'aller d'abord à la police.

    Les 3 premiers points viennent d'une loi de l'Union européenne sur les droits des victimes.

rights-all-permit =
    Votre propre titre de séjour

    • Si votre titre de séjour dépend de votre mari ou de votre partenaire : la Convention d'Istanbul (article 59) demande aux pays de vous donner votre propre titre de séjour dans les situations très difficiles, quand la relation se termine. La durée de votre relation ne compte pas. Elle leur demande aussi d'arrêter une expulsion pour le moment, pour que vous puissiez faire la demande. Demandez à un centre ou à un avocat comment cela marche dans votre pays.

rights-it =
    Italie : titres de séjour pour les victimes

    • Violence domestique (article 18-bis) : il faut une procédure pénale pour violence domestique, et vous devez être vraiment en danger. Alors le Questore (le chef de la police de votre province) peut vous donner un titre de séjour. Un procureur ou un juge donne son avis. Un centre antiviolence ou les services sociaux peuvent vous aider à commencer. Le titre de séjour dure 1 an. Avec lui, vous pouvez étudier et travailler. Plus tard, vous pouvez le changer pour un autre titre de séjour.
    • Soins de santé sans titre de séjour : voir « Soins de santé ».

    Appelez le 1522 (violence) ou le 800 290 290 (traite des êtres humains). Ils sont gratuits et peuvent vous aider à trouver un centre.

rights-it-more =
    Italie : titres de séjour pour les victimes

    • Violence ou exploitation grave, aussi la traite des êtres humains (article 18) : quand vous êtes en danger, vous pouvez avoir un titre de séjour de 6 mois. Il peut être renouvelé. Avec lui, vous pouvez étudier et travailler. La démarche peut commencer par le procureur, ou par les services sociaux ou une organisation qui vous aide.

    Appelez le 1522 (violence) ou le 800 290 290 (traite des êtres humains). Ils sont gratuits et peuvent vous aider à trouver un centre.

rights-es =
    Espagne : vos droits de femme étrangère

    • La loi contre la violence de genre protège toutes les femmes, avec ou sans papiers. Elle couvre la violence de votre mari, de votre partenaire ou de votre ex-partenaire, même si vous ne vivez pas ensemble.
    • Pour beaucoup de droits, vous pouvez montrer que vous êtes victime avec un rapport des services sociaux, d'un service spécialisé ou d'un foyer d'accueil. Pour cela, vous n'avez pas besoin de porter plainte à la police.

    Appelez le 016 : gratuit, privé, jour et nuit.

rights-es-more =
    Espagne : vos droits de femme étrangère

    • Si vous portez plainte pour violence et que vous n'avez pas de papiers, aucun dossier n'est ouvert contre vous pour cela. Si un dossier ou une procédure d'expulsion est déjà ouvert, il s'arrête pour le moment (il est suspendu).
    • Avec une ordonnance de protection ou un rapport du procureur, vous pouvez demander un titre de séjour et de travail. En attendant, vous recevez un titre de séjour temporaire, et vos enfants aussi. Le titre définitif arrive quand le procès se termine en votre faveur. Sinon, le dossier sur vos papiers peut reprendre.
    • Traite des êtres humains : vous avez du temps pour vous rétablir et pour décider, sans expulsion. Ensuite, vous pouvez avoir un titre de séjour et de travail, ou une aide pour rentrer dans votre pays.

    Appelez le 016 : gratuit, privé, jour et nuit.

rights-gr =
    Grèce : vos droits

    • La violence domestique est punie par la loi. Quand la police ou le procureur l'apprennent, ils doivent agir, même si vous ne portez pas plainte.
    • Les victimes de traite des êtres humains peuvent avoir un titre de séjour. Avec lui, vous pouvez travailler.
    • Peut-être un titre de séjour pour raisons humanitaires : une seule source (un projet de la loi 5038/2023 sur opengov.gr) dit que le ministre peut le donner, aussi aux victimes de violence domestique. Ce n'est pas un droit. Demandez à un avocat ou à un centre de conseil.
    • Si vous demandez l'asile, vous recevez un numéro PAAYPA avec votre carte de demandeur d'asile. Avec ce numéro, les soins de santé sont gratuits.

    Appelez le 15900, jour et nuit. Le 15900 et les centres de conseil forment un seul réseau. Les centres de conseil donnent gratuitement des conseils psychologiques, juridiques et pour le travail. Ils vous aident aussi à trouver un foyer d'accueil.

rights-health =
    Soins de santé

    🇮🇹 Italie : si vous n'avez pas de titre de séjour, demandez un code STP au service de santé local (ASL) ou dans un hôpital. Il dure 6 mois et peut être renouvelé. Il donne les soins urgents et essentiels, les soins pendant la grossesse et l'accouchement comme pour les Italiennes, les soins pour les enfants et les vaccins. C'est gratuit si vous n'avez pas d'argent. En règle générale, le service de santé ne vous signale pas à la police.
    🇪🇸 Espagne : les personnes sans titre de séjour ont accès à la santé publique comme les Espagnols. Depuis mars 2026, vous pouvez la demander avec une déclaration que vous signez vous-même, et vous recevez tout de suite des soins provisoires.
    🇬🇷 Grèce : si vous demandez l'asile, votre numéro PAAYPA vous donne des soins de santé gratuits.

    En cas d'urgence, appelez le 112.

rights-centres =
    Centres et foyers

    🇮🇹 Italie : les centres antiviolence vous écoutent gratuitement et donnent une aide psychologique et juridique. Ils ont une ligne téléphonique jour et nuit. Le personnel est composé de femmes. Vous n'avez pas besoin d'aller à la police, et ce que vous dites reste privé. Les foyers d'accueil ont une adresse secrète. Certains foyers demandent un paiement qui dépend de vos revenus.
    🇪🇸 Espagne : la loi dit que vous avez droit à une aide d'urgence, à un foyer d'accueil, et à un soutien psychologique, social, juridique et pour l'emploi. Il y a aussi des centres de crise pour les violences sexuelles, ouverts 24 heures par jour.
    🇬🇷 Grèce : les centres de conseil donnent gratuitement des conseils psychologiques, juridiques et pour le travail. Ils vous aident aussi à trouver un foyer d'accueil. Appelez le 15900.

rights-police =
    Aller à la police, c'est votre choix.

    • Vous pouvez avoir de l'aide d'un centre ou d'une ligne d'aide sans aller à la police.
    • Si la police ou un juge vous interroge, vous avez droit à un interprète gratuit.

    Choisissez le pays pour lire comment porter plainte et obtenir une ordonnance de protection. Si vous êtes en danger maintenant, appelez le 112.

rights-police-more =
    Aller à la police, c'est votre choix.

    • 🇪🇸 Espagne : si vous n'avez pas de papiers, porter plainte pour violence n'ouvre pas de dossier contre vous. Une procédure d'expulsion déjà ouverte s'arrête pour le moment (elle est suspendue). Si le procès ne se termine pas en votre faveur, le dossier peut reprendre.
    • 🇮🇹 Italie : le titre de séjour pour les victimes de violence domestique (article 18-bis) demande une procédure pénale. Un centre antiviolence peut vous aider.
    • 🇬🇷 Grèce : la police et le procureur doivent agir contre la violence domestique, même si vous ne portez pas plainte. Vous pouvez d'abord demander conseil à la ligne SOS 15900.

    Choisissez le pays pour lire comment porter plainte et obtenir une ordonnance de protection. Si vous êtes en danger maintenant, appelez le 112.
