# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.

language-name = العربية
language-choose = اختاري لغتك
draft-notice = ملاحظة: هذه الترجمة لم يراجعها بعدُ شخص لغته الأم هي العربية. إذا كان شيء غير واضح، اختاري لغة أخرى أو اتصلي بخط مساعدة.

welcome =
    إذا كنتِ في خطر الآن، اتصلي بالرقم 112.

    مرحبًا. هنا تجدين معلومات مجانية عن حقوقك وعن المساعدة ضد العنف، بلغتك.

    ⚠️ إذا كان شخص يستطيع أن يرى هاتفك، فهو يستطيع أن يقرأ هذه المحادثة. لحذفها: اضغطي مطولًا على المحادثة، ثم «حذف». زر «خروج سريع» يحذف رسائلنا الأخيرة.

    نحتفظ برقم لهذه المحادثة، وبلغتك، وبلدك، ومكانك في القائمة. وأيضًا بوقت ضغطك على «حسنًا»، وبآخر يوم كتبتِ فيه. لمدة { $exit_window_days ->
        [one] يوم واحد
        [two] يومين
        [few] { $exit_window_days } أيام
        [many] { $exit_window_days } يومًا
       *[other] { $exit_window_days } يوم
    }، نحتفظ بأرقام رسائلنا الأخيرة (وليس بكلماتها)، من أجل «خروج سريع».
    لا نحتفظ أبدًا باسمك، ولا برقم هاتفك، ولا بما تكتبينه. بعد { $inactive_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $inactive_months } أشهر
        [many] { $inactive_months } شهرًا
       *[other] { $inactive_months } شهر
    } بدون رسالة، نحذف كل شيء. الأمر /forget يحذف كل شيء الآن.
btn-agree = ✅ حسنًا، متابعة
btn-decline = ❌ لا، لا تحتفظوا بشيء

menu = ماذا تحتاجين؟ اختاري زرًّا.
btn-danger = 🆘 أنا في خطر الآن
btn-find-help = 📍 مساعدة قريبة مني
btn-rights = ⚖️ أعرف حقوقي
btn-talk = 💬 التحدث مع شخص
btn-sessions = 📅 جلسات التوعية
btn-safety = 🛡️ الأمان / خروج سريع
btn-privacy = 🔒 الخصوصية وحذف بياناتي
btn-language = 🌐 اللغة

btn-back = ⬅️ رجوع
btn-menu = 🏠 القائمة
btn-exit = 🚪 خروج سريع

help-commands =
    يمكنك استعمال هذه الأوامر في أي وقت:
    /menu: القائمة الرئيسية
    /human: التحدث مع شخص
    /end: إنهاء المحادثة مع شخص
    /language: تغيير اللغة
    /exit: خروج سريع، يحذف رسائلنا الأخيرة
    /forget: حذف كل ما نحتفظ به عنك
    /subscribe: الجلسات والدعوات
    /stop: إيقاف كل الإعلانات
    /help: هذه القائمة

    إذا كنتِ في خطر الآن، اتصلي بالرقم 112.
not-understood = عذرًا، لم أفهم. من فضلك اختاري زرًّا. إذا كنتِ في خطر الآن، اتصلي بالرقم 112.
unsupported-media = عذرًا، أستطيع أن أقرأ النصوص والأزرار فقط. من فضلك اختاري زرًّا. إذا كنتِ في خطر الآن، اتصلي بالرقم 112.
location-used = شكرًا. استعملنا موقعك مرة واحدة لنجد المساعدة، ولم نحتفظ به.
exit-done = تم.
stop-done = لن تصلك منا أي إعلانات.
forget-done = تم حذف كل شيء عنك. إذا كتبتِ مرة أخرى، نبدأ من البداية. إذا كنتِ في خطر الآن، اتصلي بالرقم 112.
