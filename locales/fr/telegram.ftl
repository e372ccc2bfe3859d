# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Recommencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-help = À quoi servent les commandes
cmd-exit = Sortie rapide : efface les messages récents
cmd-forget = Effacer tout ce que nous gardons sur vous
cmd-subscribe = Séances et invitations
cmd-stop = Arrêter toutes les annonces
flood-notice = Vous envoyez beaucoup de messages très vite. Je vous réponds à nouveau dans une minute. Si vous êtes en danger maintenant, appelez le 112.
btn-share-location = 📍 Envoyer ma position
