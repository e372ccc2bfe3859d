# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Greek translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 Κινδυνεύεις τώρα; Πάρε πρώτα τηλέφωνο:
find-results-near = Βοήθεια κοντά σου
find-results-in = Βοήθεια στην περιοχή:
find-results-none = Δεν βρήκαμε τίποτα με αυτή την αναζήτηση. Αυτές οι γραμμές σε βοηθούν τώρα, δωρεάν:
find-example = ΔΕΔΟΜΕΝΑ ΠΑΡΑΔΕΙΓΜΑΤΟΣ για επίδειξη. Δεν είναι πραγματική υπηρεσία.
find-always-open = ανοιχτό μέρα και νύχτα
find-open-now = ανοιχτό τώρα
find-closed-now = κλειστό τώρα
find-free = δωρεάν
# The seven days, Monday first, short, separated by spaces.
find-weekdays = Δευ Τρι Τετ Πεμ Παρ Σαβ Κυρ
find-kind-choose = Τι βοήθεια χρειάζεσαι;
btn-map = 🗺️ Χάρτης
btn-more = ➡️ Περισσότερα
btn-kind = 🔎 Είδος βοήθειας
btn-kind-all = Όλα τα είδη βοήθειας
btn-filter-open = Ανοιχτά τώρα
btn-filter-language = Μιλούν τη γλώσσα μου
btn-filter-free = Δωρεάν
btn-filter-24-7 = Μέρα και νύχτα
category-emergency = 🚨 Έκτακτη ανάγκη
category-helpline = ☎️ Γραμμές βοήθειας
category-anti-violence-centre = 🤝 Συμβουλευτικά κέντρα
category-shelter = 🏠 Ξενώνες φιλοξενίας
category-anti-trafficking = ⛓️ Κατά της εμπορίας ανθρώπων
category-legal-aid = ⚖️ Νομική βοήθεια
category-health = 🏥 Ιατρική φροντίδα
category-sexual-reproductive-health = 🌸 Σεξουαλική και αναπαραγωγική υγεία
category-psychological-support = 💬 Ψυχολογική υποστήριξη
category-migrant-asylum = 📄 Μετανάστευση και άσυλο
category-interpreting = 🗣️ Διερμηνείς, διαμεσολαβητές και διαμεσολαβήτριες
category-child-protection = 🧒 Προστασία παιδιών
category-police = 👮 Αστυνομία
btn-places = 🏙️ Διάλεξε πόλη
find-place-choose = Διάλεξε πόλη ή περιφέρεια:
find-checked = Οι πληροφορίες ελέγχθηκαν:
find-stale = Δεν έχουν ελεγχθεί για πάνω από έναν χρόνο: πάρε τηλέφωνο πριν πας.
