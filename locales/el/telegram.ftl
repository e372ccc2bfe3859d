# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Ξεκίνα από την αρχή
cmd-menu = Κύριο μενού
cmd-language = Αλλαγή γλώσσας
cmd-help = Τι κάνουν οι εντολές
cmd-exit = Γρήγορη έξοδος: διαγράφει τα πρόσφατα μηνύματα
cmd-forget = Διαγραφή όλων όσων κρατάμε για σένα
cmd-subscribe = Συναντήσεις και προσκλήσεις
cmd-stop = Σταμάτα όλες τις ανακοινώσεις
flood-notice = Στέλνεις πολλά μηνύματα πολύ γρήγορα. Θα σου απαντήσω ξανά σε ένα λεπτό. Αν κινδυνεύεις τώρα, κάλεσε το 112.
btn-share-location = 📍 Στείλε την τοποθεσία μου
