# "Stay safe", "Privacy and forget me", and "Awareness sessions".
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

safety =
    Qëndro e sigurt

    • Nëse dikush ta kontrollon telefonin, fshije këtë bisedë pasi ta lexosh: mbaj të shtypur bisedën, pastaj "Fshi". Zgjidh ta fshish për të dyja palët.
    • Përgjigjet tona vijnë pa zë. Por fjalët e tyre mund të shfaqen prapë në ekranin e telefonit tënd kur mbërrijnë. Për t'i fshehur: Settings (Cilësimet), pastaj Notifications and Sounds (Njoftimet dhe tingujt), pastaj fik parapamjen e mesazhit.
    • Mund ta kyçësh Telegram-in me një kod: Settings (Cilësimet), pastaj Privacy and Security (Privatësia dhe siguria), pastaj Passcode Lock (Kyçja me kod).
    • Kontrollo Settings (Cilësimet), pastaj Devices (Pajisjet). Aty shikon çdo telefon dhe kompjuter ku është hapur Telegram-i yt. Nëse sheh një që nuk e njeh, mbylle atë nga aty.

safety-exit =
    Dalja e shpejtë dhe gjurmët në telefon

    • Butoni 🚪 Dalje e shpejtë është në çdo ekran. Fshin mesazhet tona të fundit dhe lë vetëm një rresht të shkurtër dhe neutral.
    • Dalja e shpejtë nuk mund të fshijë mesazhe më të vjetra se 48 orë, njoftime që i ke parë tashmë, pamje ekrani (screenshot) ose listën e thirrjeve të telefonit tënd.
    • Në Spanjë, një telefonatë në 016 nuk del në faturën e telefonit, por mbetet në listën e thirrjeve. Fshije pas telefonatës.

btn-safety-exit = 🚪 Çfarë fshin Dalja e shpejtë

privacy =
    Çfarë mbajmë për ty:
    • një numër për këtë bisedë (nga Telegram), jo numrin tënd të telefonit;
    • gjuhën tënde, shtetin tënd nëse e zgjodhe ose dërgove një vendndodhje, dhe ku je në menu;
    • kur the po për këtë, dhe ditën kur shkrove për herë të fundit;
    • për { $exit_window_days ->
        [one] { $exit_window_days } ditë
       *[other] { $exit_window_days } ditë
    }, numrat e mesazheve tona të fundit (jo çfarë thonë), që Dalja e shpejtë t'i fshijë.

    Nuk mbajmë kurrë emrin tënd, numrin tënd të telefonit, fotot e tua ose atë që shkruan. Nuk e mbajmë vendndodhjen tënde.

    Nëse nuk shkruan për { $inactive_months ->
        [one] { $inactive_months } muaj
       *[other] { $inactive_months } muaj
    }, i fshijmë të gjitha. Me /forget ose me butonin më poshtë, fshijmë menjëherë gjithçka për ty.
btn-forget = 🗑️ Fshi të gjitha të dhënat e mia
forget-confirm = A do të fshijmë gjithçka që mbajmë për ty? Mund të fillosh përsëri në çdo kohë.
btn-forget-yes = Po, fshi gjithçka

sessions =
    Takimet informuese janë takime ku organizatat shpjegojnë të drejtat, shëndetin dhe sigurinë, shpesh me një ndërmjetëse ose një ndërmjetës kulturor që flet gjuhën tënde.

    Shiko takimet e planifikuara pranë teje, kërko një kujtesë, ose merr një ftesë kur planifikohet një takim i ri.
