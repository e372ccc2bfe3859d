# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Greek: many people type without tonos, or in Greeklish (Latin letters); both are included.

intent-danger = κινδυνεύω, κινδυνευω, κίνδυνος, κινδυνος, βοήθησέ με, βοηθηστε με, sos, επείγον, επειγον, με χτυπάει, με χτυπαει, με δέρνει, θα με σκοτώσει, θα με σκοτωσει, φοβάμαι, φοβαμαι, αστυνομία, αστυνομια, kindyneuo, fovamai
intent-help = βοήθεια, βοηθεια, voitheia, voithia, πού να πάω, κοντά μου, κοντα μου, κέντρο, κεντρο, ξενώνας, ξενωνας, τηλέφωνο, τηλεφωνο, αριθμός, αριθμος, διεύθυνση, γραμμή βοήθειας
intent-rights = δικαιώματα, δικαιωματα, δικαίωμα, νόμος, νομος, άδεια διαμονής, αδεια διαμονης, χαρτιά, χαρτια, έγγραφα, εγγραφα, δικηγόρος, δικηγορος, άσυλο, ασυλο, dikaiomata, xartia
intent-talk = άνθρωπος, ανθρωπος, να μιλήσω, να μιλησω, θέλω να μιλήσω, κάποιον, καποιον, διαμεσολαβητής, διαμεσολαβητρια, διερμηνέας, διερμηνεας, milisw, milao
intent-safety = ασφάλεια, ασφαλεια, ασφαλής, ασφαλης, κρυφά, κρυφα, μυστικό, μυστικο, έξοδος, εξοδος, να κρυφτώ, asfaleia
intent-privacy = απόρρητο, απορρητο, δεδομένα, δεδομενα, στοιχεία, στοιχεια, ξέχασέ με, ξεχασε με, διαγραφή, διαγραφη, σβήσε, σβησε, diagrafi
intent-menu = μενού, μενου, αρχή, αρχη, ξεκίνα, ξεκινα, γεια, γεια σου, γεια σας, καλημέρα, καλημερα, πίσω, πισω, menu, geia
intent-health = υγεία, υγεια, γιατρός, γιατρος, νοσοκομείο, νοσοκομειο, έγκυος, εγκυος, άρρωστη, αρρωστη, φάρμακο, φαρμακα, giatros
intent-forms = βία, βια, κακοποίηση, κακοποιηση, εμπορία ανθρώπων, trafficking, αναγκαστικός γάμος, αναγκαστικος γαμος, ακρωτηριασμός, ακρωτηριασμος, παρενόχληση, stalking, βιασμός, βιασμος, kakopoiisi
intent-sessions = συνάντηση, συναντηση, συναντήσεις, σεμινάριο, σεμιναριο, εργαστήριο, εργαστηριο, μάθημα, μαθημα, πρόσκληση, προσκληση, ενημέρωση, ενημερωση
