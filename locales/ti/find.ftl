# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Tigrinya translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 ሕጂ ኣብ ሓደጋ ኣለኺ ዶ? ቅድም ደውሊ:
find-results-near = ኣብ ጥቓኺ ዘሎ ሓገዝ
find-results-in = ሓገዝ ኣብ
find-results-none = ነዚ ድሌት እዚ ዋላ ሓንቲ ኣይረኸብናን። እዞም መስመራት እዚኦም ሕጂ ብነጻ ይሕግዙኺ:
find-example = ኣብነታዊ ሓበሬታ፣ ንምርኢት ጥራይ። እዚ ሓቀኛ ኣገልግሎት ኣይኮነን።
find-always-open = ለይትን መዓልትን ክፉት
find-open-now = ሕጂ ክፉት
find-closed-now = ሕጂ ዕጹው
find-free = ብነጻ
# The seven days, Monday first, short, separated by spaces.
find-weekdays = ሰኑይ ሰሉስ ረቡዕ ሓሙስ ዓርቢ ቀዳም ሰንበት
find-kind-choose = እንታይ ዓይነት ሓገዝ የድልየኪ?
btn-map = 🗺️ ካርታ
btn-more = ➡️ ተወሳኺ
btn-kind = 🔎 ዓይነት ሓገዝ
btn-kind-all = ኩሉ ዓይነት ሓገዝ
btn-filter-open = ሕጂ ክፉት
btn-filter-language = ቋንቋይ ዝዛረቡ
btn-filter-free = ብነጻ
btn-filter-24-7 = ለይትን መዓልትን
category-emergency = 🚨 ህጹጽ
category-helpline = ☎️ መስመራት ሓገዝ
category-anti-violence-centre = 🤝 ማእከላት ኣንጻር ዓመጽ
category-shelter = 🏠 መዕቆቢታት
category-anti-trafficking = ⛓️ ኣንጻር ንግዲ ደቂ ሰባት
category-legal-aid = ⚖️ ሕጋዊ ሓገዝ
category-health = 🏥 ክንክን ጥዕና
category-sexual-reproductive-health = 🌸 ጾታዊን ወለዳውን ጥዕና
category-psychological-support = 💬 ስነ-ኣእምሮኣዊ ደገፍ
category-migrant-asylum = 📄 ስደተኛታትን ዑቕባን
category-interpreting = 🗣️ ተርጎምቲ፣ ሸምጋሊት ወይ ሸምጋሊ
category-child-protection = 🧒 ሓለዋ ቆልዑ
category-police = 👮 ፖሊስ
btn-places = 🏙️ ከተማ ምረጺ
find-place-choose = ከተማ ወይ ዞባ ምረጺ:
find-checked = ሓበሬታ ተረጋጊጹ:
find-stale = ልዕሊ ሓደ ዓመት ኣይተረጋገጸን: ቅድሚ ምኻድኪ ደውሊ።
