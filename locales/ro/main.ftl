# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker. Form "tu".

language-name = Română
language-choose = Alege limba ta
draft-notice = Atenție: această traducere nu a fost încă verificată de un vorbitor nativ. Dacă ceva nu este clar, alege altă limbă sau sună la o linie de ajutor.

welcome =
    Bună ziua. Aici găsești informații despre drepturile tale și despre ajutor împotriva violenței, în limba ta. Este gratuit.

    ⚠️ Ai grijă: dacă altcineva poate vedea telefonul tău, poate citi acest chat. Poți șterge acest chat oricând: ține apăsat pe chat în lista de chaturi, apoi alege „Șterge”. Butonul „Ieșire rapidă” șterge mesajele noastre recente.

    Ce păstrăm: un număr pentru acest chat, limba ta, țara ta dacă o alegi sau trimiți o locație, unde ești în meniu, când apeși OK, și ziua în care ai scris ultima dată. Timp de 2 zile păstrăm și numerele mesajelor noastre recente (nu ce scrie în ele), ca Ieșirea rapidă să le poată șterge.
    Nu păstrăm niciodată numele tău, numărul tău de telefon sau ce scrii. Dacă nu scrii timp de 6 luni, ștergem totul. Cu /forget ștergem totul imediat.

    Dacă ești în pericol acum, sună la 112.
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
