# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.
# Bengali translation of the English reference. DRAFT: not yet checked by a native speaker.

sessions-upcoming = আপনার অঞ্চলে আর আপনার ভাষায় শিগগির যে সভাগুলো হবে:
sessions-none = আপনার অঞ্চলে আর আপনার ভাষায় এখনও কোনো সভা ঠিক হয়নি।
sessions-subscribed = আপনি এই বিষয়গুলোতে আমন্ত্রণ পান:
sessions-ask = আপনার কাছে নতুন কোনো সভা ঠিক হলে আপনি কি আমন্ত্রণ পেতে চান?
sessions-consent =
    আমন্ত্রণ: আমরা কী রাখি

    আপনি হ্যাঁ বললে, আমরা রাখি আপনার বেছে নেওয়া বিষয় আর অঞ্চল, আপনার ভাষা, আমন্ত্রণ শব্দ ছাড়া আসবে কি না, আর আপনি কখন হ্যাঁ বলেছেন। আমরা এগুলো শুধু আপনাকে আমন্ত্রণ পাঠাতে ব্যবহার করি।

    আপনি যেকোনো সময় বন্ধ করতে পারেন: /stop লিখুন বা একটি আমন্ত্রণের নিচের বোতাম চাপুন। তখন আমরা আপনার পছন্দগুলো মুছে ফেলি।
sessions-topics = কোন বিষয়গুলো আপনার ভালো লাগে? বেছে নিতে চাপ দিন, সরাতে আবার চাপ দিন। তারপর "পরের ধাপ" চাপুন।
sessions-region = আপনি কোথায় থাকেন?
sessions-silent = আমন্ত্রণ কি শব্দ করে আসবে? কাছে কেউ থাকলে শব্দ ছাড়া বেশি নিরাপদ। শব্দ ছাড়া বার্তার কথাও আপনার ফোনের স্ক্রিনে দেখা যেতে পারে।
sessions-done = হয়ে গেছে। আপনি এই বিষয়গুলোতে আমন্ত্রণ পাবেন:
sessions-reminder-set = হয়ে গেছে। আমরা আগের দিন আপনাকে মনে করিয়ে দেব।
sessions-reminder-already = আপনার রিমাইন্ডার আগেই ঠিক করা আছে।
sessions-reminder-late = এই সভা আগেই শুরু হয়ে গেছে, অথবা এটি আর নেই।
sessions-reminder-off = এই সভার রিমাইন্ডার বন্ধ করা হয়েছে।
sessions-reminder = ⏰ রিমাইন্ডার: এই সভা আগামীকাল।
btn-sessions-open = 📅 সভা আর আমন্ত্রণ
btn-subscribe = 🔔 আমন্ত্রণ পান
btn-unsubscribe = 🔕 আমন্ত্রণ বন্ধ করুন
btn-change-topics = ✏️ আমার পছন্দ বদলান
btn-remind = ⏰ আমাকে মনে করিয়ে দিন
btn-consent-yes = ✅ হ্যাঁ, আমি রাজি
btn-next = ➡️ পরের ধাপ
btn-sound = 🔔 শব্দসহ
btn-silent = 🔕 শব্দ ছাড়া
topic-rights = ⚖️ অধিকার
topic-health = 🩺 স্বাস্থ্য
topic-work = 💼 কাজ আর প্রশিক্ষণ
topic-language = 🗣️ ভাষা শেখার কোর্স
topic-children = 🧒 শিশু
