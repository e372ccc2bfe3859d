# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = خطر, طوارئ, sos, ساعدوني, ساعدني, النجدة, الحقوني, يضربني, ضرب, يقتلني, خائفة, خايفة, شرطة, هجوم, khatar
intent-help = مساعدة, مساعده, أين, وين, قريب, مركز, دار إيواء, ملجأ, مأوى, رقم, هاتف, عنوان, خط ساخن, musaada, mosa3ada
intent-rights = حقوق, حقوقي, حقي, قانون, قانوني, إقامة, اقامة, تصريح, أوراق, اوراق, وثائق, محامي, محامية, لجوء, huquq
intent-talk = شخص, إنسان, انسان, وسيط, وسيطة, أتكلم, اتكلم, أحكي, احكي, أتحدث, اتحدث, أحد, حد, موظف
intent-safety = أمان, امان, آمن, أمن, اختباء, أختبئ, اختبئ, سري, سرية, خروج, اخرج, aman
intent-privacy = خصوصية, خصوصيه, بيانات, بياناتي, معلوماتي, انسوني, انسى, حذف, احذف, امسح, مسح
intent-menu = قائمة, قائمه, القائمة, ابدأ, ابدا, بداية, مرحبا, مرحبًا, السلام عليكم, سلام, أهلا, اهلا, رجوع, marhaba, salam
intent-health = صحة, صحه, طبيب, طبيبة, دكتور, دكتورة, مستشفى, مستشفي, حامل, حمل, مريضة, مريضه, دواء, دوا, tabib
intent-forms = عنف, إساءة, اساءة, اتجار, اتجار بالبشر, زواج قسري, زواج بالإكراه, ختان, ملاحقة, تحرش, اغتصاب, عنف جنسي
intent-sessions = جلسة, جلسات, جلسه, لقاء, اجتماع, دورة, دوره, ورشة, ورشه, دعوة, دعوه, توعية
