# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Arabic translation of the English reference. DRAFT: not yet checked by a native speaker.
find-urgent = 🆘 في خطر الآن؟ اتصلي أولًا:
find-results-near = مساعدة قريبة منك
find-results-in = مساعدة في
find-results-none = لم نجد شيئًا في هذا البحث. هذه الخطوط تساعدك الآن، مجانًا:
find-example = بيانات مثال للعرض فقط. هذه ليست خدمة حقيقية.
find-always-open = مفتوح ليلًا ونهارًا
find-open-now = مفتوح الآن
find-closed-now = مغلق الآن
find-free = مجاني
# The seven days, Monday first, short, separated by spaces.
find-weekdays = الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
find-kind-choose = ما نوع المساعدة التي تحتاجينها؟
btn-map = 🗺️ خريطة
btn-more = ➡️ المزيد
btn-kind = 🔎 نوع المساعدة
btn-kind-all = كل أنواع المساعدة
btn-filter-open = مفتوح الآن
btn-filter-language = يتكلمون لغتي
btn-filter-free = مجاني
btn-filter-24-7 = ليلًا ونهارًا
category-emergency = 🚨 الطوارئ
category-helpline = ☎️ خطوط المساعدة
category-anti-violence-centre = 🤝 مراكز مكافحة العنف
category-shelter = 🏠 دور الإيواء
category-anti-trafficking = ⛓️ مكافحة الاتجار بالبشر
category-legal-aid = ⚖️ مساعدة قانونية
category-health = 🏥 الرعاية الصحية
category-sexual-reproductive-health = 🌸 الصحة الجنسية والإنجابية
category-psychological-support = 💬 الدعم النفسي
category-migrant-asylum = 📄 الهجرة واللجوء
category-interpreting = 🗣️ مترجمون ووسطاء ووسيطات ثقافيون
category-child-protection = 🧒 حماية الأطفال
category-police = 👮 الشرطة
btn-places = 🏙️ اختاري مدينة
find-place-choose = اختاري مدينة أو منطقة:
find-checked = تم التحقق من المعلومات:
find-stale = لم يتم التحقق منها منذ أكثر من سنة: اتصلي قبل أن تذهبي.
