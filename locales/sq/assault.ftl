# After a sexual assault: the first hours, then one screen per country. Sources in
# dialogues/topics.toml. Calm, short, no blame. Keep every number exactly as written.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

btn-assault = 🩺 Pas një sulmi seksual

help-assault =
    Pas një sulmi seksual

    Nuk është faji yt. Mund të marrësh ndihmë tani.
    • Shko në urgjencën e një spitali sa më shpejt që të mundesh. Je në rrezik tani? Telefono 112.
    • Ilaç kundër HIV-it (quhet PEP): shko menjëherë. Funksionon vetëm nëse fillon në orët e para.
    • Pilula e urgjencës kundër shtatzënisë: sa më shpejt, aq më mirë. Një lloj funksionon deri në 3 ditë (72 orë). Një lloj tjetër (ellaOne) funksionon deri në 5 ditë (120 orë).
    • Prova për më vonë: nëse mundesh, mos u laj, mos laj dhëmbët, mos ha, mos pi dhe mos ndërro rrobat. Nëse i ke ndërruar, merri rrobat me vete.

    Zgjidh shtetin tënd:

help-assault-it =
    🇮🇹 Italia: pas një sulmi seksual

    • Shko në urgjencën e një spitali (pronto soccorso). Ka një rrugë të mbrojtur për gratë që kanë pësuar dhunë. Të shohin të parën, në një dhomë të veçantë, dhe kujdesi është falas.
    • Ilaçi kundër HIV-it (PEP) nuk jepet pas 48 orësh. Shko menjëherë.
    • Pilula e urgjencës: gratë e rritura e marrin në farmaci pa recetë. Që nga viti 2020, edhe vajzat nën 18 vjeç mund të marrin ellaOne.
    • Mund të marrësh kujdes tani dhe të vendosësh më vonë për policinë. Për përdhunimin e një të rrituri, zakonisht ka çështje penale vetëm nëse bën kallëzim (querela). Ke 12 muaj kohë për këtë.
    • Telefono 1522: falas, ditë e natë.

help-assault-es =
    🇪🇸 Spanja: pas një sulmi seksual

    • Qendra krize për dhunën seksuale: ligji kërkon një në çdo provincë, të hapur 24 orë. Pyet te 016 për më të afërtën.
    • Mund ta telefonosh një qendër krize ose të shkosh atje. Ata japin ndihmë psikologjike, ligjore dhe sociale, edhe për një sulm të kohëve më parë. Nuk ke nevojë të shkosh së pari në spital ose në polici.
    • Kujdesi dhe ekzaminimi mjekësor për prova kanë nevojë për "po"-në tënde, jo për një kallëzim në polici.
    • Ilaçi kundër HIV-it (PEP): shko menjëherë në urgjencë. Më mirë brenda 6 orëve, kurrë pas 72 orëve.
    • Pilula e urgjencës: në farmaci, pa recetë.
    • Telefono 016: falas, ditë e natë.

help-assault-gr =
    🇬🇷 Greqia: pas një sulmi seksual

    • Spitalet japin kujdes urgjent edhe për njerëzit pa leje qëndrimi.
    • Ilaçi kundër HIV-it (PEP): shko menjëherë në urgjencën e një spitali.
    • Pilula e urgjencës (levonorgestrel, deri në 72 orë): në farmaci, pa recetë.
    • Për një çështje në gjykatë, një letër nga spitali mund të mos mjaftojë. Mund të të duhet një ekzaminim nga një mjek ligjor i shtetit (një mjek që punon për gjykatat).
    • Që nga viti 2024, mjekët duhet t'i tregojnë prokurorit për dhunën në familje, edhe nëse ti nuk e kallëzon.
    • Telefono 15900, ditë e natë, për këshilla.
