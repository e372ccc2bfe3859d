# "Stay safe", "Privacy and forget me", and "Awareness sessions".

safety =
    La tua sicurezza

    • Se qualcuno controlla il tuo telefono, cancella questa chat dopo averla letta: tieni premuta la chat, poi "Elimina". Scegli di cancellarla per tutte e due le parti.
    • Le nostre risposte arrivano senza suono. Ma le loro parole possono comparire sullo schermo del telefono quando arrivano. Per nasconderle: Impostazioni, poi Notifiche e suoni, poi spegni l'anteprima dei messaggi.
    • Puoi bloccare Telegram con un codice: Impostazioni, poi Privacy e sicurezza, poi Codice di blocco.
    • Guarda in Impostazioni, poi Dispositivi. Lì vedi ogni telefono e computer dove il tuo Telegram è aperto. Se ne vedi uno che non conosci, chiudilo da lì.

safety-exit =
    Uscita rapida e tracce sul telefono

    • Il pulsante 🚪 Uscita rapida è in ogni schermata. Cancella i nostri messaggi recenti e lascia solo una riga breve e neutra.
    • L'uscita rapida non può cancellare i messaggi più vecchi di 48 ore, le notifiche che hai già visto, gli screenshot o la lista delle chiamate del tuo telefono.
    • In Spagna, una chiamata al 016 non appare sulla bolletta del telefono, ma resta nella lista delle chiamate. Cancellala dopo la chiamata.

btn-safety-exit = 🚪 Cosa cancella l'Uscita rapida

privacy =
    Cosa teniamo su di te:
    • un numero per questa chat (da Telegram), non il tuo numero di telefono;
    • la tua lingua, il tuo paese se l'hai scelto o se hai mandato una posizione, e dove sei nel menu;
    • quando hai detto sì a questo, e il giorno in cui hai scritto l'ultima volta;
    • per { $exit_window_days ->
        [one] { $exit_window_days } giorno
       *[other] { $exit_window_days } giorni
    }, i numeri dei nostri messaggi recenti (non quello che dicono), così l'Uscita rapida li può cancellare.

    Non teniamo mai il tuo nome, il tuo numero di telefono, le tue foto o quello che scrivi. Non teniamo la tua posizione.

    Se non scrivi per { $inactive_months ->
        [one] { $inactive_months } mese
       *[other] { $inactive_months } mesi
    }, cancelliamo tutto. Con /forget o con il pulsante qui sotto, cancelliamo subito tutto su di te.
btn-forget = 🗑️ Cancella tutti i miei dati
forget-confirm = Vuoi cancellare tutto quello che teniamo su di te? Puoi ricominciare quando vuoi.
btn-forget-yes = Sì, cancella tutto

sessions =
    Negli incontri informativi, alcune organizzazioni spiegano i diritti, la salute e la sicurezza, spesso con una mediatrice o un mediatore culturale che parla la tua lingua.

    Guarda gli incontri vicino a te, chiedi un promemoria o ricevi un invito quando ce n'è uno nuovo.
