# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Urdu translation of the English reference. DRAFT: not yet checked by a native speaker.
# Form "آپ", verbs to her in the feminine. Telegram has no Urdu interface: its menu words
# stay in English, with Urdu in brackets.

language-name = اردو
language-choose = اپنی زبان چنیں
draft-notice = نوٹ: اس ترجمے کو ابھی تک کسی اہلِ زبان نے چیک نہیں کیا۔ اگر کوئی بات واضح نہ ہو تو کوئی اور زبان چنیں یا کسی ہیلپ لائن پر کال کریں۔

welcome =
    اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔

    خوش آمدید۔ یہاں آپ کو اپنی زبان میں اپنے حقوق اور تشدد کے خلاف مدد کے بارے میں مفت معلومات ملتی ہیں۔

    ⚠️ اگر کوئی آپ کا فون دیکھ سکتا ہے تو وہ یہ چیٹ پڑھ سکتا ہے۔ اسے مٹانے کے لیے: چیٹ کو دبا کر رکھیں، پھر "Delete" (مٹائیں)۔ "فوراً نکلیں" ہمارے حالیہ پیغام مٹا دیتا ہے۔

    ہم اس چیٹ کا ایک نمبر، آپ کی زبان، آپ کا ملک اور مینو میں آپ کی جگہ رکھتے ہیں۔ یہ بھی کہ آپ نے OK کب دبایا، اور یہاں آپ کا آخری دن۔ { $exit_window_days ->
        [one] { $exit_window_days } دن
       *[other] { $exit_window_days } دن
    } تک ہم اپنے حالیہ پیغاموں کے نمبر رکھتے ہیں (ان کے الفاظ نہیں)، "فوراً نکلیں" کے لیے۔
    ہم کبھی آپ کا نام، آپ کا فون نمبر یا جو آپ لکھتی ہیں، نہیں رکھتے۔ اگر { $inactive_months ->
        [one] { $inactive_months } مہینہ
       *[other] { $inactive_months } مہینے
    } تک کوئی پیغام نہ آئے تو ہم سب کچھ مٹا دیتے ہیں۔ /forget ابھی سب کچھ مٹا دیتا ہے۔
btn-agree = ✅ ٹھیک ہے، آگے چلیں
btn-decline = ❌ نہیں، کچھ نہ رکھیں

menu = آپ کو کیا چاہیے؟ ایک بٹن چنیں۔
btn-danger = 🆘 میں ابھی خطرے میں ہوں
btn-find-help = 📍 میرے قریب مدد ڈھونڈیں
btn-rights = ⚖️ میرے حقوق جانیں
btn-talk = 💬 کسی انسان سے بات کریں
btn-sessions = 📅 آگاہی کی نشستیں
btn-safety = 🛡️ محفوظ رہیں / فوراً نکلیں
btn-privacy = 🔒 رازداری اور مجھے بھول جائیں
btn-language = 🌐 زبان

btn-back = ⬅️ واپس
btn-menu = 🏠 مینو
btn-exit = 🚪 فوراً نکلیں

help-commands =
    آپ یہ کمانڈز کسی بھی وقت استعمال کر سکتی ہیں:
    /menu: مین مینو
    /human: کسی انسان سے بات کریں
    /end: انسان کے ساتھ چیٹ ختم کریں
    /language: زبان بدلیں
    /exit: فوراً نکلیں، ہمارے حالیہ پیغام مٹا دیتا ہے
    /forget: ہم آپ کے بارے میں جو کچھ رکھتے ہیں، سب مٹا دیں
    /subscribe: نشستیں اور دعوت نامے
    /stop: سب اعلانات بند کریں
    /help: یہ فہرست

    اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔
not-understood = معاف کیجیے، بات سمجھ نہیں آئی۔ براہ کرم ایک بٹن چنیں۔ اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔
unsupported-media = معاف کیجیے، یہاں صرف لکھا ہوا پیغام اور بٹن پڑھے جا سکتے ہیں۔ براہ کرم ایک بٹن چنیں۔ اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔
location-used = شکریہ۔ ہم نے آپ کی لوکیشن ایک بار مدد ڈھونڈنے کے لیے استعمال کی، اور اسے نہیں رکھا۔
exit-done = ہو گیا۔
stop-done = آپ کو ہماری طرف سے کوئی اعلان نہیں ملے گا۔
forget-done = آپ کے بارے میں سب کچھ مٹا دیا گیا ہے۔ اگر آپ دوبارہ لکھیں گی تو ہم شروع سے شروع کریں گے۔ اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔
