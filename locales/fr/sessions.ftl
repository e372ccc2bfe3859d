# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Prochaines séances dans ta région et dans ta langue :
sessions-none = Il n'y a pas encore de séance dans ta région et dans ta langue.
sessions-subscribed = Tu reçois des invitations sur :
sessions-ask = Veux-tu une invitation quand une nouvelle séance est prévue près de chez toi ?
sessions-consent =
    Invitations : ce que nous gardons

    Si tu dis oui, nous gardons les sujets et la région que tu choisis, ta langue, si les invitations arrivent en silence et le moment où tu as dit oui. Nous les utilisons seulement pour t'envoyer des invitations.

    Tu peux arrêter quand tu veux : écris /stop ou appuie sur le bouton sous une invitation. Alors nous effaçons tes choix.
sessions-topics = Quels sujets t'intéressent ? Touche pour choisir, touche encore pour enlever. Puis appuie sur Suivant.
sessions-region = Où vis-tu ?
sessions-silent = Les invitations doivent-elles faire un son ? En silence, c'est plus sûr si quelqu'un est près de toi. Les messages en silence peuvent quand même montrer leurs mots sur l'écran de ton téléphone.
sessions-done = C'est fait. Tu recevras des invitations sur :
sessions-reminder-set = C'est fait. Nous te le rappellerons la veille.
sessions-reminder-already = Le rappel est déjà prévu.
sessions-reminder-late = Cette séance a déjà commencé ou n'existe plus.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = Les rappels pour cette séance sont désactivés.
sessions-reminder = ⏰ Rappel : cette séance a lieu demain.
btn-sessions-open = 📅 Séances et invitations
btn-subscribe = 🔔 Recevoir des invitations
btn-unsubscribe = 🔕 Plus d'invitations
btn-change-topics = ✏️ Changer mes choix
btn-remind = ⏰ Rappelle-moi
btn-consent-yes = ✅ Oui, d'accord
btn-next = ➡️ Suivant
btn-sound = 🔔 Avec son
btn-silent = 🔕 En silence
topic-rights = ⚖️ Droits
topic-health = 🩺 Santé
topic-work = 💼 Travail et formation
topic-language = 🗣️ Cours de langue
topic-children = 🧒 Enfants
