# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Albanian. DRAFT: not yet checked by a native speaker. Many type without ë and ç (e, c).

intent-danger = rrezik, urgjencë, urgjence, urgjent, sos, më ndihmoni, me ndihmoni, ndihmë urgjente, më rreh, me rreh, rrahje, më vret, me vret, do të më vrasë, frikë, frike, kam frikë, kam frike, policia, polici, sulm
intent-help = ndihmë, ndihme, ku, afër, afer, pranë meje, prane meje, qendër, qender, strehë, strehe, strehëz, numër, numer, telefon, adresë, adrese, linjë ndihme
intent-rights = të drejta, te drejta, të drejtat, e drejtë, ligj, leje, leje qëndrimi, leje qendrimi, dokumente, letra, avokat, avokate, ligjore, azil, strehim politik
intent-talk = person, njeri, ndërmjetës, ndermjetes, ndërmjetëse, ndermjetese, flas, të flas, te flas, dua të flas, dikush, operator, operatore
intent-safety = siguri, i sigurt, e sigurt, fsheh, fshihem, sekret, dalje, dal, më kontrollon telefonin
intent-privacy = privatësi, privatesi, të dhëna, te dhena, të dhënat e mia, harro, më harro, me harro, fshi, fshij, fshi të gjitha
intent-menu = menu, menyja, fillo, fillim, start, përshëndetje, pershendetje, tung, ç'kemi, çkemi, mirëdita, miredita, pas, kthehu
intent-health = shëndet, shendet, mjek, mjeke, doktor, doktoreshë, spital, shtatzënë, shtatzene, barrë, e sëmurë, e semure, sëmurë, ilaç, ilaçe, ilac, barna
intent-forms = dhunë, dhune, abuzim, ngacmim, përndjekje, perndjekje, stalking, më ndjek, me ndjek, format e dhunës, format e dhunes
intent-sessions = seancë, seance, sesion, takim, takime, kurs, kurse, punëtori, puntori, ftesë, ftese
intent-assault = përdhunim, perdhunim, më përdhunoi, me perdhunoi, sulm seksual, dhunë seksuale, dhune seksuale, seks me forcë, seks me force, pilula e urgjencës, pilula e urgjences, pilula e ditës pas, pep
intent-leave = iki, dua të iki, dua te iki, ta lë, ta le, të largohem, te largohem, iki nga shtëpia, iki nga shtepia, arratisem, plan për të ikur, plan sigurie, çantë urgjence, canta urgjence, ku të fle, ku te fle
intent-phone = telegram, telefoni im, më kanë hakuar, hakuar, spiunon, më spiunon, fjalëkalim, fjalekalim, kod, pajisje, verifikim me dy hapa, fshirje automatike, lexon mesazhet e mia
intent-report = kallëzim, kallezim, denoncim, ankesë, ankese, urdhër mbrojtjeje, urdher mbrojtjeje, urdhër ndalimi, gjykatë, gjykate, gjyqtar, prokuror
intent-report-it = ammonimento, questore, codice rosso, kallëzim në itali, kallezim ne itali, pa dokumente në itali, pa dokumente ne itali
intent-report-es = orden de proteccion, denuncia, kallëzim në spanjë, kallezim ne spanje
intent-report-gr = kallëzim në greqi, kallezim ne greqi, mbrojtje në greqi, mbrojtje ne greqi
intent-aid = avokat falas, ndihmë ligjore, ndihme ligjore, ndihmë juridike, patrocinio
intent-money = para, pa para, nuk kam para, ndihmë ekonomike, ndihme ekonomike, të ardhura, te ardhura, asistencë sociale, reddito di liberta
intent-work = punë, pune, punëdhënës, punedhenes, shef, pronari, shfrytëzim, shfrytezim, trafikim, borxh, nuk më paguan, nuk me paguan, pa pagë, pa page, më morën pasaportën, me moren pasaporten, punë e detyruar
intent-fgm = gjymtim gjenital, gjymtim, prerje, synet, martesë e detyruar, martese e detyruar, martesë me zor, martese me zor, më martojnë me zor, me martojne me zor
