# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.
# Urdu translation of the English reference. DRAFT: not yet checked by a native speaker.

cmd-start = دوبارہ شروع کریں
cmd-menu = مین مینو
cmd-language = زبان بدلیں
cmd-help = کمانڈز کیا کرتی ہیں
cmd-exit = فوراً نکلیں: حالیہ پیغام مٹائیں
cmd-forget = ہم آپ کے بارے میں جو کچھ رکھتے ہیں، سب مٹائیں
cmd-subscribe = نشستیں اور دعوت نامے
cmd-stop = سب اعلانات بند کریں
flood-notice = آپ بہت تیزی سے بہت سے پیغام بھیج رہی ہیں۔ ایک منٹ بعد دوبارہ جواب ملے گا۔ اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔
btn-share-location = 📍 میری لوکیشن بھیجیں
