# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Ricomincia
cmd-menu = Menu principale
cmd-language = Cambia la lingua
cmd-help = Cosa fanno i comandi
cmd-exit = Uscita rapida: cancella i messaggi recenti
cmd-forget = Cancella tutto ciò che teniamo su di te
cmd-subscribe = Incontri e inviti
cmd-stop = Ferma tutti gli avvisi
flood-notice = Stai mandando molti messaggi molto in fretta. Ti rispondo di nuovo tra un minuto. Se sei in pericolo ora, chiama il 112.
btn-share-location = 📍 Invia la mia posizione
