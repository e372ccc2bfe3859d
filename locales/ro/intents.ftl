# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Romanian. DRAFT: not yet checked by a native speaker.

intent-danger = pericol, urgență, urgenta, sos, ajutați-mă, ajutati-ma, ajutor urgent, mă bate, ma bate, bătaie, bataie, mă omoară, ma omoara, vrea să mă omoare, frică, frica, mi-e frică, mi-e frica, poliția, politia, atac, m-a lovit
intent-help = ajutor, unde, aproape, lângă mine, langa mine, centru, adăpost, adapost, număr, numar, telefon, adresă, adresa, linie de ajutor
intent-rights = drepturi, drepturile mele, drept, lege, permis, permis de ședere, permis de sedere, ședere, sedere, acte, documente, hârtii, hartii, avocat, avocată, juridic, azil
intent-talk = persoană, persoana, om, mediator, mediatoare, vorbesc, să vorbesc, sa vorbesc, vreau să vorbesc, cineva, operator, operatoare
intent-safety = siguranță, siguranta, în siguranță, sigură, sigura, ascund, ascunde, secret, ieșire, iesire, ies, îmi controlează telefonul
intent-privacy = confidențialitate, confidentialitate, date, datele mele, uită-mă, uita-ma, uită, șterge, sterge, șterge tot, sterge tot
intent-menu = meniu, menu, start, început, inceput, bună, buna, salut, bună ziua, buna ziua, înapoi, inapoi
intent-health = sănătate, sanatate, doctor, medic, doctoriță, spital, gravidă, gravida, însărcinată, insarcinata, bolnavă, bolnava, medicamente, urgențe
intent-forms = violență, violenta, abuz, abuzuri, hărțuire, hartuire, stalking, mă urmărește, ma urmareste, forme de violență, forme de violenta
intent-sessions = sesiune, sesiuni, întâlnire, intalnire, curs, cursuri, atelier, invitație, invitatie
intent-assault = viol, m-a violat, agresiune sexuală, agresiune sexuala, violență sexuală, violenta sexuala, sex forțat, sex fortat, pastila de urgență, pastila de urgenta, pastila de a doua zi, pep
intent-leave = plec, vreau să plec, vreau sa plec, să-l părăsesc, sa-l parasesc, plec de acasă, plec de acasa, fug, să fug, sa fug, plan de plecare, plan de siguranță, plan de siguranta, geantă de urgență, geanta de urgenta, unde să dorm, unde sa dorm
intent-phone = telegram, telefonul meu, spart, hack, mă spionează, ma spioneaza, spionaj, parolă, parola, cod de acces, dispozitive, verificare în doi pași, ștergere automată, stergere automata, îmi citește mesajele, imi citeste mesajele
intent-report = plângere, plangere, denunț, denunt, să fac plângere, ordin de protecție, ordin de protectie, ordin de restricție, ordin de restrictie, tribunal, judecător, judecator, procuror
intent-report-it = ammonimento, questore, codice rosso, plângere în italia, plangere in italia, fără acte în italia, fara acte in italia
intent-report-es = orden de proteccion, denuncia, plângere în spania, plangere in spania
intent-report-gr = plângere în grecia, plangere in grecia, protecție în grecia, protectie in grecia
intent-aid = avocat gratuit, avocat gratis, ajutor juridic, asistență juridică, asistenta juridica, patrocinio
intent-money = bani, nu am bani, ajutor social, venit, subvenție, subventie, alocație, alocatie, reddito di liberta
intent-work = muncă, munca, lucru, serviciu, șef, sef, patron, angajator, exploatare, exploatată, exploatata, trafic de persoane, datorie, nu mă plătește, nu ma plateste, fără salariu, fara salariu, mi-a luat pașaportul, mi-a luat pasaportul, muncă forțată, munca fortata
intent-fgm = mgf, mutilare genitală, mutilare genitala, excizie, circumcizie, căsătorie forțată, casatorie fortata, măritată cu forța, maritata cu forta, mă obligă să mă mărit, ma obliga sa ma marit
