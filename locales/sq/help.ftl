# "I am in danger now" and "Find help near me": national lines, checked in shared FACTS.md.
# Keep every phone number exactly as written: people tap them to call.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

danger =
    Nëse je në rrezik tani, telefono 112.
    Shtyp një numër për ta thirrur.

    🇪🇺 Në gjithë Evropën: 112 (policia, ambulanca, zjarrfikësit)
    🇮🇹 Italia: 1522, për dhunën ndaj grave. Falas, ditë e natë, në shumë gjuhë.
    🇪🇸 Spanja: 016, për dhunën ndaj grave. Falas, ditë e natë, në 53 gjuhë. WhatsApp: 600 000 016
    🇬🇷 Greqia: 15900, për dhunën ndaj grave, ditë e natë. Policia: 100

    Në Itali, 112 funksionon pa kredit dhe pa kartë SIM.
    Në Greqi, nëse nuk mund të flasësh, dërgo një SMS në 100 me adresën tënde, emrin tënd dhe çfarë po ndodh.

help =
    Je në rrezik tani? Telefono 112.

    Ku je? Dërgo vendndodhjen tënde, ose shkruaj emrin e qytetit tënd (për shembull Milano, Sevilla, Athinë). E përdorim një herë për të gjetur ndihmë, dhe nuk e mbajmë.
    Ose zgjidh shtetin për të parë linjat e tij kombëtare.
btn-help-it = 🇮🇹 Italia
btn-help-es = 🇪🇸 Spanja
btn-help-gr = 🇬🇷 Greqia

help-it =
    Ndihmë në Itali. Të gjithë këta numra janë falas. Shtyp një numër për ta thirrur.

    📞 1522: dhunë dhe përndjekje (stalking) ndaj grave. Ditë e natë. Nuk ke nevojë të thuash emrin tënd. Mund të flasësh italisht, anglisht, frëngjisht, spanjisht, arabisht, persisht (farsi), shqip, rusisht, ukrainisht, portugalisht ose polonisht. Të tregojnë për qendrat kundër dhunës pranë teje.
    📞 800 290 290: trafikim dhe shfrytëzim (seks, punë, lypje). Ditë e natë, në shumë gjuhë. Nuk ke nevojë të thuash emrin tënd.
    📞 114: një fëmijë në rrezik. Ditë e natë.
    📞 19696: një linjë që dëgjon fëmijët dhe të rinjtë. Ditë e natë.
    📞 112: urgjencë. Funksionon pa kredit dhe pa kartë SIM.

    Qendrat kundër dhunës ndihmojnë falas, dhe ajo që thua mbetet private. Nuk ke nevojë të shkosh së pari në polici.

help-es =
    Ndihmë në Spanjë. Shtyp një numër për ta thirrur.

    📞 016: dhunë ndaj grave. Informacion, ndihmë ligjore dhe psikologjike. Falas, private, ditë e natë, në 53 gjuhë. Edhe WhatsApp 600 000 016 dhe email 016-online@igualdad.gob.es
    Një telefonatë në 016 nuk del në faturën e telefonit, por mbetet në listën e thirrjeve të telefonit tënd. Fshije pas telefonatës.
    📞 900 200 999: në Andaluzi, linja e grave. Falas, private, ditë e natë, në 72 gjuhë. Mund të të gjejë një strehëz.
    📞 900 10 50 90: trafikim (Policia Kombëtare). Nuk ke nevojë të thuash emrin tënd. Email: trata@policia.es
    📞 024: nëse mendon për vetëvrasje. Falas, ditë e natë. Nuk ke nevojë të thuash emrin tënd.
    📞 116 111: fëmijë dhe të rinj (ANAR). Falas, ditë e natë.
    📞 112: urgjencë.

help-gr =
    Ndihmë në Greqi. Shtyp një numër për ta thirrur.

    📞 15900: linja SOS për dhunën ndaj grave, në gjithë Greqinë, ditë e natë. Greqisht dhe anglisht. Email: sos15900@isotita.gr
    📞 100: policia. Nëse nuk mund të flasësh, dërgo një SMS në 100 me adresën tënde, emrin tënd dhe çfarë po ndodh.
    📞 1109: trafikim.
    📞 1056: një fëmijë në rrezik (The Smile of the Child). Falas, ditë e natë.
    📞 112: urgjencë.

    15900, qendrat e këshillimit dhe strehëzat janë një rrjet i vetëm i Sekretariatit të Përgjithshëm për Barazinë dhe të Drejtat e Njeriut. Qendrat e këshillimit japin falas këshilla psikologjike, ligjore dhe për punë, dhe të ndihmojnë të gjesh një strehëz.

talk =
    Mund të flasësh tani me një person në këto linja:
    🇮🇹 1522 (dhunë) dhe 800 290 290 (trafikim): falas, shumë gjuhë
    🇪🇸 016 (dhunë): falas, 53 gjuhë, edhe WhatsApp 600 000 016
    🇬🇷 15900 (dhunë): greqisht dhe anglisht
