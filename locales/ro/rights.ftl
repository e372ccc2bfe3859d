# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.
# Legal terms keep the original term in brackets after the translation.

rights = Ce vrei să afli? Acestea sunt informații generale, nu un sfat juridic. Un centru împotriva violenței sau un avocat poate să se uite la cazul tău.
btn-rights-forms = Forme de violență
btn-rights-all = Drepturi pentru fiecare femeie
btn-rights-it = 🇮🇹 Permise în Italia
btn-rights-es = 🇪🇸 Drepturi în Spania
btn-rights-gr = 🇬🇷 Drepturi în Grecia
btn-rights-health = 🩺 Îngrijire medicală
btn-rights-centres = 🏠 Centre și adăposturi
btn-rights-police = 👮 Mersul la poliție
btn-rights-es-more = ➡️ Mai mult: acte, permise, trafic de persoane
btn-rights-it-more = ➡️ Mai mult: exploatare și trafic de persoane
btn-rights-forms-more = ➡️ Alte forme de violență
btn-rights-all-permit = ➡️ Un permis de ședere al tău
btn-rights-police-more = ➡️ Mai mult: 🇪🇸 🇮🇹 🇬🇷

rights-forms =
    Violența împotriva femeilor are multe forme. Toate sunt greșite, și niciuna nu este vina ta.

    • Fizică: lovituri, împingeri, strangulare, arsuri.
    • Sexuală: orice act sexual fără acel „da” liber al tău, și din partea soțului sau partenerului tău.
    • Psihologică: amenințări, insulte, control, să te facă să îți fie frică.
    • Economică: să îți ia banii, actele sau munca.
    • Urmărire (stalking): să te urmărească, să te aștepte, apeluri sau mesaje pe care nu le vrei.

rights-forms-more =
    Alte forme de violență

    • Online: să îți distribuie fotografiile, să îți supravegheze telefonul, amenințări pe internet.
    • Căsătorie forțată: o căsătorie pe care nu ai ales-o liber.
    • Mutilarea genitală feminină (MGF): tăierea organelor genitale ale unei fete sau ale unei femei.
    • Trafic de persoane: cineva te aduce sau te ține undeva ca să te exploateze, pentru sex, muncă sau cerșit.

    În Italia și în Spania, MGF și căsătoria forțată sunt infracțiuni. În Italia, MGF este infracțiune și atunci când este făcută în străinătate unei persoane care trăiește în Italia.

rights-all =
    Unele drepturi nu depind de actele tale.

    • De la primul contact, ai dreptul la informații: despre sprijin, despre plângere (denunț), despre protecție, despre ajutor juridic și interpreți.
    • Dacă poliția sau un judecător te interoghează, ai dreptul la un interpret gratuit.
    • Ai dreptul la sprijin gratuit și privat. Nu trebuie să mergi mai întâi la poliție.

    Primele 3 puncte vin dintr-o lege a UE despre drepturile victimelor.

rights-all-permit =
    Un permis de ședere al tău

    • Dacă permisul tău de ședere depinde de soțul sau partenerul tău: Convenția de la Istanbul (articolul 59) cere țărilor să îți dea un permis de ședere propriu în situații foarte grele, când relația se termină. Nu contează cât timp ați fost împreună. Le cere și să oprească o expulzare pentru moment, ca să poți face cererea. Întreabă un centru sau un avocat cum funcționează asta în țara ta.

rights-it =
    Italia: permise de ședere (permesso di soggiorno) pentru victime

    • Violență domestică (articolul 18-bis): trebuie să existe un proces penal (procedimento penale) pentru violență domestică, și tu trebuie să fii în pericol real. Atunci Questore (șeful poliției din provincia ta) îți poate da un permis. Un procuror sau un judecător dă o părere. Un centru împotriva violenței sau serviciile sociale te pot ajuta să începi. Permisul durează 1 an. Cu el poți să studiezi și să lucrezi. Mai târziu, îl poți schimba într-un alt permis.
    • Îngrijire medicală fără permis: vezi „Îngrijire medicală”.

    Sună la 1522 (violență) sau la 800 290 290 (trafic de persoane). Sunt gratuite și te pot ajuta să găsești un centru.

rights-it-more =
    Italia: permise de ședere (permesso di soggiorno) pentru victime

    • Violență sau exploatare gravă, și trafic de persoane (articolul 18): când ești în pericol, poți primi un permis pentru 6 luni. Poate fi reînnoit. Cu el poți să studiezi și să lucrezi. Poate porni de la procuror, sau de la serviciile sociale sau de la o organizație care te ajută.

    Sună la 1522 (violență) sau la 800 290 290 (trafic de persoane). Sunt gratuite și te pot ajuta să găsești un centru.

rights-es =
    Spania: drepturile tale ca femeie străină

    • Legea împotriva violenței de gen protejează fiecare femeie, cu sau fără acte. Ea acoperă violența soțului, partenerului sau fostului partener, și dacă nu locuiți împreună.
    • Pentru multe drepturi, poți arăta că ești victimă cu un raport de la serviciile sociale, de la un serviciu specializat sau de la un adăpost. Pentru asta nu ai nevoie de o plângere la poliție.

    Sună la 016: gratuit, privat, zi și noapte.

rights-es-more =
    Spania: drepturile tale ca femeie străină

    • Dacă denunți violența și nu ai acte, nu se deschide niciun dosar (expediente) împotriva ta pentru asta. Dacă un dosar sau o expulzare este deja deschisă, se pune pe pauză (se oprește pentru moment).
    • Cu un ordin de protecție (orden de protección) sau cu un raport al procurorului, poți cere un permis de ședere și de muncă (autorización de residencia y trabajo). Cât timp aștepți, primești un permis provizoriu, și copiii tăi la fel. Permisul final vine când procesul se termină în favoarea ta. Dacă nu se termină așa, dosarul despre actele tale poate porni din nou.
    • Trafic de persoane: primești timp să îți revii și să decizi, fără expulzare. Apoi poți primi un permis de ședere și de muncă, sau ajutor ca să te întorci acasă.

    Sună la 016: gratuit, privat, zi și noapte.

rights-gr =
    Grecia: drepturile tale

    • Violența domestică este o infracțiune. Când poliția sau procurorul află de ea, trebuie să acționeze, și fără plângerea ta.
    • Victimele traficului de persoane pot primi un permis de ședere. Cu el poți să lucrezi.
    • Poate un permis pentru motive umanitare: o singură sursă (un proiect al Legii 5038/2023 pe opengov.gr) spune că Ministrul poate da unul, și victimelor violenței domestice. Nu este un drept. Întreabă un avocat sau un centru de consiliere.
    • Dacă ceri azil, primești un număr PAAYPA împreună cu cardul de azil. Cu el, îngrijirea medicală este gratuită.

    Sună la 15900, zi și noapte. 15900 și centrele de consiliere sunt o singură rețea. Centrele de consiliere dau gratuit sfaturi psihologice, juridice și pentru muncă, și te ajută să găsești un adăpost.

rights-health =
    Îngrijire medicală

    🇮🇹 Italia: fără permis de ședere, cere un cod STP la serviciul local de sănătate (ASL) sau la un spital. Durează 6 luni și poate fi reînnoit. Îți dă îngrijire urgentă și esențială, îngrijire în sarcină și la naștere ca femeilor italiene, îngrijire pentru copii și vaccinuri. Este gratuit dacă nu ai bani. De regulă, serviciul de sănătate nu te denunță la poliție.
    🇪🇸 Spania: persoanele fără drept de ședere primesc îngrijire medicală publică la fel ca spaniolii. Din martie 2026 poți cere asta cu o declarație pe care o semnezi tu însăți, și primești imediat îngrijire provizorie.
    🇬🇷 Grecia: dacă ceri azil, numărul tău PAAYPA îți dă îngrijire medicală gratuită.

    În caz de urgență, sună la 112.

rights-centres =
    Centre și adăposturi

    🇮🇹 Italia: centrele împotriva violenței te ascultă gratuit și îți dau ajutor psihologic și juridic. Au o linie de telefon zi și noapte. Personalul este format din femei. Nu trebuie să mergi la poliție, și ce spui rămâne privat. Adăposturile au o adresă secretă. Unele adăposturi cer o plată care depinde de venitul tău.
    🇪🇸 Spania: legea spune că ai dreptul la ajutor de urgență, la un adăpost, și la sprijin psihologic, social, juridic și pentru muncă. Există și centre de criză pentru violența sexuală, deschise 24 de ore.
    🇬🇷 Grecia: centrele de consiliere dau gratuit sfaturi psihologice, juridice și pentru muncă, și te ajută să găsești un adăpost. Sună la 15900.

rights-police =
    Mersul la poliție este alegerea ta.

    • Poți primi ajutor de la un centru sau de la o linie de ajutor fără să mergi la poliție.
    • Dacă poliția sau un judecător te interoghează, ai dreptul la un interpret gratuit.

    Alege țara ta ca să citești despre plângere și ordinele de protecție. Dacă ești în pericol acum, sună la 112.

rights-police-more =
    Mersul la poliție este alegerea ta.

    • 🇪🇸 Spania: dacă nu ai acte, când denunți violența nu se deschide un dosar împotriva ta. O expulzare care este deja deschisă se pune pe pauză (se oprește pentru moment). Dacă procesul nu se termină în favoarea ta, dosarul poate porni din nou.
    • 🇮🇹 Italia: permisul pentru victimele violenței domestice (articolul 18-bis) are nevoie de un proces penal. Un centru împotriva violenței te poate ajuta.
    • 🇬🇷 Grecia: poliția și procurorul trebuie să acționeze în cazurile de violență domestică și fără plângerea ta. Poți cere mai întâi un sfat la linia SOS 15900.

    Alege țara ta ca să citești despre plângere și ordinele de protecție. Dacă ești în pericol acum, sună la 112.
