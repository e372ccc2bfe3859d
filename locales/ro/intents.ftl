# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Romanian. DRAFT: not yet checked by a native speaker.

intent-danger = pericol, urgență, urgenta, sos, ajutați-mă, ajutati-ma, ajutor urgent, mă bate, ma bate, bătaie, bataie, mă omoară, ma omoara, vrea să mă omoare, frică, frica, mi-e frică, mi-e frica, poliția, politia, atac, m-a lovit
intent-help = ajutor, unde, aproape, lângă mine, langa mine, centru, adăpost, adapost, unde să dorm, număr, numar, telefon, adresă, adresa, linie de ajutor
intent-rights = drepturi, drepturile mele, drept, lege, permis, permis de ședere, permis de sedere, ședere, sedere, acte, documente, hârtii, hartii, avocat, avocată, juridic, azil
intent-talk = persoană, persoana, om, mediator, mediatoare, vorbesc, să vorbesc, sa vorbesc, vreau să vorbesc, cineva, operator, operatoare
intent-safety = siguranță, siguranta, în siguranță, sigură, sigura, ascund, ascunde, secret, ieșire, iesire, ies, îmi controlează telefonul
intent-privacy = confidențialitate, confidentialitate, date, datele mele, uită-mă, uita-ma, uită, șterge, sterge, șterge tot, sterge tot
intent-menu = meniu, menu, start, început, inceput, bună, buna, salut, bună ziua, buna ziua, înapoi, inapoi
intent-health = sănătate, sanatate, doctor, medic, doctoriță, spital, gravidă, gravida, însărcinată, insarcinata, bolnavă, bolnava, medicamente, urgențe
intent-forms = violență, violenta, abuz, trafic, trafic de persoane, căsătorie forțată, casatorie fortata, mutilare genitală, excizie, hărțuire, hartuire, stalking, viol, mă urmărește, ma urmareste
intent-sessions = sesiune, sesiuni, întâlnire, intalnire, curs, cursuri, atelier, invitație, invitatie
