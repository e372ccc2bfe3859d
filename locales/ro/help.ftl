# "I am in danger now" and "Find help near me": national lines, checked in shared FACTS.md.
# Keep every phone number exactly as written: people tap them to call.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

danger =
    Dacă ești în pericol acum, sună la 112.
    Apasă pe un număr ca să suni.

    🇪🇺 În toată Europa: 112 (poliție, ambulanță, pompieri)
    🇮🇹 Italia: 1522, pentru violența împotriva femeilor. Gratuit, zi și noapte, în multe limbi.
    🇪🇸 Spania: 016, pentru violența împotriva femeilor. Gratuit, zi și noapte, în 53 de limbi. WhatsApp: 600 000 016
    🇬🇷 Grecia: 15900, pentru violența împotriva femeilor, zi și noapte. Poliția: 100

    În Italia, 112 funcționează fără credit și fără cartelă SIM.
    În Grecia, dacă nu poți vorbi, trimite un SMS la 100 cu adresa ta, numele tău și ce se întâmplă.

help =
    Ești în pericol acum? Sună la 112.

    Unde ești? Trimite locația ta, sau scrie numele orașului tău (de exemplu Milano, Sevilla, Atena). O folosim o singură dată ca să găsim ajutor, și nu o păstrăm.
    Sau alege țara ca să vezi liniile ei naționale.
btn-help-it = 🇮🇹 Italia
btn-help-es = 🇪🇸 Spania
btn-help-gr = 🇬🇷 Grecia

help-it =
    Ajutor în Italia. Toate aceste numere sunt gratuite. Apasă pe un număr ca să suni.

    📞 1522: violență și urmărire (stalking) împotriva femeilor. Zi și noapte. Nu trebuie să spui numele tău. Poți vorbi italiană, engleză, franceză, spaniolă, arabă, persană (farsi), albaneză, rusă, ucraineană, portugheză sau poloneză. Îți pot spune despre centrele împotriva violenței de lângă tine.
    📞 800 290 290: trafic de persoane și exploatare (sex, muncă, cerșit). Zi și noapte, în multe limbi. Nu trebuie să spui numele tău.
    📞 114: un copil în pericol. Zi și noapte.
    📞 19696: o linie care ascultă copiii și tinerii. Zi și noapte.
    📞 112: urgență. Funcționează fără credit și fără cartelă SIM.

    Centrele împotriva violenței ajută gratuit, și ce spui rămâne privat. Nu trebuie să mergi mai întâi la poliție.

help-es =
    Ajutor în Spania. Apasă pe un număr ca să suni.

    📞 016: violență împotriva femeilor. Informații, ajutor juridic și psihologic. Gratuit, privat, zi și noapte, în 53 de limbi. Și pe WhatsApp 600 000 016 și e-mail 016-online@igualdad.gob.es
    Un apel la 016 nu apare pe factura de telefon, dar rămâne în lista de apeluri a telefonului tău. Șterge-l după apel.
    📞 900 200 999: în Andaluzia, linia pentru femei. Gratuit, privat, zi și noapte, în 72 de limbi. Îți poate găsi un adăpost.
    📞 900 10 50 90: trafic de persoane (Poliția Națională). Nu trebuie să spui numele tău. E-mail: trata@policia.es
    📞 024: dacă te gândești la sinucidere. Gratuit, zi și noapte. Nu trebuie să spui numele tău.
    📞 116 111: copii și tineri (ANAR). Gratuit, zi și noapte.
    📞 112: urgență.

help-gr =
    Ajutor în Grecia. Apasă pe un număr ca să suni.

    📞 15900: linia SOS pentru violența împotriva femeilor, în toată Grecia, zi și noapte. Greacă și engleză. E-mail: sos15900@isotita.gr
    📞 100: poliția. Dacă nu poți vorbi, trimite un SMS la 100 cu adresa ta, numele tău și ce se întâmplă.
    📞 1109: trafic de persoane.
    📞 1056: un copil în pericol (The Smile of the Child). Gratuit, zi și noapte.
    📞 112: urgență.

    15900, centrele de consiliere și adăposturile sunt o singură rețea a Secretariatului General pentru Egalitate și Drepturile Omului. Centrele de consiliere dau gratuit sfaturi psihologice, juridice și pentru muncă, și te ajută să găsești un adăpost.

talk =
    Poți vorbi acum cu o persoană la aceste linii:
    🇮🇹 1522 (violență) și 800 290 290 (trafic de persoane): gratuit, multe limbi
    🇪🇸 016 (violență): gratuit, 53 de limbi, și pe WhatsApp 600 000 016
    🇬🇷 15900 (violență): greacă și engleză
