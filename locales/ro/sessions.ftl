# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

sessions-upcoming = Sesiuni care vin curând în regiunea ta și în limba ta:
sessions-none = Încă nu sunt sesiuni planificate în regiunea ta și în limba ta.
sessions-subscribed = Primești invitații despre:
sessions-ask = Vrei o invitație când este planificată o sesiune nouă lângă tine?
sessions-consent =
    Invitații: ce păstrăm

    Dacă spui da, păstrăm subiectele și regiunea pe care le alegi, limba ta, dacă invitațiile vin fără sunet, și ora la care ai spus da. Le folosim doar ca să îți trimitem invitații.

    Poți să te oprești oricând: scrie /stop sau apasă butonul de sub o invitație. Atunci ștergem alegerile tale.
sessions-topics = Ce subiecte te interesează? Apasă ca să alegi, apasă din nou ca să scoți. Apoi apasă Înainte.
sessions-region = Unde locuiești?
sessions-silent = Invitațiile să vină cu sunet? Fără sunet este mai sigur dacă cineva este lângă tine. Mesajele fără sunet pot totuși să își arate cuvintele pe ecranul telefonului tău.
sessions-done = Gata. Vei primi invitații despre:
sessions-reminder-set = Gata. Îți amintim cu o zi înainte.
sessions-reminder-already = Memento-ul tău este deja setat.
sessions-reminder-late = Această sesiune a început deja sau nu mai există.
sessions-reminder-off = Memento-urile pentru această sesiune sunt oprite.
sessions-reminder = ⏰ Memento: această sesiune este mâine.
btn-sessions-open = 📅 Sesiuni și invitații
btn-subscribe = 🔔 Primește invitații
btn-unsubscribe = 🔕 Oprește invitațiile
btn-change-topics = ✏️ Schimbă alegerile mele
btn-remind = ⏰ Amintește-mi
btn-consent-yes = ✅ Da, sunt de acord
btn-next = ➡️ Înainte
btn-sound = 🔔 Cu sunet
btn-silent = 🔕 Fără sunet
topic-rights = ⚖️ Drepturi
topic-health = 🩺 Sănătate
topic-work = 💼 Muncă și formare
topic-language = 🗣️ Cursuri de limbă
topic-children = 🧒 Copii
