# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Italian translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 Sei in pericolo adesso? Chiama prima:
find-results-near = Aiuto vicino a te
find-results-in = Aiuto in zona
find-results-none = Non abbiamo trovato niente con questa ricerca. Queste linee ti aiutano subito, gratis:
find-example = DATI DI ESEMPIO per una dimostrazione. Questo non è un servizio vero.
find-always-open = aperto giorno e notte
find-open-now = aperto adesso
find-closed-now = chiuso adesso
find-free = gratis
# The seven days, Monday first, short, separated by spaces.
find-weekdays = lun mar mer gio ven sab dom
find-kind-choose = Che tipo di aiuto ti serve?
btn-map = 🗺️ Mappa
btn-more = ➡️ Altri
btn-kind = 🔎 Tipo di aiuto
btn-kind-all = Tutti i tipi di aiuto
btn-filter-open = Aperto adesso
btn-filter-language = Parla la mia lingua
btn-filter-free = Gratis
btn-filter-24-7 = Giorno e notte
category-emergency = 🚨 Emergenza
category-helpline = ☎️ Linee di aiuto
category-anti-violence-centre = 🤝 Centri antiviolenza
category-shelter = 🏠 Case rifugio
category-anti-trafficking = ⛓️ Contro la tratta
category-legal-aid = ⚖️ Aiuto legale
category-health = 🏥 Cure mediche
category-sexual-reproductive-health = 🌸 Salute sessuale e riproduttiva
category-psychological-support = 💬 Sostegno psicologico
category-migrant-asylum = 📄 Migranti e asilo
category-interpreting = 🗣️ Interpreti, mediatrici e mediatori culturali
category-child-protection = 🧒 Protezione dei bambini
category-police = 👮 Polizia
btn-places = 🏙️ Scegli una città
find-place-choose = Scegli una città o una regione:
find-checked = Informazioni controllate:
find-stale = Non controllate da più di un anno: chiama prima di andare.
