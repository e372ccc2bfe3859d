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
intent-forms = خشونت, آزار, سوءاستفاده, سو استفاده, قاچاق, ازدواج اجباری, ختنه, مزاحمت, تعقیب, تجاوز
intent-sessions = جلسه, جلسات, دیدار, کلاس, دوره, کارگاه, دعوت, آگاهی, آموزش
