# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Recommencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-help = À quoi servent les commandes
cmd-exit = Sortie rapide : efface les messages récents
cmd-forget = Effacer tout ce que nous gardons sur toi
cmd-subscribe = Séances et invitations
cmd-stop = Arrêter toutes les annonces
flood-notice = Tu envoies beaucoup de messages très vite. Je te réponds à nouveau dans une minute. Si tu es en danger maintenant, appelle le 112.
btn-share-location = 📍 Envoyer ma position
