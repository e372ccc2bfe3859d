# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.

rights = Cosa vuoi sapere? Queste sono informazioni generali, non una consulenza legale. Un centro antiviolenza o un avvocato può guardare il tuo caso.
btn-rights-forms = Forme di violenza
btn-rights-all = Diritti di ogni donna
btn-rights-it = 🇮🇹 Permessi in Italia
btn-rights-es = 🇪🇸 Diritti in Spagna
btn-rights-gr = 🇬🇷 Diritti in Grecia
btn-rights-health = 🩺 Cure mediche
btn-rights-centres = 🏠 Centri e case rifugio
btn-rights-police = 👮 Andare alla polizia
btn-rights-es-more = ➡️ Altro: documenti, permessi, tratta
btn-rights-it-more = ➡️ Altro: sfruttamento e tratta
btn-rights-forms-more = ➡️ Altre forme di violenza
btn-rights-all-permit = ➡️ Un permesso di soggiorno tuo
btn-rights-police-more = ➡️ Altro: 🇪🇸 🇮🇹 🇬🇷

rights-forms =
    La violenza contro le donne ha molte forme. Sono tutte sbagliate, e nessuna è colpa tua.

    • Fisica: picchiare, spingere, strangolare, bruciare.
    • Sessuale: ogni atto sessuale senza il tuo sì libero, anche da parte di tuo marito o del tuo partner.
    • Psicologica: minacce, insulti, controllo, farti avere paura.
    • Economica: prendere i tuoi soldi, i tuoi documenti o il tuo lavoro.
    • Stalking: seguirti, aspettarti, chiamate o messaggi che non vuoi.

rights-forms-more =
    Altre forme di violenza

    • Online: condividere le tue foto, controllare il tuo telefono, minacce su internet.
    • Matrimonio forzato: un matrimonio che non hai scelto liberamente.
    • Mutilazione genitale femminile (MGF): tagliare i genitali di una bambina o di una donna.
    • Tratta: qualcuno ti porta o ti tiene in un posto per sfruttarti, per sesso, lavoro o elemosina.

    In Italia e in Spagna, la MGF e il matrimonio forzato sono reati. In Italia, la MGF è un reato anche quando è fatta all'estero a una persona che vive in Italia.

rights-all =
    Alcuni diritti non dipendono dai tuoi documenti.

    • Dal primo contatto, hai diritto a informazioni: sul sostegno, sulla denuncia, sulla protezione, sull'aiuto legale e sugli interpreti.
    • Se la polizia o un giudice ti fanno domande, hai diritto a un interprete gratis.
    • Hai diritto a un sostegno gratis e riservato. Non devi andare prima dalla polizia.

    I primi 3 punti vengono da una legge dell'Unione europea sui diritti delle vittime.

rights-all-permit =
    Un permesso di soggiorno tuo

    • Se il tuo permesso di soggiorno dipende da tuo marito o dal tuo partner: la Convenzione di Istanbul (articolo 59) chiede ai paesi di darti un permesso di soggiorno tuo in situazioni molto difficili, quando la relazione finisce. Non importa quanto tempo siete stati insieme. Chiede anche di fermare per ora un'espulsione, così puoi fare la domanda. Chiedi a un centro o a un avvocato come funziona nel tuo paese.

rights-it =
    Italia: permessi di soggiorno per le vittime

    • Violenza domestica (articolo 18-bis): ci deve essere un procedimento penale per violenza domestica, e devi essere in pericolo reale. Allora il Questore (il capo della polizia nella tua provincia) può darti un permesso. Un pubblico ministero o un giudice dà un parere. Un centro antiviolenza o i servizi sociali possono aiutarti a iniziare. Il permesso dura 1 anno. Con questo permesso puoi studiare e lavorare. Dopo puoi cambiarlo in un altro permesso.
    • Cure mediche senza permesso: vedi "Cure mediche".

    Chiama il 1522 (violenza) o l'800 290 290 (tratta). Sono gratis e possono aiutarti a trovare un centro.

rights-it-more =
    Italia: permessi di soggiorno per le vittime

    • Violenza o grave sfruttamento, anche tratta (articolo 18): quando sei in pericolo, puoi avere un permesso per 6 mesi. Si può rinnovare. Con questo permesso puoi studiare e lavorare. Può partire dal pubblico ministero, oppure dai servizi sociali o da un'organizzazione che ti aiuta.

    Chiama il 1522 (violenza) o l'800 290 290 (tratta). Sono gratis e possono aiutarti a trovare un centro.

rights-es =
    Spagna: i tuoi diritti come donna straniera

    • La legge contro la violenza di genere protegge ogni donna, con o senza documenti. Vale per la violenza di tuo marito, del tuo partner o del tuo ex partner, anche se non vivete insieme.
    • Per molti diritti, puoi dimostrare che sei una vittima con una relazione dei servizi sociali, di un servizio specializzato o di una casa rifugio. Per questo non ti serve una denuncia alla polizia.

    Chiama il 016: gratis, riservato, giorno e notte.

rights-es-more =
    Spagna: i tuoi diritti come donna straniera

    • Se denunci la violenza e non hai documenti, per questo non si apre nessuna pratica contro di te. Se una pratica o un'espulsione è già aperta, si ferma per ora (è sospesa).
    • Con un ordine di protezione o una relazione del pubblico ministero, puoi chiedere un permesso di soggiorno e di lavoro. Mentre aspetti, ricevi un permesso temporaneo, e anche i tuoi figli. Il permesso definitivo arriva quando il processo finisce a tuo favore. Se non finisce così, la pratica sui tuoi documenti può ripartire.
    • Tratta: hai tempo per riprenderti e per decidere, senza espulsione. Poi puoi avere un permesso di soggiorno e di lavoro, oppure aiuto per tornare a casa.

    Chiama il 016: gratis, riservato, giorno e notte.

rights-gr =
    Grecia: i tuoi diritti

    • La violenza domestica è un reato. Quando la polizia o il pubblico ministero lo sanno, devono agire, anche senza la tua denuncia.
    • Le vittime di tratta possono avere un permesso di soggiorno. Con questo permesso puoi lavorare.
    • Forse un permesso per motivi umanitari: una sola fonte (una bozza della legge 5038/2023 su opengov.gr) dice che il Ministro può darlo, anche alle vittime di violenza domestica. Non è un diritto. Chiedi a un avvocato o a un centro di consulenza.
    • Se chiedi asilo, ricevi un numero PAAYPA con la tua tessera di richiedente asilo. Con questo numero le cure mediche sono gratis.

    Chiama il 15900, giorno e notte. Il 15900 e i centri di consulenza sono una sola rete. I centri di consulenza danno gratis aiuto psicologico, consigli legali e consigli per il lavoro, e ti aiutano a trovare una casa rifugio.

rights-health =
    Cure mediche

    🇮🇹 Italia: se non hai il permesso di soggiorno, chiedi un codice STP all'azienda sanitaria locale (ASL) o in un ospedale. Dura 6 mesi e si può rinnovare. Ti dà le cure urgenti ed essenziali, le cure in gravidanza e al parto come alle donne italiane, le cure per i bambini e i vaccini. È gratis se non hai soldi. Di regola, il servizio sanitario non ti segnala alla polizia.
    🇪🇸 Spagna: le persone senza residenza hanno le cure mediche pubbliche come le persone spagnole. Da marzo 2026 puoi chiederle con una dichiarazione firmata da te, e ricevi subito cure provvisorie.
    🇬🇷 Grecia: se chiedi asilo, il tuo numero PAAYPA ti dà cure mediche gratis.

    In caso di emergenza, chiama il 112.

rights-centres =
    Centri e case rifugio

    🇮🇹 Italia: i centri antiviolenza ti ascoltano gratis e danno aiuto psicologico e legale. Hanno una linea telefonica giorno e notte. Nei centri lavorano donne. Non devi andare alla polizia, e quello che dici resta riservato. Le case rifugio hanno un indirizzo segreto. Alcune case rifugio chiedono un pagamento che dipende da quanto guadagni.
    🇪🇸 Spagna: la legge dice che hai diritto ad aiuto di emergenza, a una casa rifugio, e a sostegno psicologico, sociale, legale e per il lavoro. Ci sono anche centri di crisi per la violenza sessuale, aperti 24 ore.
    🇬🇷 Grecia: i centri di consulenza danno gratis aiuto psicologico, consigli legali e consigli per il lavoro, e ti aiutano a trovare una casa rifugio. Chiama il 15900.

rights-police =
    Andare alla polizia è una tua scelta.

    • Puoi avere aiuto da un centro o da una linea di aiuto senza andare alla polizia.
    • Se la polizia o un giudice ti fanno domande, hai diritto a un interprete gratis.

    Scegli il paese per leggere come denunciare e come avere un ordine di protezione. Se sei in pericolo adesso, chiama il 112.

rights-police-more =
    Andare alla polizia è una tua scelta.

    • 🇪🇸 Spagna: se non hai documenti, denunciare la violenza non apre una pratica contro di te. Un'espulsione già aperta si ferma per ora (è sospesa). Se il processo non finisce a tuo favore, la pratica può ripartire.
    • 🇮🇹 Italia: il permesso per le vittime di violenza domestica (articolo 18-bis) ha bisogno di un procedimento penale. Un centro antiviolenza può aiutarti.
    • 🇬🇷 Grecia: la polizia e il pubblico ministero devono agire contro la violenza domestica anche senza la tua denuncia. Prima puoi chiedere un consiglio alla linea SOS 15900.

    Scegli il paese per leggere come denunciare e come avere un ordine di protezione. Se sei in pericolo adesso, chiama il 112.
