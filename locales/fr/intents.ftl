# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = danger, en danger, urgence, urgent, sos, au secours, aide moi, aidez moi, il me frappe, il me bat, frappée, frappee, tuer, il va me tuer, peur, j'ai peur, police, agression
intent-help = aide, aider, où aller, ou aller, près de moi, pres de moi, centre, foyer, hébergement, hebergement, numéro, numero, téléphone, telephone, adresse, ligne d'écoute, association
intent-rights = droits, droit, loi, titre de séjour, titre de sejour, séjour, sejour, papiers, documents, avocat, avocate, juridique, asile, régularisation, regularisation
intent-talk = parler, parler à quelqu'un, parler a quelqu un, personne, humain, médiateur, mediateur, médiatrice, mediatrice, quelqu'un, opérateur, operateur, interprète, interprete
intent-safety = sécurité, securite, en sécurité, cacher, me cacher, secret, discret, discrète, sortie, sortir, quitter
intent-privacy = vie privée, vie privee, confidentialité, confidentialite, données, donnees, oublier, oublie moi, effacer, supprimer
intent-menu = menu, début, debut, commencer, recommencer, bonjour, salut, coucou, retour
intent-health = santé, sante, médecin, medecin, docteur, hôpital, hopital, enceinte, grossesse, malade, médicament, medicament, soins
intent-forms = violence, violences, abus, maltraitance, harcèlement, harcelement, formes de violence
intent-sessions = séance, seance, réunion, reunion, atelier, formation, cours, invitation, sensibilisation
intent-assault = viol, violée, violee, il m'a violée, agression sexuelle, violence sexuelle, pilule du lendemain, pilule, pep, centre de crise
intent-leave = partir, le quitter, quitter la maison, fuir, m'enfuir, partir de chez moi, plan de sécurité, sac, où dormir, ou dormir
intent-phone = telegram, mon téléphone, mon telephone, piraté, pirate, espionne, il me surveille, mot de passe, code, appareils, il lit mes messages
intent-report = plainte, porter plainte, déposer plainte, ordonnance de protection, juge, tribunal, procureur
intent-report-it = ammonimento, plainte en italie, sans papiers en italie
intent-report-es = orden de proteccion, plainte en espagne
intent-report-gr = plainte en grèce, plainte en grece
intent-aid = avocat gratuit, aide juridictionnelle, aide juridique, avocat gratuit pour moi
intent-money = argent, pas d'argent, aide financière, aide financiere, allocation, revenu, revenu minimum
intent-work = travail, patron, employeur, exploitation, exploitée, exploitee, dette, pas payée, pas payee, passeport, traite, travail forcé
intent-fgm = mgf, excision, excisée, mutilation, mutilations génitales, mariage forcé, mariage force, me marier de force, mariage
