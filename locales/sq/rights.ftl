# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.
# Legal terms keep the original term in brackets after the translation.

rights = Çfarë do të dish? Ky është informacion i përgjithshëm, jo këshillë ligjore. Një qendër kundër dhunës ose një avokat mund ta shohë rastin tënd.
btn-rights-forms = Format e dhunës
btn-rights-all = Të drejta për çdo grua
btn-rights-it = 🇮🇹 Lejet në Itali
btn-rights-es = 🇪🇸 Të drejtat në Spanjë
btn-rights-gr = 🇬🇷 Të drejtat në Greqi
btn-rights-health = 🩺 Kujdesi shëndetësor
btn-rights-centres = 🏠 Qendra dhe strehëza
btn-rights-police = 👮 Të shkosh në polici
btn-rights-es-more = ➡️ Më shumë: dokumente, leje, trafikim
btn-rights-it-more = ➡️ Më shumë: shfrytëzim dhe trafikim
btn-rights-forms-more = ➡️ Forma të tjera të dhunës
btn-rights-all-permit = ➡️ Leja jote e qëndrimit
btn-rights-police-more = ➡️ Më shumë: 🇪🇸 🇮🇹 🇬🇷

rights-forms =
    Dhuna ndaj grave ka shumë forma. Të gjitha janë të gabuara, dhe asnjëra nuk është faji yt.

    • Fizike: goditje, shtyrje, mbytje, djegie.
    • Seksuale: çdo akt seksual pa "po"-në tënde të lirë, edhe nga burri yt ose partneri yt.
    • Psikologjike: kërcënime, fyerje, kontroll, të të bëjë të kesh frikë.
    • Ekonomike: të të marrë paratë, dokumentet ose punën.
    • Përndjekje (stalking): të të ndjekë, të të presë, telefonata ose mesazhe që nuk i do.

rights-forms-more =
    Forma të tjera të dhunës

    • Online: të shpërndajë fotot e tua, të të kontrollojë telefonin, kërcënime në internet.
    • Martesë e detyruar: një martesë që nuk e zgjodhe lirisht.
    • Gjymtimi gjenital femëror (FGM): prerja e organeve gjenitale të një vajze ose të një gruaje.
    • Trafikimi i njerëzve: dikush të sjell ose të mban diku për të të shfrytëzuar, për seks, punë ose lypje.

    Në Itali dhe në Spanjë, gjymtimi gjenital femëror dhe martesa e detyruar janë krime. Në Itali, gjymtimi gjenital femëror është krim edhe kur bëhet jashtë vendit ndaj një personi që jeton në Itali.

rights-all =
    Disa të drejta nuk varen nga dokumentet e tua.

    • Që nga kontakti i parë, ke të drejtë për informacion: për mbështetjen, për kallëzimin, për mbrojtjen, për ndihmën ligjore dhe për përkthyesit.
    • Nëse policia ose një gjyqtar të merr në pyetje, ke të drejtë për një përkthyes falas.
    • Ke të drejtë për mbështetje falas dhe private. Nuk ke nevojë të shkosh së pari në polici.

    3 pikat e para vijnë nga një ligj i BE-së për të drejtat e viktimave.

rights-all-permit =
    Leja jote e qëndrimit

    • Nëse leja jote e qëndrimit varet nga burri yt ose partneri yt: Konventa e Stambollit (neni 59) u kërkon shteteve të të japin lejen tënde të qëndrimit në situata shumë të vështira, kur marrëdhënia mbaron. Nuk ka rëndësi sa kohë keni qenë bashkë. Ajo u kërkon gjithashtu të ndalojnë përkohësisht një dëbim, që ti të mund të bësh kërkesën. Pyet një qendër ose një avokat si funksionon kjo në shtetin tënd.

rights-it =
    Italia: leje qëndrimi (permesso di soggiorno) për viktimat

    • Dhuna në familje (neni 18-bis): duhet të ketë një proces penal (procedimento penale) për dhunë në familje, dhe ti duhet të jesh në rrezik të vërtetë. Atëherë Questore (shefi i policisë në provincën tënde) mund të të japë një leje. Një prokuror ose një gjyqtar jep një mendim. Një qendër kundër dhunës ose shërbimet sociale mund të të ndihmojnë të fillosh. Leja zgjat 1 vit. Me të mund të studiosh dhe të punosh. Më vonë, mund ta ndryshosh në një leje tjetër.
    • Kujdesi shëndetësor pa leje: shiko "Kujdesi shëndetësor".

    Telefono 1522 (dhunë) ose 800 290 290 (trafikim). Janë falas dhe mund të të ndihmojnë të gjesh një qendër.

rights-it-more =
    Italia: leje qëndrimi (permesso di soggiorno) për viktimat

    • Dhunë ose shfrytëzim i rëndë, edhe trafikim (neni 18): kur je në rrezik, mund të marrësh një leje për 6 muaj. Mund të rinovohet. Me të mund të studiosh dhe të punosh. Mund të fillojë nga prokurori, ose nga shërbimet sociale ose nga një organizatë që të ndihmon.

    Telefono 1522 (dhunë) ose 800 290 290 (trafikim). Janë falas dhe mund të të ndihmojnë të gjesh një qendër.

rights-es =
    Spanja: të drejtat e tua si grua e huaj

    • Ligji kundër dhunës me bazë gjinore mbron çdo grua, me ose pa dokumente. Ai mbulon dhunën nga burri yt, partneri ose ish-partneri, edhe nëse nuk jetoni bashkë.
    • Për shumë të drejta, mund të tregosh që je viktimë me një raport nga shërbimet sociale, nga një shërbim i specializuar ose nga një strehëz. Për këtë nuk të duhet një kallëzim në polici.

    Telefono 016: falas, private, ditë e natë.

rights-es-more =
    Spanja: të drejtat e tua si grua e huaj

    • Nëse kallëzon dhunën dhe nuk ke dokumente, nuk hapet asnjë dosje (expediente) kundër teje për këtë. Nëse një dosje ose një dëbim është hapur tashmë, pezullohet (ndalet për tani).
    • Me një urdhër mbrojtjeje (orden de protección) ose me një raport të prokurorit, mund të kërkosh një leje qëndrimi dhe pune (autorización de residencia y trabajo). Ndërsa pret, merr një leje të përkohshme, edhe fëmijët e tu. Leja përfundimtare vjen kur çështja në gjykatë mbaron në favorin tënd. Nëse nuk mbaron kështu, dosja për dokumentet e tua mund të fillojë përsëri.
    • Trafikimi: merr kohë për t'u rikuperuar dhe për të vendosur, pa dëbim. Pastaj mund të marrësh një leje qëndrimi dhe pune, ose ndihmë për t'u kthyer në shtëpi.

    Telefono 016: falas, private, ditë e natë.

rights-gr =
    Greqia: të drejtat e tua

    • Dhuna në familje është krim. Kur policia ose prokurori e marrin vesh, duhet të veprojnë, edhe pa kallëzimin tënd.
    • Viktimat e trafikimit mund të marrin një leje qëndrimi. Me të mund të punosh.
    • Ndoshta një leje për arsye humanitare: një burim i vetëm (një projektligj i Ligjit 5038/2023 në opengov.gr) thotë që Ministri mund të japë një të tillë, edhe për viktimat e dhunës në familje. Nuk është një e drejtë. Pyet një avokat ose një qendër këshillimi.
    • Nëse kërkon azil, merr një numër PAAYPA me kartën tënde të azilit. Me të, kujdesi shëndetësor është falas.

    Telefono 15900, ditë e natë. 15900 dhe qendrat e këshillimit janë një rrjet i vetëm. Qendrat e këshillimit japin falas këshilla psikologjike, ligjore dhe për punë, dhe të ndihmojnë të gjesh një strehëz.

rights-health =
    Kujdesi shëndetësor

    🇮🇹 Italia: pa leje qëndrimi, kërko një kod STP në shërbimin shëndetësor vendor (ASL) ose në një spital. Zgjat 6 muaj dhe mund të rinovohet. Të jep kujdes urgjent dhe thelbësor, kujdes gjatë shtatzënisë dhe në lindje si grave italiane, kujdes për fëmijët dhe vaksina. Është falas nëse nuk ke para. Si rregull, shërbimi shëndetësor nuk të denoncon në polici.
    🇪🇸 Spanja: njerëzit pa leje qëndrimi marrin kujdes shëndetësor publik si spanjollët. Që nga marsi 2026 mund ta kërkosh me një deklaratë që e nënshkruan vetë, dhe merr menjëherë kujdes të përkohshëm.
    🇬🇷 Greqia: nëse kërkon azil, numri yt PAAYPA të jep kujdes shëndetësor falas.

    Në urgjencë, telefono 112.

rights-centres =
    Qendra dhe strehëza

    🇮🇹 Italia: qendrat kundër dhunës të dëgjojnë falas dhe të japin ndihmë psikologjike dhe ligjore. Kanë një linjë telefoni ditë e natë. Stafi janë gra. Nuk ke nevojë të shkosh në polici, dhe ajo që thua mbetet private. Strehëzat kanë një adresë sekrete. Disa strehëza kërkojnë një pagesë që varet nga të ardhurat e tua.
    🇪🇸 Spanja: ligji thotë që ke të drejtë për ndihmë urgjente, për një strehëz, dhe për mbështetje psikologjike, sociale, ligjore dhe për punë. Ka edhe qendra krize për dhunën seksuale, të hapura 24 orë.
    🇬🇷 Greqia: qendrat e këshillimit japin falas këshilla psikologjike, ligjore dhe për punë, dhe të ndihmojnë të gjesh një strehëz. Telefono 15900.

rights-police =
    Të shkosh në polici është zgjedhja jote.

    • Mund të marrësh ndihmë nga një qendër ose nga një linjë ndihme pa shkuar në polici.
    • Nëse policia ose një gjyqtar të merr në pyetje, ke të drejtë për një përkthyes falas.

    Zgjidh shtetin tënd për të lexuar për kallëzimin dhe urdhrat e mbrojtjes. Nëse je në rrezik tani, telefono 112.

rights-police-more =
    Të shkosh në polici është zgjedhja jote.

    • 🇪🇸 Spanja: nëse nuk ke dokumente, kallëzimi i dhunës nuk hap një dosje kundër teje. Një dëbim që është hapur tashmë pezullohet (ndalet për tani). Nëse çështja nuk mbaron në favorin tënd, dosja mund të fillojë përsëri.
    • 🇮🇹 Italia: leja për viktimat e dhunës në familje (neni 18-bis) kërkon një proces penal. Një qendër kundër dhunës mund të të ndihmojë.
    • 🇬🇷 Greqia: policia dhe prokurori duhet të veprojnë për dhunën në familje edhe pa kallëzimin tënd. Mund të kërkosh më parë një këshillë te linja SOS 15900.

    Zgjidh shtetin tënd për të lexuar për kallëzimin dhe urdhrat e mbrojtjes. Nëse je në rrezik tani, telefono 112.
