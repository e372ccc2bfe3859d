# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Ukrainian translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 Ти зараз у небезпеці? Спершу подзвони:
find-results-near = Допомога поруч із тобою
find-results-in = Допомога тут:
find-results-none = Ми нічого не знайшли за цим пошуком. Ці лінії допоможуть тобі зараз, безкоштовно:
find-example = ПРИКЛАД ДАНИХ для демонстрації. Це не справжня служба.
find-always-open = працює вдень і вночі
find-open-now = зараз відчинено
find-closed-now = зараз зачинено
find-free = безкоштовно
# The seven days, Monday first, short, separated by spaces.
find-weekdays = пн вт ср чт пт сб нд
find-kind-choose = Яка допомога тобі потрібна?
btn-map = 🗺️ Мапа
btn-more = ➡️ Ще
btn-kind = 🔎 Вид допомоги
btn-kind-all = Усі види допомоги
btn-filter-open = Відчинено зараз
btn-filter-language = Говорять моєю мовою
btn-filter-free = Безкоштовно
btn-filter-24-7 = Вдень і вночі
category-emergency = 🚨 Екстрена допомога
category-helpline = ☎️ Гарячі лінії
category-anti-violence-centre = 🤝 Центри протидії насильству
category-shelter = 🏠 Притулки
category-anti-trafficking = ⛓️ Протидія торгівлі людьми
category-legal-aid = ⚖️ Юридична допомога
category-health = 🏥 Медична допомога
category-sexual-reproductive-health = 🌸 Сексуальне і репродуктивне здоров’я
category-psychological-support = 💬 Психологічна підтримка
category-migrant-asylum = 📄 Міграція і статус біженки
category-interpreting = 🗣️ Перекладачі, медіатори й медіаторки
category-child-protection = 🧒 Захист дітей
category-police = 👮 Поліція
btn-places = 🏙️ Обери місто
find-place-choose = Обери місто або регіон:
find-checked = Інформацію перевірено:
find-stale = Не перевіряли понад рік: подзвони, перш ніж іти.
