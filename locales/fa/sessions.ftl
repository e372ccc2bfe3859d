# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = جلسه‌های آینده در منطقه و زبان شما:
sessions-none = هنوز جلسه‌ای در منطقه و زبان شما برنامه‌ریزی نشده است.
sessions-subscribed = برای این موضوع‌ها دعوت‌نامه می‌گیرید:
sessions-ask = آیا می‌خواهید وقتی جلسه‌ی تازه‌ای نزدیک شما برگزار می‌شود، دعوت‌نامه بگیرید؟
sessions-consent =
    دعوت‌نامه‌ها: چه چیزی نگه می‌داریم

    اگر بله بگویید، موضوع‌ها و منطقه‌ای را که انتخاب می‌کنید، زبانتان، بی‌صدا بودن یا نبودن دعوت‌نامه‌ها و زمان موافقتتان را نگه می‌داریم. فقط برای فرستادن دعوت‌نامه از آن‌ها استفاده می‌کنیم.

    هر وقت بخواهید می‌توانید متوقف کنید: /stop بنویسید یا دکمه‌ی زیر یک دعوت‌نامه را بزنید. آن‌وقت انتخاب‌هایتان را پاک می‌کنیم.
sessions-topics = کدام موضوع‌ها برایتان مهم است؟ برای انتخاب بزنید، برای برداشتن دوباره بزنید. بعد «بعدی» را بزنید.
sessions-region = کجا زندگی می‌کنید؟
sessions-silent = دعوت‌نامه‌ها صدا داشته باشند؟ اگر کسی نزدیک شماست، بی‌صدا امن‌تر است. پیام‌های بی‌صدا هم ممکن است متنشان روی صفحه گوشی شما دیده شود.
sessions-done = انجام شد. برای این موضوع‌ها دعوت‌نامه می‌گیرید:
sessions-reminder-set = انجام شد. یک روز قبل به شما یادآوری می‌کنیم.
sessions-reminder-already = یادآوری از قبل تنظیم شده است.
sessions-reminder-late = این جلسه شروع شده یا دیگر وجود ندارد.
# Persian translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = یادآوری‌های این جلسه خاموش است.
sessions-reminder = ⏰ یادآوری: این جلسه فردا است.
btn-sessions-open = 📅 جلسه‌ها و دعوت‌نامه‌ها
btn-subscribe = 🔔 دعوت‌نامه می‌خواهم
btn-unsubscribe = 🔕 دیگر دعوت‌نامه نه
btn-change-topics = ✏️ تغییر انتخاب‌ها
btn-remind = ⏰ یادم بینداز
btn-consent-yes = ✅ بله، موافقم
btn-next = ➡️ بعدی
btn-sound = 🔔 با صدا
btn-silent = 🔕 بی‌صدا
topic-rights = ⚖️ حقوق
topic-health = 🩺 سلامت
topic-work = 💼 کار و آموزش
topic-language = 🗣️ کلاس زبان
topic-children = 🧒 کودکان
