# A free lawyer, money to live on, work exploitation and trafficking, FGM and forced
# marriage. Sources in dialogues/topics.toml. General information, not legal advice.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

btn-aid = 🧑‍⚖️ Avokat falas dhe para
btn-money = 💶 Para për të jetuar
btn-work = ⛓️ Shfrytëzim në punë, trafikim
btn-work-lines = ☎️ Çfarë ndodh kur telefonoj
btn-fgm = ✂️ Gjymtimi gjenital dhe martesa me zor
btn-fgm-law = ⚖️ Çfarë thotë ligji

rights-aid =
    Një avokat falas

    🇮🇹 Italia: viktimat e dhunës në familje, të dhunës seksuale, të përndjekjes (stalking) ose të gjymtimit gjenital femëror marrin një avokat të paguar nga shteti. Të ardhurat e tua nuk kanë rëndësi. Për viktimat e trafikimit, kjo vlen vetëm për fëmijët nën 18 vjeç.
    🇪🇸 Spanja: viktimat e dhunës me bazë gjinore ose të trafikimit marrin menjëherë ndihmë ligjore falas, pavarësisht nga të ardhurat. Fillon me kallëzimin ose me çështjen në gjykatë.
    🇬🇷 Greqia: ndihma ligjore falas nga shteti është vetëm për njerëzit me të ardhura të ulëta: qytetarë të BE-së, dhe të tjerë që jetojnë ligjërisht në Greqi. Qendrat e këshillimit japin këshilla ligjore falas.

    Pyet një qendër kundër dhunës ose një qendër këshillimi: mund të të ndihmojnë të kërkosh një avokat.

rights-money =
    Para për të jetuar

    🇮🇹 Italia: "Reddito di libertà" jep deri në 500 euro në muaj, për deri në 12 muaj. Është për gratë që mbështeten nga një qendër kundër dhunës dhe nga shërbimet sociale. Pyet në bashki (Comune). Paratë janë të kufizuara. Gratë nga jashtë BE-së kanë nevojë për një leje të vlefshme.
    🇪🇸 Spanja: viktimat e dhunës me bazë gjinore ose seksuale, 16 vjeç ose më shumë, mund të marrin një pagesë mujore për deri në 30 muaj. Duhet të kërkosh punë dhe të mos kesh të ardhura. Nuk ke nevojë të kesh punuar më parë.
    🇬🇷 Greqia: gratë në një strehëz për dhunën mund të kërkojnë Të Ardhurat Minimale të Garantuara: 200 euro në muaj, më shumë me fëmijë.

    Një qendër mund të të ndihmojë të kërkosh.

rights-work =
    Shfrytëzimi në punë dhe trafikimi: shenjat

    A të ndodh kjo?
    • Dikush ta mban pasaportën ose dokumentet.
    • Duhet të punosh për të shlyer një borxh.
    • Nuk merr pagë, ose merr më pak se sa të premtuan.
    • Nuk mund të largohesh. Dikush të ruan.
    • Ka kërcënime ose dhunë.
    • Nuk ke telefon, ose nuk ke kontratë.
    • Punon shumë orë.
    • Jeton në një vend të mbushur plot ose shumë larg.

    Nuk është faji yt. Është shfrytëzim, dhe ka ndihmë, edhe pa dokumente.

rights-work-lines =
    Çfarë ndodh kur telefonon

    🇮🇹 800 290 290: falas, ditë e natë, në shumë gjuhë. Nuk ke nevojë të thuash emrin tënd. Të pyesin nëse je në rrezik dhe nëse do të dalësh nga kjo situatë. Nëse do, një ekip të ndihmon dhe të gjen një vend të mbrojtur. Nuk të duhet kallëzim në polici për këtë ndihmë.
    🇪🇸 900 10 50 90 (Policia Kombëtare) ose trata@policia.es: mund të kallëzosh pa emrin tënd. Viktimat marrin kohë për t'u rikuperuar dhe për të vendosur, pa dëbim.
    🇬🇷 1109: linja kundër trafikimit.

    Je në rrezik tani? Telefono 112.

rights-fgm =
    Gjymtimi gjenital femëror dhe martesa me zor

    Gjymtimi gjenital femëror (FGM) do të thotë prerja e organeve gjenitale të një vajze ose të një gruaje.
    • Ndihmë shëndetësore: në Torino, Centro SVS në spitalin Sant'Anna trajton gjymtimin gjenital. Edhe kur ka ndodhur në vendin tënd ose gjatë udhëtimit. Në Valencia, spitali publik Doctor Peset ka një njësi për operacione pas gjymtimit gjenital, edhe për gra nga rajone të tjera.
    • Vajza jote është në rrezik? Prerja e një vajze është krim në Itali, Spanjë dhe Greqi. Fol me një mjek, një qendër ose një linjë për fëmijët: 114 (Itali), 116 111 (Spanjë), 1056 (Greqi).
    • Një martesë që nuk e do? Telefono 1522, 016 ose 15900.

rights-fgm-law =
    Çfarë thotë ligji

    🇮🇹 Italia: gjymtimi gjenital: 4 deri në 12 vjet burg, më shumë nëse viktima është fëmijë. Edhe kur bëhet jashtë vendit, nga ose ndaj një personi që jeton në Itali. Të detyrosh dikë të martohet: 1 deri në 5 vjet, ose 2 deri në 7 nëse ajo është nën 14 vjeç.
    🇪🇸 Spanja: gjymtimi gjenital: 6 deri në 12 vjet burg. Një gjyqtar mund t'u heqë prindërve të drejtat mbi fëmijën. Të detyrosh dikë të martohet, me dhunë ose kërcënime të rënda, është krim.
    🇬🇷 Greqia: gjymtimi gjenital është krim. Instituti i BE-së për barazinë gjinore (EIGE) thotë: edhe kur bëhet jashtë vendit.

    Të kanë çuar jashtë vendit dhe të kanë martuar me zor? Konventa e Stambollit u kërkon shteteve të ta kthejnë lejen e qëndrimit.
