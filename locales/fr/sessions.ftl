# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Prochaines séances dans votre région et dans votre langue :
sessions-none = Il n'y a pas encore de séance dans votre région et dans votre langue.
sessions-subscribed = Vous recevez des invitations sur :
sessions-ask = Voulez-vous une invitation quand une nouvelle séance est prévue près de chez vous ?
sessions-consent =
    Invitations : ce que nous gardons

    Si vous dites oui, nous gardons les sujets et la région que vous choisissez, votre langue, si les invitations arrivent en silence et le moment où vous avez dit oui. Nous les utilisons seulement pour vous envoyer des invitations.

    Vous pouvez arrêter quand vous voulez : écrivez /stop ou appuyez sur le bouton sous une invitation. Alors nous effaçons vos choix.
sessions-topics = Quels sujets vous intéressent ? Touchez pour choisir, touchez encore pour enlever. Puis appuyez sur Suivant.
sessions-region = Où vivez-vous ?
sessions-silent = Les invitations doivent-elles faire un son ? En silence, c'est plus sûr si quelqu'un est près de vous. Les messages en silence peuvent quand même montrer leurs mots sur l'écran de votre téléphone.
sessions-done = C'est fait. Vous recevrez des invitations sur :
sessions-reminder-set = C'est fait. Nous vous le rappellerons la veille.
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
