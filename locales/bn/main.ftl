# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Bengali translation of the English reference. DRAFT: not yet checked by a native speaker.
# Form "আপনি". Telegram has no Bengali interface: its menu words stay in English.

language-name = বাংলা
language-choose = আপনার ভাষা বেছে নিন
draft-notice = নোট: এই অনুবাদ এখনও কোনো বাংলাভাষী মানুষ পরীক্ষা করেননি। কিছু পরিষ্কার না হলে, অন্য ভাষা বেছে নিন বা একটি হেল্পলাইনে ফোন করুন।

welcome =
    এখন বিপদে থাকলে 112 নম্বরে ফোন করুন।

    স্বাগতম। এখানে আপনি আপনার ভাষায়, আপনার অধিকার আর সহিংসতার বিরুদ্ধে সাহায্য নিয়ে বিনামূল্যে তথ্য পাবেন।

    ⚠️ কেউ আপনার ফোন দেখতে পেলে, সে এই চ্যাট পড়তে পারে। এটি মুছতে: চ্যাটটি চেপে ধরে রাখুন, তারপর "Delete" (মুছুন)। "দ্রুত বের হোন" আমাদের সাম্প্রতিক বার্তাগুলো মুছে দেয়।

    আমরা রাখি এই চ্যাটের একটি নম্বর, আপনার ভাষা, আপনার দেশ আর মেনুতে আপনার জায়গা। আরও রাখি আপনি কখন OK চেপেছেন, আর এখানে আপনার শেষ দিন। { $exit_window_days ->
        [one] { $exit_window_days } দিন
       *[other] { $exit_window_days } দিন
    } ধরে আমরা আমাদের সাম্প্রতিক বার্তাগুলোর নম্বর রাখি (তাদের কথা নয়), "দ্রুত বের হোন"-এর জন্য।
    আমরা কখনও আপনার নাম, আপনার ফোন নম্বর বা আপনি যা লেখেন তা রাখি না। { $inactive_months ->
        [one] { $inactive_months } মাস
       *[other] { $inactive_months } মাস
    } কোনো বার্তা না এলে, আমরা সব মুছে ফেলি। /forget এখনই সব মুছে দেয়।
btn-agree = ✅ ঠিক আছে, এগিয়ে যান
btn-decline = ❌ না, কিছুই রাখবেন না

menu = আপনার কী দরকার? একটি বোতাম বেছে নিন।
btn-danger = 🆘 আমি এখন বিপদে আছি
btn-find-help = 📍 আমার কাছে সাহায্য খুঁজুন
btn-rights = ⚖️ আমার অধিকার জানুন
btn-talk = 💬 একজন মানুষের সাথে কথা বলুন
btn-sessions = 📅 সচেতনতা সভা
btn-safety = 🛡️ নিরাপদ থাকুন / দ্রুত বের হোন
btn-privacy = 🔒 গোপনীয়তা আর আমাকে ভুলে যান
btn-language = 🌐 ভাষা

btn-back = ⬅️ পিছনে
btn-menu = 🏠 মেনু
btn-exit = 🚪 দ্রুত বের হোন

help-commands =
    আপনি যেকোনো সময় এই কমান্ডগুলো ব্যবহার করতে পারেন:
    /menu: প্রধান মেনু
    /human: একজন মানুষের সাথে কথা বলুন
    /end: মানুষের সাথে চ্যাট শেষ করুন
    /language: ভাষা বদলান
    /exit: দ্রুত বের হোন, আমাদের সাম্প্রতিক বার্তাগুলো মুছে দেয়
    /forget: আপনার সম্পর্কে আমরা যা রাখি সব মুছে দিন
    /subscribe: সভা আর আমন্ত্রণ
    /stop: সব ঘোষণা বন্ধ করুন
    /help: এই তালিকা

    এখন বিপদে থাকলে 112 নম্বরে ফোন করুন।
not-understood = দুঃখিত, আমি বুঝতে পারিনি। দয়া করে একটি বোতাম বেছে নিন। এখন বিপদে থাকলে 112 নম্বরে ফোন করুন।
unsupported-media = দুঃখিত, আমি শুধু লেখা আর বোতাম পড়তে পারি। দয়া করে একটি বোতাম বেছে নিন। এখন বিপদে থাকলে 112 নম্বরে ফোন করুন।
location-used = ধন্যবাদ। সাহায্য খুঁজতে আমরা আপনার লোকেশন একবার ব্যবহার করেছি, আর এটি রাখিনি।
exit-done = হয়ে গেছে।
stop-done = আপনি আমাদের কাছ থেকে আর কোনো ঘোষণা পাবেন না।
forget-done = আপনার সম্পর্কে সবকিছু মুছে ফেলা হয়েছে। আপনি আবার লিখলে, আমরা একদম শুরু থেকে শুরু করব। এখন বিপদে থাকলে 112 নম্বরে ফোন করুন।
