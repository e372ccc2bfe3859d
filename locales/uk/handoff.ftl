# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Ukrainian translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    Дякуємо. Медіатор, який говорить твоєю мовою, напише тобі тут, у цьому чаті.
    Медіатор не побачить твоє ім’я, ім’я користувача або номер телефону.
    Ти можеш писати вже зараз. Ми передамо твої повідомлення, коли медіатор приєднається.
handoff-case-number = Номер твого звернення:
handoff-queue-place = Твоє місце в черзі:
handoff-urgent = Якщо ти зараз у небезпеці, дзвони на 112. Це безкоштовно.
handoff-already = Ти вже чекаєш на медіатора. Ти можеш писати тут уже зараз.
handoff-hours = Медіатори відповідають у такий час:
handoff-hours-later = Зараз тут нікого немає. Твої повідомлення чекатимуть на медіатора. Якщо ти не можеш чекати, подзвони на гарячу лінію зараз.
handoff-joined = Медіатор уже тут. Пиши тут, у цьому чаті. Натисни «Завершити чат», коли захочеш зупинитися.
handoff-in-chat = Ти спілкуєшся з медіатором. Пиши тут. Натисни «Завершити чат», щоб зупинитися і повернутися до меню.
handoff-escalated = Вибач, поки що ніхто не вільний. Ми далі шукаємо медіатора. Якщо ти не можеш чекати, подзвони на гарячу лінію зараз:
handoff-mediator-left = Медіаторові довелося піти. Ми шукаємо іншого медіатора. Твої повідомлення чекатимуть тут.
handoff-not-passed = Вибач, таке повідомлення ми не можемо передати. Будь ласка, напиши його текстом або надішли фото, голосове повідомлення чи файл.
handoff-ended = Чат із медіатором завершено. Ти можеш знову попросити поговорити з людиною будь-коли.
handoff-closed-by-mediator = Медіатор завершив чат. Ти можеш знову попросити поговорити з людиною будь-коли.
handoff-rate = Чи допоміг тобі цей чат? Ти не мусиш відповідати. Твоя відповідь — без імені.
handoff-thanks = Дякуємо за відповідь.
handoff-unavailable = Чат із медіатором у цьому боті ще не працює.
btn-talk-here = 💬 Чат із медіатором тут
btn-end-chat = ✖️ Завершити чат
btn-helplines = ☎️ Гарячі лінії
btn-rate-good = 👍 Так
btn-rate-some = 🙂 Трохи
btn-rate-bad = 👎 Ні
cmd-human = Поговорити з людиною
