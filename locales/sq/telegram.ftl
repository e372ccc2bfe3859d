# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

cmd-start = Fillo përsëri
cmd-menu = Menuja kryesore
cmd-language = Ndrysho gjuhën
cmd-help = Çfarë bëjnë komandat
cmd-exit = Dalje e shpejtë: fshi mesazhet e fundit
cmd-forget = Fshi gjithçka që mbajmë për ty
cmd-subscribe = Takime dhe ftesa
cmd-stop = Ndalo të gjitha njoftimet
flood-notice = Po dërgon shumë mesazhe shumë shpejt. Do të përgjigjem përsëri pas një minute. Nëse je në rrezik tani, telefono 112.
btn-share-location = 📍 Dërgo vendndodhjen time
