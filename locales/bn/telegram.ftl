# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.
# Bengali translation of the English reference. DRAFT: not yet checked by a native speaker.

cmd-start = আবার শুরু করুন
cmd-menu = প্রধান মেনু
cmd-language = ভাষা বদলান
cmd-help = কমান্ডগুলো কী করে
cmd-exit = দ্রুত বের হোন: সাম্প্রতিক বার্তা মুছুন
cmd-forget = আপনার সম্পর্কে আমরা যা রাখি সব মুছুন
cmd-subscribe = সভা আর আমন্ত্রণ
cmd-stop = সব ঘোষণা বন্ধ করুন
flood-notice = আপনি খুব দ্রুত অনেক বার্তা পাঠাচ্ছেন। আমি এক মিনিট পরে আবার উত্তর দেব। এখন বিপদে থাকলে 112 নম্বরে ফোন করুন।
btn-share-location = 📍 আমার লোকেশন পাঠান
