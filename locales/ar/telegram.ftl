# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = ابدئي من جديد
cmd-menu = القائمة الرئيسية
cmd-language = تغيير اللغة
cmd-help = ماذا تفعل الأوامر
cmd-exit = خروج سريع: يحذف الرسائل الأخيرة
cmd-forget = احذفي كل ما نحتفظ به عنك
cmd-subscribe = الجلسات والدعوات
cmd-stop = أوقفي كل الإعلانات
flood-notice = أنتِ ترسلين رسائل كثيرة بسرعة كبيرة. سأجيبك مرة أخرى بعد دقيقة. إذا كنتِ في خطر الآن، اتصلي بالرقم 112.
btn-share-location = 📍 أرسلي موقعي
