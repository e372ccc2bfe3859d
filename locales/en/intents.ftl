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
intent-forms = violence, abuse, trafficking, forced marriage, fgm, stalking, rape
intent-sessions = session, meeting, course, workshop, invitation
