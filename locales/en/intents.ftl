# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = danger, emergency, sos, help me, urgent, hit, beat, beating, kill, afraid, scared, police, attack
intent-help = help, where, near, nearby, centre, center, shelter, number, phone, address, hotline
intent-rights = rights, right, law, permit, residence, papers, documents, lawyer, legal, asylum
intent-talk = person, human, mediator, talk, speak, someone, operator
intent-safety = safe, safety, hide, secret, exit
intent-privacy = privacy, data, forget, erase, delete
intent-menu = menu, start, hello, hi, back
intent-health = health, doctor, hospital, pregnant, sick, medicine
intent-forms = violence, abuse, stalking, forms of violence
intent-sessions = session, meeting, course, workshop, invitation
intent-assault = rape, raped, he raped me, sexual assault, sexual violence, forced sex, emergency pill, morning after pill, pep
intent-leave = leave, leave him, leave home, escape, run away, plan to leave, safety plan, emergency bag, where to sleep
intent-phone = telegram, my phone, hacked, spy, spying, password, passcode, devices, two-step, auto-delete, reads my messages
intent-report = report, reporting, complaint, protection order, restraining order, court, judge, prosecutor
intent-report-it = ammonimento, questore, codice rosso, report in italy, without papers in italy
intent-report-es = orden de proteccion, denuncia, report in spain
intent-report-gr = report in greece, protection in greece
intent-aid = free lawyer, legal aid, legal help, patrocinio
intent-money = money, no money, benefit, income, subsidy, allowance, reddito di liberta
intent-work = work, job, boss, employer, exploitation, exploited, trafficking, trafficked, debt, not paid, no pay, passport taken, forced labour
intent-fgm = fgm, mutilation, cutting, circumcision, forced marriage, marry, married by force, forced to marry
