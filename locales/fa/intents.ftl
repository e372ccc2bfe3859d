# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = خطر, اورژانس, فوری, sos, کمکم کنید, کمکم کن, کتک, منو میزنه, منو میکشه, میترسم, می‌ترسم, پلیس, حمله, khatar, komakam kon
intent-help = کمک, کجا, نزدیک, نزدیک من, مرکز, خانه امن, پناهگاه, شماره, تلفن, آدرس, خط کمک, komak
intent-rights = حقوق, حق, حقوقم, قانون, اقامت, اجازه اقامت, مدارک, کارت, وکیل, حقوقی, پناهندگی, پناهنده, hoghoogh, eghamat
intent-talk = یک نفر, کسی, آدم, انسان, میانجی, صحبت, صحبت کنم, حرف, حرف بزنم, اپراتور, مشاور, harf
intent-safety = امنیت, امن, ایمن, مخفی, پنهان, قایم, خروج, بیرون, amniat
intent-privacy = حریم خصوصی, اطلاعات, اطلاعاتم, داده, فراموش, فراموشم کن, پاک کن, پاک کردن, حذف, delete
intent-menu = منو, شروع, سلام, درود, بازگشت, برگشت, salam, menu
intent-health = سلامت, بهداشت, دکتر, پزشک, بیمارستان, باردار, حامله, مریض, بیمار, دارو, doktor
intent-forms = خشونت, آزار, سوءاستفاده, سو استفاده, مزاحمت, تعقیب, انواع خشونت
intent-sessions = جلسه, جلسات, دیدار, کلاس, دوره, کارگاه, دعوت, آگاهی, آموزش
intent-assault = تجاوز, تجاوز جنسی, به من تجاوز کرد, آزار جنسی, خشونت جنسی, قرص اورژانسی, قرص فردا صبح, pep
intent-leave = ترک کردن, ترکش کنم, فرار, فرار کنم, برم, از خانه بروم, برنامه امنیتی, کیف, کجا بخوابم
intent-phone = تلگرام, telegram, گوشی من, گوشیم, هک, هک شده, جاسوسی, رمز, رمز عبور, دستگاه ها, پیام هایم را می خواند
intent-report = گزارش, شکایت, شکایت کنم, حکم حمایتی, قاضی, دادگاه, دادستان
intent-report-it = ammonimento, گزارش در ایتالیا, بدون مدرک در ایتالیا
intent-report-es = orden de proteccion, گزارش در اسپانیا
intent-report-gr = گزارش در یونان
intent-aid = وکیل رایگان, وکیل مجانی, کمک حقوقی, مشاوره حقوقی
intent-money = پول, پول ندارم, کمک مالی, درآمد, یارانه, مستمری
intent-work = کار, کارفرما, رئیس, بهره کشی, بهره‌کشی, استثمار, بدهی, حقوقم را نمی دهند, پاسپورتم را گرفتند, پاسپورت, قاچاق, قاچاق انسان, کار اجباری
intent-fgm = ختنه, ختنه زنان, ناقص سازی, ازدواج اجباری, ازدواج زوری, مجبورم می کنند ازدواج کنم, ازدواج
