# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Italian translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    Grazie. Una mediatrice o un mediatore che parla la tua lingua ti scriverà qui, in questa chat.
    Questa persona non vedrà il tuo nome, il tuo nome utente o il tuo numero di telefono.
    Puoi scrivere adesso. Passeremo i tuoi messaggi quando arriva.
handoff-case-number = Il numero della tua richiesta:
handoff-queue-place = Il tuo posto in fila:
handoff-urgent = Se sei in pericolo adesso, chiama il 112. È gratis.
handoff-already = Stai già aspettando una mediatrice o un mediatore. Puoi scrivere qui adesso.
handoff-hours = Le mediatrici e i mediatori rispondono in questi orari:
handoff-hours-later = Adesso non c'è nessuno. I tuoi messaggi aspetteranno la mediatrice o il mediatore. Se non puoi aspettare, chiama subito una linea di aiuto.
handoff-joined = Adesso c'è una mediatrice o un mediatore. Scrivi qui, in questa chat. Tocca "Chiudi la chat" quando vuoi smettere.
handoff-in-chat = Stai parlando con una mediatrice o un mediatore. Scrivi qui. Tocca "Chiudi la chat" per smettere e tornare al menu.
handoff-escalated = Scusa, ancora non c'è nessuno libero. Stiamo ancora cercando una mediatrice o un mediatore. Se non puoi aspettare, chiama subito una linea di aiuto:
handoff-mediator-left = La mediatrice o il mediatore ha dovuto lasciare la chat. Stiamo cercando un'altra mediatrice o un altro mediatore. I tuoi messaggi aspettano qui.
handoff-not-passed = Scusa, non possiamo passare questo tipo di messaggio. Scrivilo come testo, per favore, oppure manda una foto, un messaggio vocale o un file.
handoff-held-full = Hai mandato molti messaggi. La mediatrice o il mediatore vedrà i primi. I messaggi successivi non vengono passati. Quando la mediatrice o il mediatore è qui, puoi scrivere di nuovo.
handoff-contact-refused = Non abbiamo passato questo messaggio. Un contatto mostra un nome e un numero di telefono, spesso i tuoi. La mediatrice o il mediatore non ne ha bisogno. Se vuoi dare un numero, puoi scriverlo.
handoff-file-warning = Non abbiamo passato questo file. Un file può nascondere informazioni, per esempio dove e quando è stata fatta una foto. Una foto è più sicura: mandala come foto, non come file. Se vuoi comunque mandare questo file, mandalo di nuovo.
handoff-copies = Telegram tiene questa chat sui suoi server. La mediatrice o il mediatore riceve copie dei tuoi messaggi. Cancelliamo queste copie quando la chat finisce, o quando usi l'Uscita rapida. Telegram ci lascia cancellare solo i messaggi di meno di 2 giorni: le copie più vecchie restano nella sua chat.
handoff-ended = La chat con la mediatrice o il mediatore è finita. Puoi chiedere di nuovo di parlare con una persona, quando vuoi.
handoff-closed-by-mediator = La mediatrice o il mediatore ha chiuso la chat. Puoi chiedere di nuovo di parlare con una persona, quando vuoi.
handoff-rate = Questa chat ti ha aiutata? Non sei obbligata a rispondere. La tua risposta è senza nome.
handoff-thanks = Grazie per la tua risposta.
handoff-unavailable = La chat con una mediatrice o un mediatore dentro questo bot non è ancora aperta.
btn-talk-here = 💬 Chat con mediatore/trice
btn-end-chat = ✖️ Chiudi la chat
btn-helplines = ☎️ Linee di aiuto
btn-rate-good = 👍 Sì
btn-rate-some = 🙂 Un po'
btn-rate-bad = 👎 No
cmd-human = Parla con una persona
handoff-idle-closed = La chat con la mediatrice o il mediatore è chiusa, perché nessuno ha scritto per molti giorni. Puoi chiedere di nuovo di parlare con una persona, quando vuoi.
