# "I am in danger now" and "Find help near me": national lines, checked in shared FACTS.md.
# Keep every phone number exactly as written: people tap them to call.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.

danger =
    Si vous êtes en danger maintenant, appelez le 112.
    Touchez un numéro pour l'appeler.

    🇪🇺 Dans toute l'Europe : 112 (police, ambulance, pompiers)
    🇮🇹 Italie : 1522, pour la violence contre les femmes. Gratuit, jour et nuit, dans beaucoup de langues.
    🇪🇸 Espagne : 016, pour la violence contre les femmes. Gratuit, jour et nuit, en 53 langues. WhatsApp : 600 000 016
    🇬🇷 Grèce : 15900, pour la violence contre les femmes, jour et nuit. Police : 100

    En Italie, le 112 fonctionne sans crédit et sans carte SIM.
    En Grèce, si vous ne pouvez pas parler, envoyez un SMS au 100 avec votre adresse, votre nom et ce qui se passe.

help =
    En danger maintenant ? Appelez le 112.

    Où êtes-vous ? Envoyez votre position, ou écrivez le nom de votre ville (par exemple Milano, Sevilla, Athènes). Nous utilisons cette information une seule fois pour trouver de l'aide, et nous ne la gardons pas.
    Ou choisissez le pays pour voir ses lignes nationales.
btn-help-it = 🇮🇹 Italie
btn-help-es = 🇪🇸 Espagne
btn-help-gr = 🇬🇷 Grèce

help-it =
    Aide en Italie. Tous ces numéros sont gratuits. Touchez un numéro pour l'appeler.

    📞 1522 : violence et harcèlement (stalking) contre les femmes. Jour et nuit. Vous n'avez pas besoin de dire votre nom. Vous pouvez parler italien, anglais, français, espagnol, arabe, farsi, albanais, russe, ukrainien, portugais ou polonais. Ils peuvent vous parler des centres antiviolence près de chez vous.
    📞 800 290 290 : traite des êtres humains et exploitation (sexuelle, au travail, mendicité). Jour et nuit, dans beaucoup de langues. Vous n'avez pas besoin de dire votre nom.
    📞 114 : un enfant en danger. Jour et nuit.
    📞 19696 : une ligne qui écoute les enfants et les jeunes. Jour et nuit.
    📞 112 : urgence. Il fonctionne sans crédit et sans carte SIM.

    Les centres antiviolence aident gratuitement, et ce que vous dites reste privé. Vous n'avez pas besoin d'aller d'abord à la police.

help-es =
    Aide en Espagne. Touchez un numéro pour l'appeler.

    📞 016 : violence contre les femmes. Informations, aide juridique et psychologique. Gratuit, confidentiel, jour et nuit, en 53 langues. Aussi WhatsApp 600 000 016 et e-mail 016-online@igualdad.gob.es
    Un appel au 016 n'apparaît pas sur la facture de téléphone, mais il reste dans la liste des appels de votre téléphone. Effacez-le après l'appel.
    📞 900 200 999 : en Andalousie, la ligne pour les femmes. Gratuit, confidentiel, jour et nuit, en 72 langues. Elle peut vous trouver un foyer d'accueil.
    📞 900 10 50 90 : traite des êtres humains (Police nationale). Vous n'avez pas besoin de dire votre nom. E-mail : trata@policia.es
    📞 024 : si vous pensez au suicide. Gratuit, jour et nuit. Vous n'avez pas besoin de dire votre nom.
    📞 116 111 : enfants et jeunes (ANAR). Gratuit, jour et nuit.
    📞 112 : urgence.

help-gr =
    Aide en Grèce. Touchez un numéro pour l'appeler.

    📞 15900 : ligne SOS pour la violence contre les femmes, dans toute la Grèce, jour et nuit. En grec et en anglais. E-mail : sos15900@isotita.gr
    📞 100 : police. Si vous ne pouvez pas parler, envoyez un SMS au 100 avec votre adresse, votre nom et ce qui se passe.
    📞 1109 : traite des êtres humains.
    📞 1056 : un enfant en danger (The Smile of the Child). Gratuit, jour et nuit.
    📞 112 : urgence.

    Le 15900, les centres de conseil et les foyers d'accueil forment un seul réseau du Secrétariat général pour l'égalité et les droits humains. Les centres de conseil donnent gratuitement des conseils psychologiques, juridiques et pour le travail. Ils vous aident aussi à trouver un foyer d'accueil.

talk =
    Vous pouvez parler à une personne maintenant sur ces lignes :
    🇮🇹 1522 (violence) et 800 290 290 (traite des êtres humains) : gratuit, beaucoup de langues
    🇪🇸 016 (violence) : gratuit, 53 langues, aussi WhatsApp 600 000 016
    🇬🇷 15900 (violence) : grec et anglais
