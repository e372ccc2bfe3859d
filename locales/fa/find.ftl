# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Persian translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 الان در خطر هستید؟ اول تماس بگیرید:
find-results-near = کمک نزدیک شما
find-results-in = کمک در
find-results-none = برای این جستجو چیزی پیدا نکردیم. این خط‌ها همین الان و رایگان به شما کمک می‌کنند:
find-example = داده‌های نمونه برای نمایش. این یک خدمت واقعی نیست.
find-always-open = شبانه‌روزی باز است
find-open-now = الان باز است
find-closed-now = الان بسته است
find-free = رایگان
# The seven days, Monday first, short, separated by spaces.
find-weekdays = دوشنبه سه‌شنبه چهارشنبه پنج‌شنبه جمعه شنبه یکشنبه
find-kind-choose = به چه نوع کمکی نیاز دارید؟
btn-map = 🗺️ نقشه
btn-more = ➡️ بیشتر
btn-kind = 🔎 نوع کمک
btn-kind-all = همه انواع کمک
btn-filter-open = الان باز
btn-filter-language = به زبان من حرف می‌زنند
btn-filter-free = رایگان
btn-filter-24-7 = شبانه‌روزی
category-emergency = 🚨 اورژانس
category-helpline = ☎️ خطوط کمک
category-anti-violence-centre = 🤝 مراکز ضد خشونت
category-shelter = 🏠 خانه‌های امن
category-anti-trafficking = ⛓️ مبارزه با قاچاق انسان
category-legal-aid = ⚖️ کمک حقوقی
category-health = 🏥 خدمات درمانی
category-sexual-reproductive-health = 🌸 سلامت جنسی و باروری
category-psychological-support = 💬 حمایت روانی
category-migrant-asylum = 📄 مهاجرت و پناهندگی
category-interpreting = 🗣️ مترجم‌ها و میانجی‌ها
category-child-protection = 🧒 حمایت از کودکان
category-police = 👮 پلیس
btn-places = 🏙️ یک شهر انتخاب کنید
find-place-choose = یک شهر یا منطقه انتخاب کنید:
find-checked = تاریخ بررسی اطلاعات:
find-stale = بیش از یک سال است که بررسی نشده: قبل از رفتن تماس بگیرید.
