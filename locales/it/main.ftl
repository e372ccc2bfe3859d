# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Italiano: bozza (draft), non ancora controllata da una persona di madrelingua. Forma "tu".

language-name = Italiano
language-choose = Scegli la tua lingua
draft-notice = Nota: questa traduzione non è ancora stata controllata da una persona di madrelingua. Se qualcosa non è chiaro, scegli un'altra lingua o chiama un numero di aiuto.

welcome =
    Se sei in pericolo adesso, chiama il 112.

    Ciao. Qui trovi informazioni gratuite sui tuoi diritti e sull'aiuto contro la violenza, nella tua lingua.

    ⚠️ Se qualcuno può vedere il tuo telefono, può leggere questa chat. Per cancellarla: tieni premuta la chat, poi "Elimina". "Uscita rapida" cancella i nostri messaggi recenti.

    Teniamo un numero per questa chat, la tua lingua, il tuo paese e dove sei nel menu. Anche quando hai premuto OK, e il tuo ultimo giorno qui. Per { $exit_window_days ->
        [one] { $exit_window_days } giorno
       *[other] { $exit_window_days } giorni
    } teniamo i numeri dei nostri messaggi recenti (non le parole), per l'Uscita rapida.
    Non teniamo mai il tuo nome, il tuo numero di telefono o quello che scrivi. Dopo { $inactive_months ->
        [one] { $inactive_months } mese
       *[other] { $inactive_months } mesi
    } senza messaggi, cancelliamo tutto. /forget cancella tutto subito.
btn-agree = ✅ OK, continua
btn-decline = ❌ No, non tenere niente

menu = Di cosa hai bisogno? Scegli un pulsante.
btn-danger = 🆘 Sono in pericolo adesso
btn-find-help = 📍 Trova aiuto vicino a me
btn-rights = ⚖️ Conoscere i miei diritti
btn-talk = 💬 Parlare con una persona
btn-sessions = 📅 Incontri informativi
btn-safety = 🛡️ Sicurezza / uscita rapida
btn-privacy = 🔒 Privacy e dimenticami
btn-language = 🌐 Lingua

btn-back = ⬅️ Indietro
btn-menu = 🏠 Menu
btn-exit = 🚪 Uscita rapida

help-commands =
    Puoi usare questi comandi quando vuoi:
    /menu: il menu principale
    /human: parla con una persona
    /end: chiudi la chat con una persona
    /language: cambia la lingua
    /exit: uscita rapida, cancella i nostri messaggi recenti
    /forget: cancella tutto quello che teniamo su di te
    /subscribe: incontri e inviti
    /stop: ferma tutti gli annunci
    /help: questa lista

    Se sei in pericolo adesso, chiama il 112.
not-understood = Scusa, non ho capito. Scegli un pulsante, per favore. Se sei in pericolo adesso, chiama il 112.
unsupported-media = Scusa, posso leggere solo testo e pulsanti. Scegli un pulsante, per favore. Se sei in pericolo adesso, chiama il 112.
location-used = Grazie. Abbiamo usato la tua posizione una volta per trovare aiuto, e non l'abbiamo tenuta.
exit-done = Fatto.
stop-done = Non riceverai nessun annuncio da noi.
forget-done = Abbiamo cancellato tutto su di te. Se scrivi di nuovo, ricominciamo dall'inizio. Se sei in pericolo adesso, chiama il 112.
