# "Stay safe", "Privacy and forget me", and "Awareness sessions".
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

safety =
    Stai în siguranță

    • Dacă cineva îți verifică telefonul, șterge acest chat după ce citești: ține apăsat pe chat, apoi „Șterge”. Alege să îl ștergi pentru ambele părți.
    • Răspunsurile noastre vin fără sunet. Dar cuvintele lor pot totuși să apară pe ecranul telefonului tău când sosesc. Ca să le ascunzi: Setări, apoi Notificări și sunete, apoi oprește previzualizarea mesajului.
    • Poți bloca Telegram cu un cod: Setări, apoi Confidențialitate și securitate, apoi Blocare cu cod de acces.
    • Verifică Setări, apoi Dispozitive. Acolo vezi fiecare telefon și calculator unde Telegram-ul tău este deschis. Dacă vezi unul pe care nu îl cunoști, închide-l de acolo.

safety-exit =
    Ieșire rapidă și urme pe telefon

    • Butonul 🚪 Ieșire rapidă este pe fiecare ecran. Șterge mesajele noastre recente și lasă un singur rând scurt și neutru.
    • Ieșirea rapidă nu poate șterge mesajele mai vechi de 48 de ore, notificările pe care le-ai văzut deja, capturile de ecran sau lista de apeluri a telefonului tău.
    • În Spania, un apel la 016 nu apare pe factura de telefon, dar rămâne în lista de apeluri. Șterge-l după apel.

btn-safety-exit = 🚪 Ce șterge Ieșirea rapidă

privacy =
    Ce păstrăm despre tine:
    • un număr pentru acest chat (de la Telegram), nu numărul tău de telefon;
    • limba ta, țara ta dacă ai ales-o sau ai trimis o locație, și unde ești în meniu;
    • când ai spus da la acest lucru, și ziua în care ai scris ultima dată;
    • timp de { $exit_window_days ->
        [one] { $exit_window_days } zi
        [few] { $exit_window_days } zile
       *[other] { $exit_window_days } de zile
    }, numerele mesajelor noastre recente (nu ce scrie în ele), ca Ieșirea rapidă să le poată șterge.

    Nu păstrăm niciodată numele tău, numărul tău de telefon, fotografiile tale sau ce scrii. Nu păstrăm locația ta.

    Dacă nu scrii timp de { $inactive_months ->
        [one] { $inactive_months } lună
        [few] { $inactive_months } luni
       *[other] { $inactive_months } de luni
    }, ștergem totul. Cu /forget sau cu butonul de mai jos, ștergem imediat tot ce este despre tine.
btn-forget = 🗑️ Șterge toate datele mele
forget-confirm = Vrei să ștergem tot ce păstrăm despre tine? Poți începe din nou oricând.
btn-forget-yes = Da, șterge tot

sessions =
    Sesiunile de informare sunt întâlniri unde organizații explică drepturile, sănătatea și siguranța, de multe ori cu o mediatoare sau un mediator cultural care vorbește limba ta.

    Vezi sesiunile planificate lângă tine, cere un memento, sau primește o invitație când este planificată una nouă.
