# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Почати знову
cmd-menu = Головне меню
cmd-language = Змінити мову
cmd-help = Що роблять команди
cmd-exit = Швидкий вихід: видаляє останні повідомлення
cmd-forget = Видалити все, що ми зберігаємо про тебе
cmd-subscribe = Зустрічі та запрошення
cmd-stop = Зупинити всі оголошення
flood-notice = Ти надсилаєш багато повідомлень дуже швидко. Я відповім знову за хвилину. Якщо ти зараз у небезпеці, дзвони 112.
btn-share-location = 📍 Надіслати моє місцезнаходження
