# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 Je në rrezik tani? Telefono së pari:
find-results-near = Ndihmë pranë teje
find-results-in = Ndihmë në
find-results-none = Nuk gjetëm asgjë për këtë kërkim. Këto linja të ndihmojnë tani, falas:
find-example = TË DHËNA SHEMBULL për një demonstrim. Ky nuk është një shërbim i vërtetë.
find-always-open = hapur ditë e natë
find-open-now = hapur tani
find-closed-now = mbyllur tani
find-free = falas
# The seven days, Monday first, short, separated by spaces.
find-weekdays = Hën Mar Mër Enj Pre Sht Die
find-kind-choose = Çfarë lloj ndihme të duhet?
btn-map = 🗺️ Harta
btn-more = ➡️ Më shumë
btn-kind = 🔎 Lloji i ndihmës
btn-kind-all = Të gjitha llojet e ndihmës
btn-filter-open = Hapur tani
btn-filter-language = Flet gjuhën time
btn-filter-free = Falas
btn-filter-24-7 = Ditë e natë
category-emergency = 🚨 Urgjencë
category-helpline = ☎️ Linja ndihme
category-anti-violence-centre = 🤝 Qendra kundër dhunës
category-shelter = 🏠 Strehëza
category-anti-trafficking = ⛓️ Kundër trafikimit të njerëzve
category-legal-aid = ⚖️ Ndihmë ligjore
category-health = 🏥 Kujdes shëndetësor
category-sexual-reproductive-health = 🌸 Shëndeti seksual dhe riprodhues
category-psychological-support = 💬 Mbështetje psikologjike
category-migrant-asylum = 📄 Migrantë dhe azil
category-interpreting = 🗣️ Përkthyes, ndërmjetëse dhe ndërmjetës
category-child-protection = 🧒 Mbrojtja e fëmijëve
category-police = 👮 Policia
btn-places = 🏙️ Zgjidh një qytet
find-place-choose = Zgjidh një qytet ose një rajon:
find-checked = Informacioni u kontrollua:
find-stale = Nuk është kontrolluar prej më shumë se një viti: telefono para se të shkosh.
