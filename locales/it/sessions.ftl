# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Prossimi incontri nella tua regione e nella tua lingua:
sessions-none = Per ora non ci sono incontri nella tua regione e nella tua lingua.
sessions-subscribed = Ricevi inviti su:
sessions-ask = Vuoi un invito quando c'è un nuovo incontro vicino a te?
sessions-consent =
    Inviti: cosa teniamo

    Se dici sì, teniamo gli argomenti e la regione che scegli, la tua lingua, se gli inviti arrivano in silenzio e il momento in cui hai detto sì. Li usiamo solo per mandarti gli inviti.

    Puoi smettere quando vuoi: scrivi /stop o premi il pulsante sotto un invito. Allora cancelliamo le tue scelte.
sessions-topics = Quali argomenti ti interessano? Tocca per scegliere, tocca di nuovo per togliere. Poi premi Avanti.
sessions-region = Dove vivi?
sessions-silent = Gli inviti devono fare un suono? In silenzio è più sicuro se qualcuno è vicino a te. Anche i messaggi in silenzio possono mostrare le loro parole sullo schermo del telefono.
sessions-done = Fatto. Riceverai inviti su:
sessions-reminder-set = Fatto. Te lo ricordiamo il giorno prima.
sessions-reminder-already = Il promemoria c'è già.
sessions-reminder-late = Questo incontro è già cominciato o non esiste più.
# Italian translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = I promemoria per questo incontro sono disattivati.
sessions-reminder = ⏰ Promemoria: questo incontro è domani.
btn-sessions-open = 📅 Incontri e inviti
btn-subscribe = 🔔 Ricevi inviti
btn-unsubscribe = 🔕 Basta inviti
btn-change-topics = ✏️ Cambia le scelte
btn-remind = ⏰ Ricordamelo
btn-consent-yes = ✅ Sì, sono d'accordo
btn-next = ➡️ Avanti
btn-sound = 🔔 Con suono
btn-silent = 🔕 In silenzio
topic-rights = ⚖️ Diritti
topic-health = 🩺 Salute
topic-work = 💼 Lavoro e formazione
topic-language = 🗣️ Corsi di lingua
topic-children = 🧒 Bambini
