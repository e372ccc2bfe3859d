# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker. Form "ti".

language-name = Shqip
language-choose = Zgjidh gjuhën tënde
draft-notice = Shënim: ky përkthim nuk është kontrolluar ende nga një person që e ka shqipen gjuhë amtare. Nëse diçka nuk është e qartë, zgjidh një gjuhë tjetër ose telefono një linjë ndihme.

welcome =
    Nëse je në rrezik tani, telefono 112.

    Përshëndetje. Këtu gjen falas informacion për të drejtat e tua dhe për ndihmë kundër dhunës, në gjuhën tënde.

    ⚠️ Nëse dikush mund ta shohë telefonin tënd, mund ta lexojë këtë bisedë. Për ta fshirë: mbaj të shtypur bisedën, pastaj "Fshi". "Dalje e shpejtë" fshin mesazhet tona të fundit.

    Ne mbajmë një numër për këtë bisedë, gjuhën tënde, shtetin tënd dhe vendin tënd në menu. Edhe kur shtype OK, dhe ditën tënde të fundit këtu. Për { $exit_window_days ->
        [one] { $exit_window_days } ditë
       *[other] { $exit_window_days } ditë
    }, mbajmë numrat e mesazheve tona të fundit (jo fjalët e tyre), për Daljen e shpejtë.
    Nuk mbajmë kurrë emrin tënd, numrin tënd të telefonit ose atë që shkruan. Pas { $inactive_months ->
        [one] { $inactive_months } muaji
       *[other] { $inactive_months } muajsh
    } pa asnjë mesazh, i fshijmë të gjitha. /forget i fshin të gjitha tani.
btn-agree = ✅ OK, vazhdo
btn-decline = ❌ Jo, mos mbaj asgjë

menu = Çfarë të duhet? Zgjidh një buton.
btn-danger = 🆘 Jam në rrezik tani
btn-find-help = 📍 Gjej ndihmë pranë meje
btn-rights = ⚖️ Njih të drejtat e mia
btn-talk = 💬 Fol me një person
btn-sessions = 📅 Takime informuese
btn-safety = 🛡️ Qëndro e sigurt / dalje e shpejtë
btn-privacy = 🔒 Privatësia dhe më harro
btn-language = 🌐 Gjuha

btn-back = ⬅️ Mbrapa
btn-menu = 🏠 Menu
btn-exit = 🚪 Dalje e shpejtë

help-commands =
    Mund t'i përdorësh këto komanda në çdo kohë:
    /menu: menuja kryesore
    /human: fol me një person
    /end: mbyll bisedën me një person
    /language: ndrysho gjuhën
    /exit: dalje e shpejtë, fshin mesazhet tona të fundit
    /forget: fshi gjithçka që mbajmë për ty
    /subscribe: takime dhe ftesa
    /stop: ndalo të gjitha njoftimet
    /help: kjo listë

    Nëse je në rrezik tani, telefono 112.
not-understood = Na vjen keq, nuk kuptova. Të lutem, zgjidh një buton. Nëse je në rrezik tani, telefono 112.
unsupported-media = Na vjen keq, mund të lexoj vetëm tekst dhe butona. Të lutem, zgjidh një buton. Nëse je në rrezik tani, telefono 112.
location-used = Faleminderit. E përdorëm vendndodhjen tënde një herë për të gjetur ndihmë, dhe nuk e mbajtëm.
exit-done = U bë.
stop-done = Nuk do të marrësh më asnjë njoftim nga ne.
forget-done = Gjithçka për ty është fshirë. Nëse shkruan përsëri, fillojmë nga fillimi. Nëse je në rrezik tani, telefono 112.
