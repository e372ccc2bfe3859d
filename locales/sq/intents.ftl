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
intent-forms = dhunë, dhune, abuzim, trafikim, trafik, martesë e detyruar, martese e detyruar, martesë me zor, gjymtim gjenital, ngacmim, përndjekje, stalking, përdhunim, perdhunim
intent-sessions = seancë, seance, sesion, takim, takime, kurs, kurse, punëtori, puntori, ftesë, ftese
