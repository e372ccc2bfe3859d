# After a sexual assault: the first hours, then one screen per country. Sources in
# dialogues/topics.toml. Italian translation of the English reference. DRAFT.

btn-assault = 🩺 Dopo una violenza sessuale

help-assault =
    Dopo una violenza sessuale

    Non è colpa tua. Puoi avere aiuto adesso.
    • Vai al pronto soccorso di un ospedale il prima possibile. Sei in pericolo adesso? Chiama il 112.
    • Medicina contro l'HIV (si chiama PEP): vai subito. Funziona solo se la inizi nelle prime ore.
    • Pillola del giorno dopo: prima è, meglio è. Un tipo funziona fino a 3 giorni (72 ore). Un altro tipo (ellaOne) fino a 5 giorni (120 ore).
    • Prove per dopo: se puoi, non lavarti, non lavare i denti, non mangiare, non bere e non cambiare i vestiti. Se li hai cambiati, porta i vestiti.

    Scegli il tuo paese:

help-assault-it =
    🇮🇹 Italia: dopo una violenza sessuale

    • Vai al pronto soccorso. C'è un percorso protetto per le donne che hanno subito violenza. Ti visitano per prima, in una stanza separata, e le cure sono gratuite.
    • La medicina contro l'HIV (PEP) non si dà dopo 48 ore. Vai subito.
    • Pillola del giorno dopo: le donne maggiorenni la comprano in farmacia senza ricetta. Dal 2020 anche le ragazze sotto i 18 anni possono avere ellaOne.
    • Puoi curarti adesso e decidere dopo se andare alla polizia. Per lo stupro di una persona adulta, di solito c'è un processo solo se fai querela. Hai 12 mesi per farla.
    • Chiama il 1522: gratis, giorno e notte.

help-assault-es =
    🇪🇸 Spagna: dopo una violenza sessuale

    • Centri di crisi per la violenza sessuale: la legge ne chiede uno in ogni provincia, aperto 24 ore. Chiedi al 016 quello più vicino.
    • Puoi telefonare a un centro di crisi o andarci. Danno aiuto psicologico, legale e sociale, anche per una violenza di tanto tempo fa. Non devi andare prima in ospedale o alla polizia.
    • Le cure e la visita medica per le prove hanno bisogno del tuo sì, non di una denuncia.
    • Medicina contro l'HIV (PEP): vai subito al pronto soccorso. Meglio entro 6 ore, mai dopo 72 ore.
    • Pillola del giorno dopo: in farmacia, senza ricetta.
    • Chiama il 016: gratis, giorno e notte.

help-assault-gr =
    🇬🇷 Grecia: dopo una violenza sessuale

    • Gli ospedali danno cure urgenti anche alle persone senza permesso di soggiorno.
    • Medicina contro l'HIV (PEP): vai subito al pronto soccorso di un ospedale.
    • Pillola del giorno dopo (levonorgestrel, fino a 72 ore): in farmacia, senza ricetta.
    • Per un processo, un foglio dell'ospedale può non bastare. Può servire una visita di un medico legale dello Stato (un medico che lavora per i tribunali).
    • Dal 2024 i medici devono informare il pubblico ministero sulla violenza domestica, anche se tu non la denunci.
    • Chiama il 15900, giorno e notte, per un consiglio.
