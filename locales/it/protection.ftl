# Leaving safely, her phone and Telegram, reporting and protection orders per country.
# Sources in dialogues/topics.toml. Italian translation of the English reference. DRAFT.

btn-leave = 🧳 Preparare un'uscita sicura
btn-leave-where = 🏠 Dove andare
btn-phone = 📱 Il mio telefono e Telegram
btn-report-it = 🇮🇹 Denunciare in Italia
btn-report-es = 🇪🇸 Denunciare in Spagna
btn-report-gr = 🇬🇷 Denunciare in Grecia
btn-papers-it = ⚠️ Senza documenti in Italia

help-leave =
    Preparare un'uscita sicura

    Se puoi, prepara prima di andare via:
    • Una borsa con passaporto o documento, permesso di soggiorno, documenti dei figli, soldi, chiavi, medicine e vestiti. Nascondila, o lasciala a una persona di fiducia.
    • Fai foto o copie dei tuoi documenti. Tieni una copia in un posto sicuro.
    • Metti da parte un po' di soldi, poco alla volta.
    • Impara a memoria i numeri importanti: il 112 e la linea del tuo paese.
    • Scegli una parola in codice o un'emoji con una persona di fiducia. Vuol dire: "Chiama la polizia".
    • Insegna ai tuoi figli a chiamare il 112.
    • Conserva i messaggi di minaccia. Porta con te una copia di ogni ordine di protezione.

help-leave-where =
    Dove andare

    • Se lui ti aggredisce, stai lontana dalla cucina e dal bagno. Resta vicino a una porta. Chiama il 112.
    • Per un posto sicuro, chiama la linea del tuo paese. Hai diritto a sostegno anche senza denuncia.
    🇮🇹 Il 1522 ti dice quali centri antiviolenza sono vicino a te. I centri ascoltano, accolgono e aiutano, gratis.
    🇪🇸 Il 016 dà informazioni e sostegno. In Andalusia, il 900 200 999 può trovarti una casa rifugio.
    🇬🇷 Il 15900, i centri di consulenza e le case rifugio lavorano insieme. Ti aiutano a trovare una casa rifugio.
    • Grecia: l'app gratuita "Panic Button" è per le vittime adulte di violenza domestica. Chiedila alla polizia o a un centro di consulenza. Con un solo tocco avvisi la polizia.

safety-phone =
    Il mio telefono e Telegram

    • Impostazioni › Dispositivi: vedi ogni telefono e computer dove il tuo Telegram è aperto. Chiudi quelli che non conosci, o chiudi tutte le altre sessioni.
    • Impostazioni › Privacy e sicurezza › Verifica in due passaggi: scegli una password. Così nessuno può aprire il tuo Telegram su un nuovo telefono senza di essa.
    • Impostazioni › Privacy e sicurezza › Codice di blocco: un codice per aprire Telegram su questo telefono.
    • Eliminazione automatica: nel menu di una chat, scegli 1 giorno, 1 settimana o 1 mese. Cancella solo i nuovi messaggi. L'altra persona vede che l'hai attivata.
    • Impostazioni › Notifiche e suoni: lì puoi nascondere il testo dei messaggi.

rights-report-it =
    🇮🇹 Italia: denunciare e proteggersi

    • Ammonimento: per la violenza domestica il Questore (il capo della polizia della provincia) può ammonire chi fa violenza. Non serve una denuncia. Anche altre persone possono segnalarla, e il loro nome resta segreto.
    • Ordine di protezione: un giudice può ordinare al marito o al partner violento che vive con te di lasciare la casa. Deve stare lontano dal tuo lavoro, dalla tua famiglia e dalla scuola dei figli. Dura fino a 1 anno e si può prolungare.
    • Dopo una denuncia per violenza, il pubblico ministero deve ascoltarti entro 3 giorni.
    • ⚠️ Non hai documenti? Leggi prima "Senza documenti".

rights-papers-it =
    🇮🇹 Italia: senza documenti

    • Stare in Italia senza permesso di soggiorno è un reato (articolo 10-bis della legge sull'immigrazione). La pena è una multa da 5.000 a 10.000 euro.
    • Non conosciamo una regola italiana, come quella spagnola, che ti protegge da questo quando denunci una violenza.
    • Ci sono permessi per le vittime di violenza domestica o di sfruttamento (articoli 18-bis e 18). Vedi "Permessi in Italia".
    • Prima di andare alla polizia, parla con il 1522 o con un centro antiviolenza. Al 1522 non devi dire il tuo nome.

rights-report-es =
    🇪🇸 Spagna: denunciare e l'ordine di protezione

    • L'ordine di protezione (orden de protección) lo dà un giudice. Lo puoi chiedere tu, la tua famiglia o il pubblico ministero, alla polizia o in tribunale.
    • Può vietargli di avvicinarsi a te o di contattarti. Può anche decidere sulla casa, sui figli e sul mantenimento. Queste misure per la famiglia durano 30 giorni, se non inizi una causa di famiglia.
    • L'ordine mostra che sei una vittima. Ti aiuta ad avere sostegno e soldi.
    • Senza documenti: se denunci, non si apre una pratica contro di te per questo. Una pratica o un'espulsione già aperta si ferma. Se il processo non finisce a tuo favore, la pratica può ripartire.

rights-report-gr =
    🇬🇷 Grecia: denunciare e proteggersi

    • Puoi denunciare la violenza domestica alla polizia: chiama il 100.
    • La polizia e il pubblico ministero devono agire, anche senza la tua denuncia. Dal 2024 i medici devono informare il pubblico ministero sulla violenza domestica.
    • Un tribunale può ordinare a chi fa violenza di lasciare la casa. Può vietargli di venire a casa tua, al tuo lavoro, dai tuoi parenti e alla scuola dei figli. Ci sono anche ordini urgenti, per subito. Le organizzazioni di sostegno possono chiederli per te.
    • Senza documenti: non conosciamo una regola greca, come quella spagnola, che ti protegge quando denunci. Chiedi prima al 15900 o a un centro di consulenza.
