# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker. Form "tu".

language-name = Română
language-choose = Alege limba ta
draft-notice = Atenție: această traducere nu a fost încă verificată de un vorbitor nativ. Dacă ceva nu este clar, alege altă limbă sau sună la o linie de ajutor.

welcome =
    Dacă ești în pericol acum, sună la 112.

    Bună ziua. Aici găsești gratuit informații despre drepturile tale și despre ajutor împotriva violenței, în limba ta.

    ⚠️ Dacă cineva poate vedea telefonul tău, poate citi acest chat. Ca să îl ștergi: ține apăsat pe chat, apoi „Șterge”. „Ieșire rapidă” șterge mesajele noastre recente.

    Păstrăm un număr pentru acest chat, limba ta, țara ta și locul tău în meniu. Și când ai apăsat OK, și ultima ta zi aici. Timp de { $exit_window_days ->
        [one] { $exit_window_days } zi
        [few] { $exit_window_days } zile
       *[other] { $exit_window_days } de zile
    }, păstrăm numerele mesajelor noastre recente (nu cuvintele lor), pentru Ieșirea rapidă.
    Nu păstrăm niciodată numele tău, numărul tău de telefon sau ce scrii. După { $inactive_months ->
        [one] { $inactive_months } lună
        [few] { $inactive_months } luni
       *[other] { $inactive_months } de luni
    } fără niciun mesaj, ștergem totul. /forget șterge tot acum.
btn-agree = ✅ OK, continuă
btn-decline = ❌ Nu, nu păstra nimic

menu = De ce ai nevoie? Alege un buton.
btn-danger = 🆘 Sunt în pericol acum
btn-find-help = 📍 Găsește ajutor lângă mine
btn-rights = ⚖️ Drepturile mele
btn-talk = 💬 Vorbește cu o persoană
btn-sessions = 📅 Sesiuni de informare
btn-safety = 🛡️ Siguranță / ieșire rapidă
btn-privacy = 🔒 Confidențialitate și uită-mă
btn-language = 🌐 Limba

btn-back = ⬅️ Înapoi
btn-menu = 🏠 Meniu
btn-exit = 🚪 Ieșire rapidă

help-commands =
    Poți folosi aceste comenzi oricând:
    /menu: meniul principal
    /human: vorbește cu o persoană
    /end: încheie chatul cu o persoană
    /language: schimbă limba
    /exit: ieșire rapidă, șterge mesajele noastre recente
    /forget: șterge tot ce păstrăm despre tine
    /subscribe: sesiuni și invitații
    /stop: oprește toate anunțurile
    /help: această listă

    Dacă ești în pericol acum, sună la 112.
not-understood = Ne pare rău, nu am înțeles. Te rugăm să alegi un buton. Dacă ești în pericol acum, sună la 112.
unsupported-media = Ne pare rău, pot citi doar text și butoane. Te rugăm să alegi un buton. Dacă ești în pericol acum, sună la 112.
location-used = Mulțumim. Am folosit locația ta o singură dată ca să găsim ajutor, și nu am păstrat-o.
exit-done = Gata.
stop-done = Nu vei mai primi niciun anunț de la noi.
forget-done = Tot ce era despre tine a fost șters. Dacă scrii din nou, începem de la început. Dacă ești în pericol acum, sună la 112.
