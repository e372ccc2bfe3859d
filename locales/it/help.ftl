# "I am in danger now" and "Find help near me": national lines, checked in shared FACTS.md.
# Keep every phone number exactly as written: people tap them to call.

danger =
    Se sei in pericolo adesso, chiama il 112.
    Tocca un numero per chiamarlo.

    🇪🇺 In tutta Europa: 112 (polizia, ambulanza, vigili del fuoco)
    🇮🇹 Italia: 1522, per la violenza contro le donne. Gratis, giorno e notte, in molte lingue.
    🇪🇸 Spagna: 016, per la violenza contro le donne. Gratis, giorno e notte, in 53 lingue. WhatsApp: 600 000 016
    🇬🇷 Grecia: 15900, per la violenza contro le donne, giorno e notte. Polizia: 100

    In Italia il 112 funziona senza credito e senza SIM.
    In Grecia, se non puoi parlare, manda un SMS al 100 con il tuo indirizzo, il tuo nome e cosa sta succedendo.

help =
    Sei in pericolo adesso? Chiama il 112.

    Dove sei? Manda la tua posizione, o scrivi il nome della tua città (per esempio Milano, Sevilla, Atene). Usiamo questa informazione una volta per trovare aiuto, e non la teniamo.
    Oppure scegli il paese per vedere i suoi numeri nazionali.
btn-help-it = 🇮🇹 Italia
btn-help-es = 🇪🇸 Spagna
btn-help-gr = 🇬🇷 Grecia

help-it =
    Aiuto in Italia. Tutti questi numeri sono gratis. Tocca un numero per chiamarlo.

    📞 1522: violenza e stalking contro le donne. Giorno e notte. Non devi dire il tuo nome. Puoi parlare in italiano, inglese, francese, spagnolo, arabo, farsi, albanese, russo, ucraino, portoghese o polacco. Ti possono dire quali centri antiviolenza ci sono vicino a te.
    📞 800 290 290: tratta e sfruttamento (sesso, lavoro, elemosina). Giorno e notte, in molte lingue. Non devi dire il tuo nome.
    📞 114: un bambino o una bambina in pericolo. Giorno e notte.
    📞 19696: una linea che ascolta bambini e ragazzi. Giorno e notte.
    📞 112: emergenza. Funziona senza credito e senza SIM.

    I centri antiviolenza aiutano gratis, e quello che dici resta riservato. Non devi andare prima dalla polizia.

help-es =
    Aiuto in Spagna. Tocca un numero per chiamarlo.

    📞 016: violenza contro le donne. Informazioni, aiuto legale e psicologico. Gratis, riservato, giorno e notte, in 53 lingue. Anche WhatsApp 600 000 016 ed email 016-online@igualdad.gob.es
    Una chiamata al 016 non appare sulla bolletta del telefono, ma resta nella lista delle chiamate del tuo telefono. Cancellala dopo la chiamata.
    📞 900 200 999: in Andalusia, la linea per le donne. Gratis, riservata, giorno e notte, in 72 lingue. Può trovare una casa rifugio per te.
    📞 900 10 50 90: tratta (Polizia Nazionale). Non devi dire il tuo nome. Email: trata@policia.es
    📞 024: se pensi al suicidio. Gratis, giorno e notte. Non devi dire il tuo nome.
    📞 116 111: bambini e ragazzi (ANAR). Gratis, giorno e notte.
    📞 112: emergenza.

help-gr =
    Aiuto in Grecia. Tocca un numero per chiamarlo.

    📞 15900: linea SOS per la violenza contro le donne, in tutta la Grecia, giorno e notte. Greco e inglese. Email: sos15900@isotita.gr
    📞 100: polizia. Se non puoi parlare, manda un SMS al 100 con il tuo indirizzo, il tuo nome e cosa sta succedendo.
    📞 1109: tratta.
    📞 1056: un bambino o una bambina in pericolo (The Smile of the Child). Gratis, giorno e notte.
    📞 112: emergenza.

    Il 15900, i centri di consulenza e le case rifugio sono una sola rete della Segreteria generale per l'uguaglianza e i diritti umani. I centri di consulenza danno gratis aiuto psicologico, consigli legali e consigli per il lavoro, e ti aiutano a trovare una casa rifugio.

talk =
    Puoi parlare con una persona adesso, su queste linee:
    🇮🇹 1522 (violenza) e 800 290 290 (tratta): gratis, molte lingue
    🇪🇸 016 (violenza): gratis, 53 lingue, anche WhatsApp 600 000 016
    🇬🇷 15900 (violenza): greco e inglese
