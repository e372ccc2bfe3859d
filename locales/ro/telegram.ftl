# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

cmd-start = Începe din nou
cmd-menu = Meniul principal
cmd-language = Schimbă limba
cmd-help = Ce fac comenzile
cmd-exit = Ieșire rapidă: șterge mesajele recente
cmd-forget = Șterge tot ce păstrăm despre tine
cmd-subscribe = Sesiuni și invitații
cmd-stop = Oprește toate anunțurile
flood-notice = Trimiți multe mesaje foarte repede. Îți răspund din nou peste un minut. Dacă ești în pericol acum, sună la 112.
btn-share-location = 📍 Trimite locația mea
