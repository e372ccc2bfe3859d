# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.
# Urdu translation of the English reference. DRAFT: not yet checked by a native speaker.

sessions-upcoming = آپ کے علاقے اور آپ کی زبان میں جلد ہونے والی نشستیں:
sessions-none = ابھی آپ کے علاقے اور آپ کی زبان میں کوئی نشست طے نہیں ہے۔
sessions-subscribed = آپ کو ان موضوعات پر دعوت نامے ملتے ہیں:
sessions-ask = کیا آپ چاہتی ہیں کہ جب آپ کے قریب کوئی نئی نشست طے ہو تو آپ کو دعوت نامہ ملے؟
sessions-consent =
    دعوت نامے: ہم کیا رکھتے ہیں

    اگر آپ ہاں کہیں تو ہم یہ رکھتے ہیں: آپ کے چنے ہوئے موضوعات اور علاقہ، آپ کی زبان، کیا دعوت نامے بغیر آواز کے آئیں، اور آپ نے ہاں کس وقت کہا۔ ہم انہیں صرف آپ کو دعوت نامے بھیجنے کے لیے استعمال کرتے ہیں۔

    آپ کسی بھی وقت روک سکتی ہیں: /stop لکھیں یا کسی دعوت نامے کے نیچے والا بٹن دبائیں۔ پھر ہم آپ کی پسند مٹا دیتے ہیں۔
sessions-topics = آپ کو کن موضوعات میں دلچسپی ہے؟ چننے کے لیے ٹیپ کریں، ہٹانے کے لیے دوبارہ ٹیپ کریں۔ پھر "آگے" دبائیں۔
sessions-region = آپ کہاں رہتی ہیں؟
sessions-silent = کیا دعوت نامے آواز کے ساتھ آئیں؟ اگر کوئی آپ کے قریب ہو تو بغیر آواز زیادہ محفوظ ہے۔ بغیر آواز والے پیغاموں کے الفاظ بھی آپ کے فون کی اسکرین پر نظر آ سکتے ہیں۔
sessions-done = ہو گیا۔ آپ کو ان موضوعات پر دعوت نامے ملیں گے:
sessions-reminder-set = ہو گیا۔ ہم آپ کو ایک دن پہلے یاد دلائیں گے۔
sessions-reminder-already = آپ کی یاد دہانی پہلے سے لگی ہوئی ہے۔
sessions-reminder-late = یہ نشست شروع ہو چکی ہے یا اب موجود نہیں ہے۔
sessions-reminder-off = اس نشست کی یاد دہانیاں بند ہیں۔
sessions-reminder = ⏰ یاد دہانی: یہ نشست کل ہے۔
btn-sessions-open = 📅 نشستیں اور دعوت نامے
btn-subscribe = 🔔 دعوت نامے حاصل کریں
btn-unsubscribe = 🔕 دعوت نامے بند کریں
btn-change-topics = ✏️ میری پسند بدلیں
btn-remind = ⏰ مجھے یاد دلائیں
btn-consent-yes = ✅ ہاں، میں متفق ہوں
btn-next = ➡️ آگے
btn-sound = 🔔 آواز کے ساتھ
btn-silent = 🔕 بغیر آواز
topic-rights = ⚖️ حقوق
topic-health = 🩺 صحت
topic-work = 💼 کام اور تربیت
topic-language = 🗣️ زبان کے کورس
topic-children = 🧒 بچے
