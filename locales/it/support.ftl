# A free lawyer, money to live on, work exploitation and trafficking, FGM and forced
# marriage. Sources in dialogues/topics.toml. Italian translation of the English reference. DRAFT.

btn-aid = 🧑‍⚖️ Avvocato gratis e soldi
btn-money = 💶 Soldi per vivere
btn-work = ⛓️ Sfruttamento sul lavoro, tratta
btn-work-lines = ☎️ Cosa succede se chiamo
btn-fgm = ✂️ MGF e matrimonio forzato
btn-fgm-law = ⚖️ Cosa dice la legge

rights-aid =
    Un avvocato gratis

    🇮🇹 Italia: le vittime di maltrattamenti in famiglia, violenza sessuale, stalking o MGF hanno un avvocato pagato dallo Stato. Il tuo reddito non conta. Per le vittime di tratta, questo vale solo per chi ha meno di 18 anni.
    🇪🇸 Spagna: le vittime di violenza di genere o di tratta hanno subito aiuto legale gratis, qualunque sia il loro reddito. Inizia con la denuncia o con il processo.
    🇬🇷 Grecia: l'aiuto legale gratis dello Stato è solo per chi ha un reddito basso: cittadine UE, e altre persone che vivono in Grecia in modo regolare. I centri di consulenza danno consigli legali gratis.

    Chiedi a un centro antiviolenza o a un centro di consulenza: ti aiutano a chiedere un avvocato.

rights-money =
    Soldi per vivere

    🇮🇹 Italia: il "Reddito di libertà" dà fino a 500 euro al mese, per massimo 12 mesi. È per le donne seguite da un centro antiviolenza e dai servizi sociali. Si chiede al Comune. I fondi sono limitati. Le donne di paesi fuori dall'UE hanno bisogno di un permesso valido.
    🇪🇸 Spagna: le vittime di violenza di genere o sessuale, dai 16 anni, possono avere un pagamento ogni mese, per massimo 30 mesi. Devi cercare lavoro e non avere reddito. Non serve aver lavorato prima.
    🇬🇷 Grecia: le donne in una casa rifugio per violenza possono chiedere il Reddito minimo garantito: 200 euro al mese, di più con figli.

    Un centro può aiutarti a fare la domanda.

rights-work =
    Sfruttamento sul lavoro e tratta: i segnali

    Ti succede questo?
    • Qualcuno tiene il tuo passaporto o i tuoi documenti.
    • Devi lavorare per pagare un debito.
    • Non ti pagano, o ti pagano meno del promesso.
    • Non puoi andare via. Qualcuno ti controlla.
    • Ci sono minacce o violenza.
    • Non hai un telefono, o non hai un contratto.
    • Lavori moltissime ore.
    • Vivi in un posto affollato o isolato.

    Non è colpa tua. È sfruttamento, e c'è aiuto, anche senza documenti.

rights-work-lines =
    Cosa succede quando chiami

    🇮🇹 800 290 290: gratis, giorno e notte, in molte lingue. Non devi dire il tuo nome. Ti chiedono se sei in pericolo e se vuoi uscirne. Se vuoi, una squadra ti aiuta e trova un posto protetto. Per questo aiuto non serve una denuncia.
    🇪🇸 900 10 50 90 (Polizia Nazionale) o trata@policia.es: puoi segnalare senza dire il tuo nome. Le vittime hanno tempo per riprendersi e decidere, senza espulsione.
    🇬🇷 1109: la linea contro la tratta.

    Sei in pericolo adesso? Chiama il 112.

rights-fgm =
    MGF e matrimonio forzato

    MGF (mutilazione genitale femminile) vuol dire tagliare i genitali di una bambina o di una donna.
    • Cure: a Torino, il Centro SVS dell'ospedale Sant'Anna cura le MGF. Anche quando sono successe nel tuo paese o durante il viaggio. A Valencia, l'ospedale pubblico Doctor Peset ha un reparto per la chirurgia dopo le MGF, anche per donne di altre regioni.
    • Tua figlia è in pericolo? Tagliare una bambina è un reato in Italia, Spagna e Grecia. Parla con un medico, un centro o una linea per i bambini: 114 (Italia), 116 111 (Spagna), 1056 (Grecia).
    • Un matrimonio che non vuoi? Chiama il 1522, il 016 o il 15900.

rights-fgm-law =
    Cosa dice la legge

    🇮🇹 Italia: MGF: da 4 a 12 anni di carcere, di più se la vittima è una bambina. Anche quando è fatta all'estero, da o a una persona che vive in Italia. Costringere qualcuno a sposarsi: da 1 a 5 anni, o da 2 a 7 se ha meno di 14 anni.
    🇪🇸 Spagna: MGF: da 6 a 12 anni di carcere. Un giudice può togliere ai genitori i diritti sulla figlia. Costringere qualcuno a sposarsi, con violenza o gravi minacce, è un reato.
    🇬🇷 Grecia: le MGF sono un reato. L'istituto europeo per l'uguaglianza di genere (EIGE) dice: anche quando sono fatte all'estero.

    Portata all'estero e sposata con la forza? La Convenzione di Istanbul chiede agli Stati di ridarti il permesso di soggiorno.
