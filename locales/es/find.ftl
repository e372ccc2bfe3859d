# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Spanish translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 ¿Estás en peligro ahora? Llama primero:
find-results-near = Ayuda cerca de ti
find-results-in = Ayuda en
find-results-none = No hemos encontrado nada con esta búsqueda. Estas líneas te ayudan ahora, gratis:
find-example = DATOS DE EJEMPLO para una demostración. No es un servicio real.
find-always-open = abierto de día y de noche
find-open-now = abierto ahora
find-closed-now = cerrado ahora
find-free = gratis
# The seven days, Monday first, short, separated by spaces.
find-weekdays = lun mar mié jue vie sáb dom
find-kind-choose = ¿Qué tipo de ayuda necesitas?
btn-map = 🗺️ Mapa
btn-more = ➡️ Más
btn-kind = 🔎 Tipo de ayuda
btn-kind-all = Todos los tipos de ayuda
btn-filter-open = Abierto ahora
btn-filter-language = Habla mi idioma
btn-filter-free = Gratis
btn-filter-24-7 = De día y de noche
category-emergency = 🚨 Emergencias
category-helpline = ☎️ Líneas de ayuda
category-anti-violence-centre = 🤝 Centros de atención a la mujer
category-shelter = 🏠 Casas de acogida
category-anti-trafficking = ⛓️ Contra la trata
category-legal-aid = ⚖️ Ayuda legal
category-health = 🏥 Atención médica
category-sexual-reproductive-health = 🌸 Salud sexual y reproductiva
category-psychological-support = 💬 Apoyo psicológico
category-migrant-asylum = 📄 Migrantes y asilo
category-interpreting = 🗣️ Intérpretes, mediadoras y mediadores
category-child-protection = 🧒 Protección de la infancia
category-police = 👮 Policía
btn-places = 🏙️ Elige una ciudad
find-place-choose = Elige una ciudad o una región:
find-checked = Información comprobada:
find-stale = Sin comprobar desde hace más de un año: llama antes de ir.
