# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = pericolo, emergenza, sos, aiutami, urgente, mi picchia, picchiato, botte, mi vuole uccidere, mi ammazza, paura, ho paura, polizia, carabinieri, aggressione
intent-help = aiuto, dove, vicino, vicino a me, centro, centro antiviolenza, casa rifugio, rifugio, dove dormire, numero, telefono, indirizzo, numero verde
intent-rights = diritti, diritto, legge, permesso, permesso di soggiorno, soggiorno, documenti, carte, avvocato, avvocata, legale, asilo, questura, denuncia
intent-talk = persona, parlare, parlare con qualcuno, qualcuno, mediatrice, mediatore, operatrice, operatore, umano, persona vera
intent-safety = sicurezza, sicura, al sicuro, nascondere, nascondi, segreto, uscire, uscita, esci, mi controlla il telefono
intent-privacy = privacy, dati, i miei dati, dimentica, dimenticami, cancella, cancellare, elimina, cancella tutto
intent-menu = menu, inizio, inizia, start, ciao, salve, buongiorno, indietro, torna
intent-health = salute, medico, dottore, ospedale, incinta, gravidanza, malata, sto male, medicine, farmaci, asl, stp, pronto soccorso
intent-forms = violenza, abuso, abusi, maltrattamenti, tratta, matrimonio forzato, mgf, mutilazione, infibulazione, stalking, stupro, violenza sessuale, mi segue
intent-sessions = incontro, incontri, riunione, corso, corsi, laboratorio, workshop, invito, sessione
