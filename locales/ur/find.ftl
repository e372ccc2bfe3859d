# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Urdu translation of the English reference. DRAFT: not yet checked by a native speaker.
# "find-results-in" comes before the place name (the bot adds it after), so it ends in a colon.
find-urgent = 🆘 کیا آپ ابھی خطرے میں ہیں؟ پہلے کال کریں:
find-results-near = آپ کے قریب مدد
find-results-in = مدد اس جگہ پر:
find-results-none = اس تلاش میں ہمیں کچھ نہیں ملا۔ یہ لائنیں ابھی آپ کی مدد کرتی ہیں، مفت:
find-example = مثال کا ڈیٹا، صرف دکھانے کے لیے۔ یہ اصل سروس نہیں ہے۔
find-always-open = دن رات کھلا ہے
find-open-now = ابھی کھلا ہے
find-closed-now = ابھی بند ہے
find-free = مفت
# The seven days, Monday first, short, separated by spaces.
find-weekdays = پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار
find-kind-choose = آپ کو کس قسم کی مدد چاہیے؟
btn-map = 🗺️ نقشہ
btn-more = ➡️ مزید
btn-kind = 🔎 مدد کی قسم
btn-kind-all = ہر قسم کی مدد
btn-filter-open = ابھی کھلا ہے
btn-filter-language = میری زبان بولتے ہیں
btn-filter-free = مفت
btn-filter-24-7 = دن رات
category-emergency = 🚨 ایمرجنسی
category-helpline = ☎️ ہیلپ لائنز
category-anti-violence-centre = 🤝 تشدد کے خلاف مراکز
category-shelter = 🏠 پناہ گاہیں
category-anti-trafficking = ⛓️ انسانی اسمگلنگ کے خلاف
category-legal-aid = ⚖️ قانونی مدد
category-health = 🏥 صحت کی دیکھ بھال
category-sexual-reproductive-health = 🌸 جنسی اور تولیدی صحت
category-psychological-support = 💬 نفسیاتی مدد
category-migrant-asylum = 📄 تارکین وطن اور پناہ
category-interpreting = 🗣️ ترجمان، خاتون اور مرد ثالث
category-child-protection = 🧒 بچوں کا تحفظ
category-police = 👮 پولیس
btn-places = 🏙️ شہر چنیں
find-place-choose = شہر یا علاقہ چنیں:
find-checked = معلومات کی جانچ کی گئی:
find-stale = ایک سال سے زیادہ سے جانچ نہیں ہوئی: جانے سے پہلے کال کریں۔
