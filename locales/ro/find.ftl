# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 Ești în pericol acum? Sună mai întâi:
find-results-near = Ajutor lângă tine
find-results-in = Ajutor în
find-results-none = Nu am găsit nimic pentru această căutare. Aceste linii te ajută acum, gratuit:
find-example = DATE DE EXEMPLU pentru o demonstrație. Acesta nu este un serviciu real.
find-always-open = deschis zi și noapte
find-open-now = deschis acum
find-closed-now = închis acum
find-free = gratuit
# The seven days, Monday first, short, separated by spaces.
find-weekdays = Lun Mar Mie Joi Vin Sâm Dum
find-kind-choose = De ce fel de ajutor ai nevoie?
btn-map = 🗺️ Hartă
btn-more = ➡️ Mai mult
btn-kind = 🔎 Tipul de ajutor
btn-kind-all = Toate tipurile de ajutor
btn-filter-open = Deschis acum
btn-filter-language = Vorbește limba mea
btn-filter-free = Gratuit
btn-filter-24-7 = Zi și noapte
category-emergency = 🚨 Urgență
category-helpline = ☎️ Linii de ajutor
category-anti-violence-centre = 🤝 Centre împotriva violenței
category-shelter = 🏠 Adăposturi
category-anti-trafficking = ⛓️ Împotriva traficului de persoane
category-legal-aid = ⚖️ Ajutor juridic
category-health = 🏥 Îngrijire medicală
category-sexual-reproductive-health = 🌸 Sănătate sexuală și reproductivă
category-psychological-support = 💬 Sprijin psihologic
category-migrant-asylum = 📄 Migranți și azil
category-interpreting = 🗣️ Interpreți, mediatoare și mediatori
category-child-protection = 🧒 Protecția copiilor
category-police = 👮 Poliție
btn-places = 🏙️ Alege un oraș
find-place-choose = Alege un oraș sau o regiune:
find-checked = Informații verificate:
find-stale = Neverificate de peste un an: sună înainte să mergi.
