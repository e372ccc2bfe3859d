# A free lawyer, money to live on, work exploitation and trafficking, FGM and forced
# marriage. Sources in dialogues/topics.toml. General information, not legal advice.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

btn-aid = 🧑‍⚖️ Avocat gratuit și bani
btn-money = 💶 Bani ca să trăiești
btn-work = ⛓️ Exploatare la muncă, trafic
btn-work-lines = ☎️ Ce se întâmplă când sun
btn-fgm = ✂️ MGF și căsătorie forțată
btn-fgm-law = ⚖️ Ce spune legea

rights-aid =
    Un avocat gratuit

    🇮🇹 Italia: victimele violenței în familie, ale violenței sexuale, ale urmăririi (stalking) sau ale MGF primesc un avocat plătit de stat. Venitul tău nu contează. Pentru victimele traficului de persoane, asta este doar pentru copiii sub 18 ani.
    🇪🇸 Spania: victimele violenței de gen sau ale traficului de persoane primesc imediat ajutor juridic gratuit, oricare ar fi venitul lor. Începe cu plângerea sau cu procesul.
    🇬🇷 Grecia: ajutorul juridic gratuit de la stat este doar pentru persoanele cu venit mic: cetățeni ai UE, și alții care locuiesc legal în Grecia. Centrele de consiliere dau sfaturi juridice gratuite.

    Întreabă un centru împotriva violenței sau un centru de consiliere: te pot ajuta să ceri un avocat.

rights-money =
    Bani ca să trăiești

    🇮🇹 Italia: „Reddito di libertà” dă până la 500 de euro pe lună, pentru cel mult 12 luni. Este pentru femeile sprijinite de un centru împotriva violenței și de serviciile sociale. Întreabă la primărie (Comune). Banii sunt limitați. Femeile din afara UE au nevoie de un permis valabil.
    🇪🇸 Spania: victimele violenței de gen sau sexuale, de 16 ani sau mai mult, pot primi o plată lunară pentru cel mult 30 de luni. Trebuie să cauți un loc de muncă și să nu ai venit. Nu trebuie să fi lucrat înainte.
    🇬🇷 Grecia: femeile dintr-un adăpost pentru violență pot cere Venitul Minim Garantat: 200 de euro pe lună, mai mult cu copii.

    Un centru te poate ajuta să ceri.

rights-work =
    Exploatarea la muncă și traficul de persoane: semnele

    Ți se întâmplă asta?
    • Cineva îți ține pașaportul sau actele.
    • Trebuie să muncești ca să plătești o datorie.
    • Nu primești bani, sau primești mai puțin decât ți s-a promis.
    • Nu poți pleca. Cineva te supraveghează.
    • Există amenințări sau violență.
    • Nu ai telefon, sau nu ai contract.
    • Lucrezi foarte multe ore.
    • Locuiești într-un loc aglomerat sau departe de tot.

    Nu este vina ta. Este exploatare, și există ajutor, și fără acte.

rights-work-lines =
    Ce se întâmplă când suni

    🇮🇹 800 290 290: gratuit, zi și noapte, în multe limbi. Nu trebuie să spui numele tău. Te întreabă dacă ești în pericol și dacă vrei să ieși din situație. Dacă vrei, o echipă te ajută și îți găsește un loc protejat. Nu ai nevoie de o plângere la poliție pentru acest ajutor.
    🇪🇸 900 10 50 90 (Poliția Națională) sau trata@policia.es: poți denunța fără numele tău. Victimele primesc timp să își revină și să decidă, fără expulzare.
    🇬🇷 1109: linia împotriva traficului de persoane.

    Ești în pericol acum? Sună la 112.

rights-fgm =
    MGF și căsătoria forțată

    MGF (mutilarea genitală feminină) înseamnă tăierea organelor genitale ale unei fete sau ale unei femei.
    • Ajutor medical: la Torino, Centro SVS de la spitalul Sant'Anna tratează MGF. Și atunci când s-a întâmplat în țara ta sau pe drum. La Valencia, spitalul public Doctor Peset are o secție pentru operații după MGF, și pentru femei din alte regiuni.
    • Fiica ta este în pericol? Tăierea unei fete este infracțiune în Italia, Spania și Grecia. Vorbește cu un medic, un centru sau o linie pentru copii: 114 (Italia), 116 111 (Spania), 1056 (Grecia).
    • O căsătorie pe care nu o vrei? Sună la 1522, 016 sau 15900.

rights-fgm-law =
    Ce spune legea

    🇮🇹 Italia: MGF: de la 4 la 12 ani de închisoare, mai mult dacă victima este un copil. Și atunci când este făcută în străinătate, de o persoană sau unei persoane care trăiește în Italia. Să obligi pe cineva să se căsătorească: de la 1 la 5 ani, sau de la 2 la 7 dacă ea are sub 14 ani.
    🇪🇸 Spania: MGF: de la 6 la 12 ani de închisoare. Un judecător le poate lua părinților drepturile asupra copilului. Să obligi pe cineva să se căsătorească, cu violență sau amenințări grave, este infracțiune.
    🇬🇷 Grecia: MGF este infracțiune. Institutul UE pentru egalitatea de gen (EIGE) spune: și atunci când este făcută în străinătate.

    Ai fost dusă în străinătate și căsătorită cu forța? Convenția de la Istanbul cere țărilor să îți dea înapoi permisul de ședere.
