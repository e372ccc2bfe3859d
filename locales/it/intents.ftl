# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = pericolo, emergenza, sos, aiutami, urgente, mi picchia, picchiato, botte, mi vuole uccidere, mi ammazza, paura, ho paura, polizia, carabinieri, aggressione
intent-help = aiuto, dove, vicino, vicino a me, centro, centro antiviolenza, casa rifugio, rifugio, dove dormire, numero, telefono, indirizzo, numero verde
intent-rights = diritti, diritto, legge, permesso, permesso di soggiorno, soggiorno, documenti, carte, avvocato, avvocata, legale, asilo, questura
intent-talk = persona, parlare, parlare con qualcuno, qualcuno, mediatrice, mediatore, operatrice, operatore, umano, persona vera
intent-safety = sicurezza, sicura, al sicuro, nascondere, nascondi, segreto, uscire, uscita, esci, mi controlla il telefono
intent-privacy = privacy, dati, i miei dati, dimentica, dimenticami, cancella, cancellare, elimina, cancella tutto
intent-menu = menu, inizio, inizia, start, ciao, salve, buongiorno, indietro, torna
intent-health = salute, medico, dottore, ospedale, incinta, gravidanza, malata, sto male, medicine, farmaci, asl, stp, pronto soccorso
intent-forms = violenza, abuso, abusi, maltrattamenti, stalking, mi segue, forme di violenza
intent-sessions = incontro, incontri, riunione, corso, corsi, laboratorio, workshop, invito, sessione
intent-assault = stupro, violentata, mi ha violentata, violenza sessuale, abuso sessuale, pillola del giorno dopo, pillola, ellaone, pep, profilassi
intent-leave = lasciarlo, andare via, scappare, fuggire, andarmene, lasciare casa, piano di sicurezza, borsa, dove andare
intent-phone = telegram, il mio telefono, hackerato, spia, mi spia, password, codice di blocco, dispositivi, legge i miei messaggi
intent-report = denuncia, denunciare, querela, ordine di protezione, giudice, tribunale, pubblico ministero
intent-report-it = ammonimento, codice rosso, denunciare in italia, senza documenti, clandestina, irregolare, 10 bis
intent-report-es = orden de proteccion, denunciare in spagna
intent-report-gr = denunciare in grecia
intent-aid = avvocato gratis, gratuito patrocinio, patrocinio, aiuto legale, avvocato gratuito
intent-money = soldi, non ho soldi, reddito, reddito di liberta, sussidio, assegno, contributo
intent-work = lavoro, datore di lavoro, padrone, capo, sfruttamento, sfruttata, caporale, caporalato, debito, non mi pagano, passaporto, tratta, lavoro forzato
intent-fgm = mgf, mutilazione, mutilazioni genitali, infibulazione, circoncisione, matrimonio forzato, sposarmi, matrimonio, costretta a sposarmi
