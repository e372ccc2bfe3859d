# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Επόμενες συναντήσεις στην περιοχή σου και στη γλώσσα σου:
sessions-none = Δεν υπάρχουν ακόμη συναντήσεις στην περιοχή σου και στη γλώσσα σου.
sessions-subscribed = Παίρνεις προσκλήσεις για:
sessions-ask = Θέλεις πρόσκληση όταν γίνεται νέα συνάντηση κοντά σου;
sessions-consent =
    Προσκλήσεις: τι κρατάμε

    Αν πεις ναι, κρατάμε τα θέματα και την περιοχή που διαλέγεις, τη γλώσσα σου, αν οι προσκλήσεις έρχονται αθόρυβα και την ώρα που είπες ναι. Τα χρησιμοποιούμε μόνο για να σου στέλνουμε προσκλήσεις.

    Μπορείς να σταματήσεις όποτε θέλεις: γράψε /stop ή πάτα το κουμπί κάτω από μια πρόσκληση. Τότε σβήνουμε τις επιλογές σου.
sessions-topics = Ποια θέματα σε ενδιαφέρουν; Πάτα για να διαλέξεις, πάτα ξανά για να αφαιρέσεις. Μετά πάτα Επόμενο.
sessions-region = Πού μένεις;
sessions-silent = Να κάνουν ήχο οι προσκλήσεις; Αθόρυβα είναι πιο ασφαλές αν κάποιος είναι κοντά σου. Και τα αθόρυβα μηνύματα μπορεί να δείχνουν τα λόγια τους στην οθόνη του κινητού σου.
sessions-done = Έγινε. Θα παίρνεις προσκλήσεις για:
sessions-reminder-set = Έγινε. Θα σου το θυμίσουμε την προηγούμενη μέρα.
sessions-reminder-already = Η υπενθύμιση υπάρχει ήδη.
sessions-reminder-late = Αυτή η συνάντηση έχει ήδη αρχίσει ή δεν υπάρχει πια.
# Greek translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = Οι υπενθυμίσεις για αυτή τη συνάντηση είναι απενεργοποιημένες.
sessions-reminder = ⏰ Υπενθύμιση: αυτή η συνάντηση είναι αύριο.
btn-sessions-open = 📅 Συναντήσεις και προσκλήσεις
btn-subscribe = 🔔 Θέλω προσκλήσεις
btn-unsubscribe = 🔕 Τέλος οι προσκλήσεις
btn-change-topics = ✏️ Αλλαγή επιλογών
btn-remind = ⏰ Θύμισέ μου
btn-consent-yes = ✅ Ναι, συμφωνώ
btn-next = ➡️ Επόμενο
btn-sound = 🔔 Με ήχο
btn-silent = 🔕 Αθόρυβα
topic-rights = ⚖️ Δικαιώματα
topic-health = 🩺 Υγεία
topic-work = 💼 Δουλειά και κατάρτιση
topic-language = 🗣️ Μαθήματα γλώσσας
topic-children = 🧒 Παιδιά
