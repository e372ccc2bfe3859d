# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.
# The mediator is named in both genders: "o mediatoare sau un mediator".
handoff-waiting =
    Mulțumim. O mediatoare sau un mediator care vorbește limba ta îți va scrie aici, în acest chat.
    Această persoană nu va vedea numele tău, numele tău de utilizator sau numărul tău de telefon.
    Poți să scrii acum. Îi vom trimite mesajele tale când vine.
handoff-case-number = Numărul cazului tău:
handoff-queue-place = Locul tău la rând:
handoff-urgent = Dacă ești în pericol acum, sună la 112. Este gratuit.
handoff-already = Aștepți deja o mediatoare sau un mediator. Poți să scrii aici acum.
handoff-hours = Mediatoarele și mediatorii răspund la aceste ore:
handoff-hours-later = Acum nu este nimeni aici. Mesajele tale vor aștepta mediatoarea sau mediatorul. Dacă nu poți aștepta, sună acum la o linie de ajutor.
handoff-joined = O mediatoare sau un mediator este aici acum. Scrie aici, în acest chat. Apasă „Încheie chatul” când vrei să te oprești.
handoff-in-chat = Vorbești cu o mediatoare sau un mediator. Scrie aici. Apasă „Încheie chatul” ca să te oprești și să te întorci la meniu.
handoff-escalated = Ne pare rău, încă nu este nimeni liber. Căutăm în continuare o mediatoare sau un mediator. Dacă nu poți aștepta, sună acum la o linie de ajutor:
handoff-mediator-left = Mediatoarea sau mediatorul a trebuit să plece. Căutăm o altă mediatoare sau un alt mediator. Mesajele tale vor aștepta aici.
handoff-not-passed = Ne pare rău, acest tip de mesaj nu poate fi transmis. Te rugăm să îl scrii ca text, sau trimite o fotografie, un mesaj vocal sau un fișier.
handoff-held-full = Ai trimis multe mesaje. Mediatoarea sau mediatorul va vedea primele mesaje. Următoarele mesaje nu sunt transmise. Când mediatoarea sau mediatorul este aici, poți să scrii din nou.
handoff-contact-refused = Nu am transmis acest contact. Un contact arată un nume și un număr de telefon, de multe ori ale tale. Mediatoarea sau mediatorul nu are nevoie de ele. Dacă vrei să dai un număr, poți să îl scrii.
handoff-file-warning = Nu am transmis acest fișier. Un fișier poate ascunde informații, de exemplu unde și când a fost făcută o fotografie. O fotografie este mai sigură: trimite-o ca fotografie, nu ca fișier. Dacă vrei totuși să trimiți acest fișier, trimite-l din nou.
handoff-copies = Telegram păstrează acest chat pe serverele sale. Mediatoarea sau mediatorul primește copii ale mesajelor tale. Ștergem aceste copii când chatul se termină, sau când folosești Ieșire rapidă. Telegram ne lasă să ștergem doar mesajele mai noi de 2 zile: copiile mai vechi rămân la mediatoare sau mediator.
handoff-ended = Chatul cu mediatoarea sau mediatorul s-a terminat. Poți să ceri din nou oricând să vorbești cu o persoană.
handoff-closed-by-mediator = Mediatoarea sau mediatorul a încheiat chatul. Poți să ceri din nou oricând să vorbești cu o persoană.
handoff-rate = Te-a ajutat acest chat? Nu trebuie să răspunzi. Răspunsul tău nu are nume pe el.
handoff-thanks = Mulțumim pentru răspuns.
handoff-unavailable = Chatul cu o mediatoare sau un mediator în acest bot nu este încă deschis.
btn-talk-here = 💬 Chat cu o mediatoare sau un mediator aici
btn-end-chat = ✖️ Încheie chatul
btn-helplines = ☎️ Linii de ajutor
btn-rate-good = 👍 Da
btn-rate-some = 🙂 Puțin
btn-rate-bad = 👎 Nu
cmd-human = Vorbește cu o persoană
# Her case was closed by the bot after many days with no message in it (or her data reached
# the end of the time it is kept). Calm and short: no blame, the way back open.
handoff-idle-closed = Chatul tău cu o mediatoare sau un mediator este închis, pentru că nimeni nu a scris în el multe zile. Poți să ceri din nou oricând să vorbești cu o persoană.
