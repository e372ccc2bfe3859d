# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Urdu. DRAFT: not yet checked by a native speaker. Urdu script and Roman Urdu (many type
# Urdu in Latin letters); some words also with Arabic heh (ه), as some keyboards type it.

intent-danger = خطرہ, خطره, خطرے, ایمرجنسی, فوری, sos, بچاؤ, بچاو, میری مدد کرو, مدد کرو, مارتا ہے, مار رہا ہے, مار ڈالے گا, جان سے مار دے گا, ڈر لگ رہا ہے, ڈرتی ہوں, پولیس, حملہ, bachao, bachaw, khatra, khatrah, emergency, maarta hai, marta hai, maar dega, dar lag raha hai, police, hamla
intent-help = مدد, کہاں, قریب, نزدیک, میرے قریب, مرکز, پناہ گاہ, رہنے کی جگہ, نمبر, فون, پتہ, ایڈریس, ہیلپ لائن, madad, kahan, kahaan, qareeb, kareeb, helpline, number
intent-rights = حقوق, حق, میرے حقوق, قانون, اجازت نامہ, پرمٹ, رہائش, ویزا, کاغذات, دستاویزات, وکیل, قانونی, پناہ, اسائلم, haq, huqooq, huqoq, qanoon, kanoon, kaghzat, kagzat, permit, wakeel, vakeel, asylum
intent-talk = انسان, شخص, ثالث, بات کرنی ہے, بات کرنا ہے, کسی سے بات, کسی انسان سے بات, آپریٹر, baat karni hai, kisi se baat, insaan, insan
intent-safety = حفاظت, محفوظ, چھپنا, چھپانا, چھپاؤ, راز, خفیہ, باہر نکلنا, نکلنا, hifazat, hefazat, mehfooz, mahfooz, chupana, chhupana
intent-privacy = رازداری, پرائیویسی, ڈیٹا, میری معلومات, بھول جاؤ, مجھے بھول جاؤ, مٹاؤ, مٹا دو, ڈیلیٹ, حذف, privacy, data, delete, mita do, mitao
intent-menu = مینو, شروع, سلام, السلام علیکم, ہیلو, واپس, menu, start, salam, assalam o alaikum, aoa, hello, wapas
intent-health = صحت, ڈاکٹر, ہسپتال, اسپتال, حاملہ, حمل, بیمار, دوا, دوائی, علاج, sehat, doctor, daktar, hospital, haspatal, hamila, haamla, bimar, beemar, dawai, dawa
intent-forms = تشدد, زیادتی, بدسلوکی, پیچھا کرتا ہے, ہراسانی, ہراساں, تشدد کی قسمیں, tashaddud, tashadud, zulm, harassment
intent-sessions = نشست, نشستیں, سیشن, ملاقات, میٹنگ, کورس, ورکشاپ, دعوت, دعوت نامہ, session, meeting, course, workshop
intent-assault = ریپ, زنا بالجبر, میرا ریپ ہوا, اس نے میرا ریپ کیا, جنسی زیادتی, جنسی تشدد, زبردستی سیکس, ایمرجنسی گولی, صبح کی گولی, pep, rape, jinsi ziyadti, emergency pill
intent-leave = چھوڑنا ہے, اسے چھوڑنا ہے, گھر چھوڑنا, بھاگنا, بھاگ جانا, نکلنا ہے, جانے کا منصوبہ, حفاظتی منصوبہ, ایمرجنسی بیگ, کہاں سوؤں, ghar chorna, bhagna, bhaag jana
intent-phone = ٹیلیگرام, میرا فون, ہیک, ہیک ہو گیا, جاسوسی, پاس ورڈ, پاس کوڈ, ڈیوائس, ٹو اسٹیپ, آٹو ڈیلیٹ, میرے پیغام پڑھتا ہے, telegram, mera phone, hack, password
intent-report = رپورٹ, شکایت, پرچہ, ایف آئی آر, حفاظتی حکم, عدالت, کورٹ, جج, سرکاری وکیل, report, shikayat, parcha, court
intent-report-it = ammonimento, questore, codice rosso, اٹلی میں رپورٹ, اٹلی میں کاغذات کے بغیر, italy mein report
intent-report-es = orden de proteccion, denuncia, اسپین میں رپورٹ, spain mein report
intent-report-gr = یونان میں رپورٹ, یونان میں تحفظ, greece mein report
intent-aid = مفت وکیل, قانونی مدد, قانونی امداد, patrocinio, muft wakeel, free lawyer
intent-money = پیسے, پیسے نہیں, پیسہ, رقم, امداد, آمدنی, وظیفہ, الاؤنس, paise, paisay, paisa, reddito di liberta
intent-work = کام, نوکری, مالک, باس, آجر, استحصال, انسانی اسمگلنگ, اسمگلنگ, قرض, تنخواہ نہیں, تنخواہ نہیں دیتا, پاسپورٹ لے لیا, جبری مشقت, kaam, naukri, malik, qarz, tankhwah nahi, passport le liya
intent-fgm = ختنہ, ختنه, لڑکیوں کا ختنہ, fgm, زبردستی کی شادی, زبردستی شادی, جبری شادی, میری زبردستی شادی, zabardasti ki shadi, zabardasti shadi, khatna
