# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Arabic translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    شكرًا. سيكتب لكِ وسيط يتكلم لغتك هنا، في هذه المحادثة.
    لن يرى الوسيط اسمك، ولا اسم المستخدم الخاص بك، ولا رقم هاتفك.
    يمكنك أن تكتبي الآن. سننقل رسائلك إلى الوسيط عندما يصل.
handoff-case-number = رقم طلبك:
handoff-queue-place = ترتيبك في قائمة الانتظار:
handoff-urgent = إذا كنتِ في خطر الآن، اتصلي بالرقم 112. الاتصال مجاني.
handoff-already = أنتِ تنتظرين وسيطًا بالفعل. يمكنك أن تكتبي هنا الآن.
handoff-hours = يرد الوسطاء في هذه الأوقات:
handoff-hours-later = لا يوجد أحد الآن. رسائلك ستبقى في انتظار الوسيط. إذا لم تستطيعي الانتظار، اتصلي الآن بخط مساعدة.
handoff-joined = وصل وسيط الآن. اكتبي هنا، في هذه المحادثة. اضغطي على «إنهاء المحادثة» عندما تريدين التوقف.
handoff-in-chat = أنتِ تتحدثين مع وسيط. اكتبي هنا. اضغطي على «إنهاء المحادثة» لتتوقفي وترجعي إلى القائمة.
handoff-escalated = عذرًا، لا يوجد أحد متاح بعد. ما زلنا نبحث عن وسيط. إذا لم تستطيعي الانتظار، اتصلي الآن بخط مساعدة:
handoff-mediator-left = اضطر الوسيط إلى المغادرة. نحن نبحث عن وسيط آخر. رسائلك ستبقى هنا في الانتظار.
handoff-not-passed = عذرًا، لا نستطيع أن ننقل هذا النوع من الرسائل. من فضلك اكتبيه كنص، أو أرسلي صورة أو رسالة صوتية أو ملفًا.
handoff-ended = انتهت المحادثة مع الوسيط. يمكنك أن تطلبي التحدث مع شخص مرة أخرى في أي وقت.
handoff-closed-by-mediator = أنهى الوسيط المحادثة. يمكنك أن تطلبي التحدث مع شخص مرة أخرى في أي وقت.
handoff-rate = هل ساعدتك هذه المحادثة؟ لستِ مضطرة إلى الإجابة. إجابتك بدون اسم.
handoff-thanks = شكرًا على إجابتك.
handoff-unavailable = المحادثة مع وسيط داخل هذا البوت غير متاحة بعد.
btn-talk-here = 💬 تحدثي مع وسيط هنا
btn-end-chat = ✖️ إنهاء المحادثة
btn-helplines = ☎️ خطوط المساعدة
btn-rate-good = 👍 نعم
btn-rate-some = 🙂 قليلًا
btn-rate-bad = 👎 لا
cmd-human = التحدث مع شخص
handoff-idle-closed = أُغلقت المحادثة مع الوسيط، لأن أحدًا لم يكتب فيها منذ أيام كثيرة. يمكنك أن تطلبي التحدث مع شخص مرة أخرى في أي وقت.
