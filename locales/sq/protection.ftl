# Leaving safely, her phone and Telegram, reporting and protection orders per country.
# Sources in dialogues/topics.toml. Never more reassuring than the law.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

btn-leave = 🧳 Plan për të ikur e sigurt
btn-leave-where = 🏠 Ku të shkoj
btn-phone = 📱 Telefoni im dhe Telegram
btn-report-it = 🇮🇹 Kallëzimi në Itali
btn-report-es = 🇪🇸 Kallëzimi në Spanjë
btn-report-gr = 🇬🇷 Kallëzimi në Greqi
btn-papers-it = ⚠️ Pa dokumente në Itali

help-leave =
    Plan për të ikur e sigurt

    Nëse mundesh, përgatitu para se të ikësh:
    • Një çantë me pasaportën ose letërnjoftimin, dokumentet e qëndrimit, dokumentet e fëmijëve, para, çelësa, ilaçe dhe rroba. Fshihe, ose lëre te një person që i beson.
    • Bëj foto ose kopje të dokumenteve të tua. Mbaj një kopje në një vend të sigurt.
    • Kurse pak para, hap pas hapi.
    • Mëso përmendsh numrat e rëndësishëm: 112 dhe linjën e shtetit tënd.
    • Bie dakord për një fjalë kod ose një emoji me një person që i beson. Do të thotë: "Thirr policinë".
    • Mësoji fëmijët e tu të telefonojnë 112.
    • Ruaji mesazhet me kërcënime. Mbaj me vete një kopje të çdo urdhri mbrojtjeje.

help-leave-where =
    Ku të shkoj

    • Nëse të sulmon, qëndro larg kuzhinës dhe banjës. Qëndro pranë një dere. Telefono 112.
    • Për një vend të sigurt, telefono linjën e shtetit tënd. Merr mbështetje edhe pa kallëzim në polici.
    🇮🇹 1522 të tregon për qendrat kundër dhunës pranë teje. Qendrat të dëgjojnë, të pranojnë dhe të ndihmojnë, falas.
    🇪🇸 016 jep informacion dhe mbështetje. Në Andaluzi, 900 200 999 mund të të gjejë një strehëz.
    🇬🇷 15900, qendrat e këshillimit dhe strehëzat punojnë bashkë. Të ndihmojnë të gjesh një strehëz.
    • Greqia: aplikacioni falas "Panic Button" është për viktimat e rritura të dhunës në familje. Pyet policinë ose një qendër këshillimi. Një shtypje e vetme njofton policinë.

safety-phone =
    Telefoni im dhe Telegram

    • Settings › Devices (Cilësimet › Pajisjet): shikon çdo telefon dhe kompjuter ku është hapur Telegram-i yt. Mbyll ato që nuk i njeh, ose mbyll të gjitha sesionet e tjera.
    • Settings › Privacy and Security › Two-Step Verification (verifikim me dy hapa): zgjidh një fjalëkalim. Atëherë askush nuk mund ta hapë Telegram-in tënd në një telefon të ri pa të.
    • Settings › Privacy and Security › Passcode Lock: një kod për të hapur Telegram-in në këtë telefon.
    • Fshirje automatike (Auto-delete): në menunë e një bisede, zgjidh 1 ditë, 1 javë ose 1 muaj. Fshin vetëm mesazhet e reja. Personi tjetër e sheh që e ke aktivizuar.
    • Settings › Notifications and Sounds: aty mund ta fshehësh tekstin e mesazheve.

rights-report-it =
    🇮🇹 Italia: kallëzimi dhe mbrojtja

    • Paralajmërim (ammonimento): për dhunën në familje, Questore (shefi i policisë në provincën tënde) mund ta paralajmërojë dhunuesin. Nuk ke nevojë të bësh kallëzim penal. Edhe persona të tjerë mund ta sinjalizojnë, dhe emri i tyre mbetet sekret.
    • Urdhër mbrojtjeje: një gjyqtar mund t'i urdhërojë burrit ose partnerit të dhunshëm që jeton me ty të largohet nga shtëpia. Ai duhet të qëndrojë larg punës tënde, familjes tënde dhe shkollës së fëmijëve të tu. Zgjat deri në 1 vit dhe mund të zgjatet.
    • Pas një kallëzimi për dhunë, prokurori duhet të të dëgjojë brenda 3 ditëve.
    • ⚠️ Pa dokumente? Lexo më parë "Pa dokumente".

rights-papers-it =
    🇮🇹 Italia: pa dokumente

    • Të qëndrosh në Itali pa leje qëndrimi është vepër penale, "reato" (neni 10-bis i ligjit të imigracionit). Dënimi është një gjobë nga 5.000 deri në 10.000 euro.
    • Nuk dimë asnjë rregull italian, si ai spanjoll, që të mbron nga kjo kur kallëzon dhunën.
    • Ka leje për viktimat e dhunës në familje ose të shfrytëzimit (nenet 18-bis dhe 18). Shiko "Lejet në Itali".
    • Para se të shkosh në polici, fol me 1522 ose me një qendër kundër dhunës. Te 1522 nuk ke nevojë të thuash emrin tënd.

rights-report-es =
    🇪🇸 Spanja: kallëzimi dhe urdhri i mbrojtjes

    • Urdhrin e mbrojtjes (orden de protección) e jep një gjyqtar. Ti, familja jote ose prokurori mund ta kërkoni, në polici ose në gjykatë.
    • Mund t'i ndalojë atij të të afrohet ose të të kontaktojë. Mund të vendosë edhe për shtëpinë, fëmijët dhe pagesën për fëmijët. Këto masa për familjen zgjasin 30 ditë, përveç nëse fillon një çështje familjare.
    • Urdhri tregon që je viktimë. Kjo të ndihmon të marrësh mbështetje dhe para.
    • Pa dokumente: nëse kallëzon, nuk hapet asnjë dosje kundër teje për këtë. Një dosje ose dëbim i hapur pezullohet. Nëse çështja nuk mbaron në favorin tënd, dosja mund të fillojë përsëri.

rights-report-gr =
    🇬🇷 Greqia: kallëzimi dhe mbrojtja

    • Mund ta kallëzosh dhunën në familje në polici: telefono 100.
    • Policia dhe prokurori duhet të veprojnë, edhe pa kallëzimin tënd. Që nga viti 2024, mjekët duhet t'i tregojnë prokurorit për dhunën në familje.
    • Një gjykatë mund t'i urdhërojë dhunuesit të largohet nga shtëpia. Mund t'i ndalojë të vijë në shtëpinë tënde, në punën tënde, te të afërmit e tu dhe në shkollën e fëmijëve të tu. Ka edhe urdhra urgjentë për tani. Organizatat e mbështetjes mund t'i kërkojnë për ty.
    • Pa dokumente: nuk dimë asnjë rregull grek, si ai spanjoll, që të mbron kur kallëzon. Pyet më parë te 15900 ose te një qendër këshillimi.
