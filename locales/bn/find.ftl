# "Find help near me": results from the service directory. Short lines: they are read on a
# small phone. Category names are button labels too (at most 64 characters).
# Bengali translation of the English reference. DRAFT: not yet checked by a native speaker.
# "find-results-in" comes before the place name (the bot adds it after), so it ends in a colon.
find-urgent = 🆘 এখন বিপদে আছেন? আগে ফোন করুন:
find-results-near = আপনার কাছে সাহায্য
find-results-in = সাহায্য, এই জায়গায়:
find-results-none = এই খোঁজে আমরা কিছু পাইনি। এই লাইনগুলো এখনই আপনাকে বিনামূল্যে সাহায্য করে:
find-example = উদাহরণের তথ্য, শুধু দেখানোর জন্য। এটি আসল কোনো সেবা নয়।
find-always-open = দিনরাত খোলা
find-open-now = এখন খোলা
find-closed-now = এখন বন্ধ
find-free = বিনামূল্যে
# The seven days, Monday first, short, separated by spaces.
find-weekdays = সোম মঙ্গল বুধ বৃহস্পতি শুক্র শনি রবি
find-kind-choose = আপনার কী ধরনের সাহায্য দরকার?
btn-map = 🗺️ মানচিত্র
btn-more = ➡️ আরও
btn-kind = 🔎 সাহায্যের ধরন
btn-kind-all = সব ধরনের সাহায্য
btn-filter-open = এখন খোলা
btn-filter-language = আমার ভাষায় কথা বলে
btn-filter-free = বিনামূল্যে
btn-filter-24-7 = দিনরাত
category-emergency = 🚨 জরুরি
category-helpline = ☎️ হেল্পলাইন
category-anti-violence-centre = 🤝 সহিংসতা-বিরোধী কেন্দ্র
category-shelter = 🏠 আশ্রয়কেন্দ্র
category-anti-trafficking = ⛓️ মানব পাচারের বিরুদ্ধে
category-legal-aid = ⚖️ আইনি সাহায্য
category-health = 🏥 স্বাস্থ্যসেবা
category-sexual-reproductive-health = 🌸 যৌন ও প্রজনন স্বাস্থ্য
category-psychological-support = 💬 মানসিক সহায়তা
category-migrant-asylum = 📄 অভিবাসী ও রাজনৈতিক আশ্রয়
category-interpreting = 🗣️ দোভাষী ও মধ্যস্থতাকারী
category-child-protection = 🧒 শিশু সুরক্ষা
category-police = 👮 পুলিশ
btn-places = 🏙️ একটি শহর বেছে নিন
find-place-choose = একটি শহর বা অঞ্চল বেছে নিন:
find-checked = তথ্য যাচাই করা হয়েছে:
find-stale = এক বছরের বেশি যাচাই করা হয়নি: যাওয়ার আগে ফোন করুন।
