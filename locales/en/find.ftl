# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
find-urgent = 🆘 In danger now? Call first:
find-results-near = Help near you
find-results-in = Help in
find-results-none = We found nothing for this search. These lines help you now, for free:
find-example = EXAMPLE DATA for a demonstration. This is not a real service.
find-always-open = open day and night
find-open-now = open now
find-closed-now = closed now
find-free = free
# The seven days, Monday first, short, separated by spaces.
find-weekdays = Mon Tue Wed Thu Fri Sat Sun
find-kind-choose = What kind of help do you need?
btn-map = 🗺️ Map
btn-more = ➡️ More
btn-kind = 🔎 Kind of help
btn-kind-all = All kinds of help
btn-filter-open = Open now
btn-filter-language = Speaks my language
btn-filter-free = Free
btn-filter-24-7 = Day and night
category-emergency = 🚨 Emergency
category-helpline = ☎️ Helplines
category-anti-violence-centre = 🤝 Anti-violence centres
category-shelter = 🏠 Shelters
category-anti-trafficking = ⛓️ Against trafficking
category-legal-aid = ⚖️ Legal help
category-health = 🏥 Health care
category-sexual-reproductive-health = 🌸 Sexual and reproductive health
category-psychological-support = 💬 Psychological support
category-migrant-asylum = 📄 Migrants and asylum
category-interpreting = 🗣️ Interpreters and mediators
category-child-protection = 🧒 Child protection
category-police = 👮 Police
btn-places = 🏙️ Choose a town
find-place-choose = Choose a town or a region:
