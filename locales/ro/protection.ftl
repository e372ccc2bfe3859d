# Leaving safely, her phone and Telegram, reporting and protection orders per country.
# Sources in dialogues/topics.toml. Never more reassuring than the law.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

btn-leave = 🧳 Plan ca să pleci în siguranță
btn-leave-where = 🏠 Unde să merg
btn-phone = 📱 Telefonul meu și Telegram
btn-report-it = 🇮🇹 Plângerea în Italia
btn-report-es = 🇪🇸 Plângerea în Spania
btn-report-gr = 🇬🇷 Plângerea în Grecia
btn-papers-it = ⚠️ Fără acte în Italia

help-leave =
    Un plan ca să pleci în siguranță

    Dacă poți, pregătește-te înainte să pleci:
    • O geantă cu pașaportul sau buletinul, actele de ședere, actele copiilor, bani, chei, medicamente și haine. Ascunde-o, sau las-o la o persoană în care ai încredere.
    • Fă fotografii sau copii ale actelor tale. Păstrează o copie într-un loc sigur.
    • Strânge puțini bani, pas cu pas.
    • Învață pe de rost numerele importante: 112 și linia țării tale.
    • Stabilește un cuvânt-cod sau un emoji cu o persoană în care ai încredere. Înseamnă: „Sună la poliție”.
    • Învață-i pe copiii tăi să sune la 112.
    • Păstrează mesajele cu amenințări. Ține la tine o copie a oricărui ordin de protecție.

help-leave-where =
    Unde să merg

    • Dacă te atacă, stai departe de bucătărie și de baie. Stai lângă o ușă. Sună la 112.
    • Pentru un loc sigur, sună la linia țării tale. Primești sprijin și fără o plângere la poliție.
    🇮🇹 1522 îți spune despre centrele împotriva violenței de lângă tine. Centrele te ascultă, te primesc și te ajută, gratuit.
    🇪🇸 016 dă informații și sprijin. În Andaluzia, 900 200 999 îți poate găsi un adăpost.
    🇬🇷 15900, centrele de consiliere și adăposturile lucrează împreună. Te ajută să găsești un adăpost.
    • Grecia: aplicația gratuită „Panic Button” este pentru victimele adulte ale violenței domestice. Întreabă la poliție sau la un centru de consiliere. O singură apăsare anunță poliția.

safety-phone =
    Telefonul meu și Telegram

    • Settings › Devices (Setări › Dispozitive): vezi fiecare telefon și calculator unde Telegram-ul tău este deschis. Închide-le pe cele pe care nu le cunoști, sau închide toate celelalte sesiuni.
    • Settings › Privacy and Security › Two-Step Verification (Verificare în doi pași): alege o parolă. Atunci nimeni nu poate deschide Telegram-ul tău pe un telefon nou fără ea.
    • Settings › Privacy and Security › Passcode Lock: un cod ca să deschizi Telegram pe acest telefon.
    • Ștergere automată (Auto-delete): în meniul unui chat, alege 1 zi, 1 săptămână sau 1 lună. Șterge doar mesajele noi. Cealaltă persoană vede că ai pornit-o.
    • Settings › Notifications and Sounds: acolo poți ascunde textul mesajelor.

rights-report-it =
    🇮🇹 Italia: plângerea și protecția

    • Avertisment (ammonimento): pentru violența domestică, Questore (șeful poliției din provincia ta) îl poate avertiza pe agresor. Nu trebuie să faci o plângere penală. Și alte persoane pot semnala, iar numele lor rămâne secret.
    • Ordin de protecție: un judecător îi poate ordona unui soț sau partener violent care locuiește cu tine să plece din casă. El trebuie să stea departe de munca ta, de familia ta și de școala copiilor tăi. Durează până la 1 an și poate fi prelungit.
    • După o plângere pentru violență, procurorul trebuie să te asculte în 3 zile.
    • ⚠️ Nu ai acte? Citește mai întâi „Fără acte”.

rights-papers-it =
    🇮🇹 Italia: fără acte

    • Să stai în Italia fără permis de ședere este o infracțiune, „reato” (articolul 10-bis din legea imigrației). Pedeapsa este o amendă de la 5.000 la 10.000 de euro.
    • Nu cunoaștem nicio regulă italiană, ca cea spaniolă, care să te protejeze de asta când denunți violența.
    • Există permise pentru victimele violenței domestice sau ale exploatării (articolele 18-bis și 18). Vezi „Permise în Italia”.
    • Înainte să mergi la poliție, vorbește cu 1522 sau cu un centru împotriva violenței. La 1522 nu trebuie să spui numele tău.

rights-report-es =
    🇪🇸 Spania: plângerea și ordinul de protecție

    • Un judecător dă ordinul de protecție (orden de protección). Tu, familia ta sau procurorul îl puteți cere, la poliție sau la tribunal.
    • Îi poate interzice să se apropie de tine sau să te contacteze. Poate decide și despre casă, copii și pensia pentru copii. Aceste măsuri pentru familie durează 30 de zile, dacă nu începi un proces de familie.
    • Ordinul arată că ești victimă. Asta te ajută să primești sprijin și bani.
    • Fără acte: dacă faci plângere, nu se deschide niciun dosar împotriva ta pentru asta. Un dosar sau o expulzare deja deschisă se pune pe pauză. Dacă procesul nu se termină în favoarea ta, dosarul poate porni din nou.

rights-report-gr =
    🇬🇷 Grecia: plângerea și protecția

    • Poți denunța violența domestică la poliție: sună la 100.
    • Poliția și procurorul trebuie să acționeze, și fără plângerea ta. Din 2024, medicii trebuie să spună procurorului despre violența domestică.
    • Un tribunal îi poate ordona agresorului să plece din casă. Îi poate interzice să vină la casa ta, la munca ta, la rudele tale și la școala copiilor tăi. Există și ordine urgente, pentru moment. Organizațiile de sprijin le pot cere pentru tine.
    • Fără acte: nu cunoaștem nicio regulă grecească, ca cea spaniolă, care să te protejeze când faci plângere. Întreabă mai întâi la 15900 sau la un centru de consiliere.
