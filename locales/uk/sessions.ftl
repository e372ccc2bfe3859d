# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Найближчі зустрічі у твоєму регіоні та твоєю мовою:
sessions-none = Поки що немає зустрічей у твоєму регіоні та твоєю мовою.
sessions-subscribed = Ти отримуєш запрошення про:
sessions-ask = Хочеш отримувати запрошення, коли поруч з тобою запланують нову зустріч?
sessions-consent =
    Запрошення: що ми зберігаємо

    Якщо ти скажеш так, ми збережемо теми й регіон, які ти вибереш, твою мову, чи приходять запрошення беззвучно, і час, коли ти погодилася. Ми використовуємо це лише для того, щоб надсилати тобі запрошення.

    Ти можеш зупинити це будь-коли: напиши /stop або натисни кнопку під запрошенням. Тоді ми видалимо твій вибір.
sessions-topics = Які теми тебе цікавлять? Натисни, щоб вибрати, натисни ще раз, щоб прибрати. Потім натисни «Далі».
sessions-region = Де ти живеш?
sessions-silent = Чи мають запрошення приходити зі звуком? Беззвучно безпечніше, якщо хтось поруч із тобою. Навіть беззвучні повідомлення можуть показувати свій текст на екрані телефона.
sessions-done = Готово. Ти отримуватимеш запрошення про:
sessions-reminder-set = Готово. Ми нагадаємо тобі напередодні.
sessions-reminder-already = Нагадування вже є.
sessions-reminder-late = Ця зустріч уже почалася або її більше немає.
# Ukrainian translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = Нагадування про цю зустріч вимкнено.
sessions-reminder = ⏰ Нагадування: ця зустріч завтра.
btn-sessions-open = 📅 Зустрічі та запрошення
btn-subscribe = 🔔 Отримувати запрошення
btn-unsubscribe = 🔕 Більше не надсилати
btn-change-topics = ✏️ Змінити вибір
btn-remind = ⏰ Нагадай мені
btn-consent-yes = ✅ Так, погоджуюся
btn-next = ➡️ Далі
btn-sound = 🔔 Зі звуком
btn-silent = 🔕 Беззвучно
topic-rights = ⚖️ Права
topic-health = 🩺 Здоров'я
topic-work = 💼 Робота й навчання
topic-language = 🗣️ Мовні курси
topic-children = 🧒 Діти
