# Leaving safely, her phone and Telegram, reporting and protection orders per country.
# Sources in dialogues/topics.toml. French translation of the English reference. DRAFT.

btn-leave = 🧳 Préparer un départ en sécurité
btn-leave-where = 🏠 Où aller
btn-phone = 📱 Mon téléphone et Telegram
btn-report-it = 🇮🇹 Porter plainte en Italie
btn-report-es = 🇪🇸 Porter plainte en Espagne
btn-report-gr = 🇬🇷 Porter plainte en Grèce
btn-papers-it = ⚠️ Sans papiers en Italie

help-leave =
    Préparer un départ en sécurité

    Si vous pouvez, préparez avant de partir :
    • Un sac avec votre passeport ou pièce d'identité, votre titre de séjour, les papiers des enfants, de l'argent, les clés, les médicaments et des vêtements. Cachez-le, ou laissez-le chez une personne de confiance.
    • Prenez en photo ou copiez vos documents. Gardez une copie dans un endroit sûr.
    • Mettez un peu d'argent de côté, petit à petit.
    • Apprenez par cœur les numéros importants : le 112 et la ligne de votre pays.
    • Choisissez un mot de code ou un emoji avec une personne de confiance. Il veut dire : « Appelle la police ».
    • Apprenez à vos enfants à appeler le 112.
    • Gardez les messages de menace. Ayez sur vous une copie de toute ordonnance de protection.

help-leave-where =
    Où aller

    • S'il vous attaque, restez loin de la cuisine et de la salle de bain. Restez près d'une porte. Appelez le 112.
    • Pour un lieu sûr, appelez la ligne de votre pays. Vous avez droit à un soutien même sans plainte.
    🇮🇹 Le 1522 vous dit quels centres antiviolence sont près de vous. Les centres écoutent, accueillent et aident, gratuitement.
    🇪🇸 Le 016 donne des informations et du soutien. En Andalousie, le 900 200 999 peut vous trouver un foyer d'accueil.
    🇬🇷 Le 15900, les centres de conseil et les foyers d'accueil travaillent ensemble. Ils vous aident à trouver un foyer.
    • Grèce : l'application gratuite « Panic Button » est pour les victimes adultes de violence domestique. Demandez-la à la police ou à un centre de conseil. Un seul appui alerte la police.

safety-phone =
    Mon téléphone et Telegram

    • Paramètres › Appareils : vous voyez chaque téléphone et ordinateur où votre Telegram est ouvert. Fermez ceux que vous ne connaissez pas, ou toutes les autres sessions.
    • Paramètres › Confidentialité et sécurité › Validation en deux étapes : choisissez un mot de passe. Ainsi, personne ne peut ouvrir votre Telegram sur un nouveau téléphone sans lui.
    • Paramètres › Confidentialité et sécurité › Code de verrouillage : un code pour ouvrir Telegram sur ce téléphone.
    • Suppression automatique : dans le menu d'une conversation, choisissez 1 jour, 1 semaine ou 1 mois. Elle efface seulement les nouveaux messages. L'autre personne voit que vous l'avez activée.
    • Paramètres › Notifications et sons : là, vous pouvez cacher le texte des messages.

rights-report-it =
    🇮🇹 Italie : porter plainte et être protégée

    • Avertissement (ammonimento) : en cas de violence domestique, le Questore (chef de la police de la province) peut avertir l'agresseur. Pas besoin de porter plainte. D'autres personnes peuvent aussi le signaler, et leur nom reste secret.
    • Ordonnance de protection : un juge peut ordonner au mari ou partenaire violent qui vit avec vous de quitter le logement. Il doit rester loin de votre travail, de votre famille et de l'école des enfants. Elle dure jusqu'à 1 an et peut être prolongée.
    • Après une plainte pour violence, le procureur doit vous entendre dans les 3 jours.
    • ⚠️ Pas de papiers ? Lisez d'abord « Sans papiers ».

rights-papers-it =
    🇮🇹 Italie : sans papiers

    • Rester en Italie sans titre de séjour est une infraction (article 10-bis de la loi sur l'immigration). La peine est une amende de 5 000 à 10 000 euros.
    • Nous ne connaissons aucune règle italienne, comme la règle espagnole, qui vous protège de cela quand vous signalez une violence.
    • Il existe des titres de séjour pour les victimes de violence domestique ou d'exploitation (articles 18-bis et 18). Voir « Titres de séjour en Italie ».
    • Avant d'aller à la police, parlez au 1522 ou à un centre antiviolence. Au 1522, vous n'avez pas besoin de dire votre nom.

rights-report-es =
    🇪🇸 Espagne : porter plainte et l'ordonnance de protection

    • Un juge donne l'ordonnance de protection (orden de protección). Vous, votre famille ou le procureur pouvez la demander, à la police ou au tribunal.
    • Elle peut lui interdire de s'approcher de vous ou de vous contacter. Elle peut aussi décider du logement, des enfants et de la pension alimentaire. Ces mesures familiales durent 30 jours, sauf si vous commencez une procédure familiale.
    • L'ordonnance montre que vous êtes victime. Elle vous aide à avoir du soutien et de l'argent.
    • Sans papiers : si vous portez plainte, aucun dossier n'est ouvert contre vous pour cela. Un dossier ou une expulsion en cours s'arrête. Si le procès ne se termine pas en votre faveur, le dossier peut reprendre.

rights-report-gr =
    🇬🇷 Grèce : porter plainte et être protégée

    • Vous pouvez signaler la violence domestique à la police : appelez le 100.
    • La police et le procureur doivent agir, même sans votre plainte. Depuis 2024, les médecins doivent informer le procureur des violences domestiques.
    • Un tribunal peut ordonner à l'agresseur de quitter le logement. Il peut lui interdire de venir chez vous, à votre travail, chez vos proches et à l'école des enfants. Il existe aussi des mesures urgentes, pour tout de suite. Des associations d'aide peuvent les demander pour vous.
    • Sans papiers : nous ne connaissons aucune règle grecque, comme la règle espagnole, qui vous protège quand vous portez plainte. Demandez d'abord au 15900 ou à un centre de conseil.
