# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# French translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 En danger maintenant ? Appelez d'abord :
find-results-near = Aide près de vous
find-results-in = Aide près de
find-results-none = Nous n'avons rien trouvé avec cette recherche. Ces lignes vous aident maintenant, gratuitement :
find-example = DONNÉES D'EXEMPLE pour une démonstration. Ce n'est pas un vrai service.
find-always-open = ouvert jour et nuit
find-open-now = ouvert maintenant
find-closed-now = fermé maintenant
find-free = gratuit
# The seven days, Monday first, short, separated by spaces.
find-weekdays = lun mar mer jeu ven sam dim
find-kind-choose = De quel type d'aide avez-vous besoin ?
btn-map = 🗺️ Carte
btn-more = ➡️ Plus
btn-kind = 🔎 Type d'aide
btn-kind-all = Tous les types d'aide
btn-filter-open = Ouvert maintenant
btn-filter-language = Parle ma langue
btn-filter-free = Gratuit
btn-filter-24-7 = Jour et nuit
category-emergency = 🚨 Urgences
category-helpline = ☎️ Lignes d'écoute
category-anti-violence-centre = 🤝 Centres antiviolence
category-shelter = 🏠 Foyers d'accueil
category-anti-trafficking = ⛓️ Contre la traite
category-legal-aid = ⚖️ Aide juridique
category-health = 🏥 Soins de santé
category-sexual-reproductive-health = 🌸 Santé sexuelle et reproductive
category-psychological-support = 💬 Soutien psychologique
category-migrant-asylum = 📄 Migrants et asile
category-interpreting = 🗣️ Interprètes, médiatrices et médiateurs
category-child-protection = 🧒 Protection de l'enfance
category-police = 👮 Police
btn-places = 🏙️ Choisir une ville
find-place-choose = Choisissez une ville ou une région :
find-checked = Informations vérifiées :
find-stale = Pas vérifiées depuis plus d'un an : appelez avant d'y aller.
