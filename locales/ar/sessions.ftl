# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = الجلسات القادمة في منطقتك وبلغتك:
sessions-none = لا توجد جلسات بعد في منطقتك وبلغتك.
sessions-subscribed = تصلك دعوات عن:
sessions-ask = هل تريدين دعوة عندما تكون هناك جلسة جديدة قريبة منك؟
sessions-consent =
    الدعوات: ماذا نحفظ

    إذا قلت نعم، نحفظ المواضيع والمنطقة التي تختارينها، ولغتك، وهل تصل الدعوات بصمت، ووقت موافقتك. نستخدمها فقط لنرسل لك الدعوات.

    يمكنك التوقف في أي وقت: اكتبي /stop أو اضغطي الزر تحت أي دعوة. عندها نحذف اختياراتك.
sessions-topics = ما المواضيع التي تهمك؟ اضغطي للاختيار، واضغطي مرة أخرى للإزالة. ثم اضغطي التالي.
sessions-region = أين تعيشين؟
sessions-silent = هل تريدين أن تصل الدعوات بصوت؟ الصمت أكثر أمانًا إذا كان شخص ما قريبًا منك. الرسائل الصامتة قد تُظهر كلماتها على شاشة هاتفك أيضًا.
sessions-done = تم. ستصلك دعوات عن:
sessions-reminder-set = تم. سنذكّرك في اليوم السابق.
sessions-reminder-already = التذكير موجود بالفعل.
sessions-reminder-late = هذه الجلسة بدأت بالفعل أو لم تعد موجودة.
# Arabic translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = التذكيرات لهذه الجلسة متوقفة.
sessions-reminder = ⏰ تذكير: هذه الجلسة غدًا.
btn-sessions-open = 📅 الجلسات والدعوات
btn-subscribe = 🔔 أريد دعوات
btn-unsubscribe = 🔕 أوقفي الدعوات
btn-change-topics = ✏️ تغيير اختياراتي
btn-remind = ⏰ ذكّريني
btn-consent-yes = ✅ نعم، أوافق
btn-next = ➡️ التالي
btn-sound = 🔔 بصوت
btn-silent = 🔕 بصمت
topic-rights = ⚖️ الحقوق
topic-health = 🩺 الصحة
topic-work = 💼 العمل والتدريب
topic-language = 🗣️ دروس اللغة
topic-children = 🧒 الأطفال
