# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Bengali. DRAFT: not yet checked by a native speaker. Bengali script and romanised Bengali
# (many type Bengali in Latin letters).

intent-danger = বিপদ, জরুরি, sos, বাঁচান, বাঁচাও, আমাকে বাঁচান, সাহায্য করুন, মারছে, আমাকে মারে, মেরে ফেলবে, ভয় লাগছে, আমি ভয় পাচ্ছি, পুলিশ, আক্রমণ, হামলা, bipod, bipode, bachao, bachan, amake mare, marche, mere felbe, bhoy lagche, police
intent-help = সাহায্য, সাহায্য চাই, কোথায়, কাছে, কাছাকাছি, কেন্দ্র, আশ্রয়কেন্দ্র, থাকার জায়গা, নম্বর, ফোন, ঠিকানা, হেল্পলাইন, sahajjo, shahajjo, sahajjo chai, kothay, kache, thikana, helpline
intent-rights = অধিকার, আমার অধিকার, আইন, অনুমতিপত্র, পারমিট, রেসিডেন্স, কাগজ, কাগজপত্র, ডকুমেন্ট, উকিল, আইনজীবী, আইনি, রাজনৈতিক আশ্রয়, অ্যাসাইলাম, odhikar, adhikar, ain, kagoj, kagojpotro, permit, ukil, asylum
intent-talk = মানুষ, কারও সাথে কথা, কথা বলতে চাই, কথা বলব, মধ্যস্থতাকারী, অপারেটর, kotha bolte chai, kotha bolbo, manush
intent-safety = নিরাপত্তা, নিরাপদ, লুকানো, লুকাতে চাই, গোপন, বের হওয়া, বের হব, nirapotta, nirapod, lukano
intent-privacy = গোপনীয়তা, আমার তথ্য, ডেটা, ভুলে যান, আমাকে ভুলে যান, মুছুন, মুছে দিন, ডিলিট, privacy, data, delete, muche din
intent-menu = মেনু, শুরু, হ্যালো, সালাম, আসসালামু আলাইকুম, নমস্কার, পিছনে, ফিরে যান, menu, start, hello, salam, assalamu alaikum, nomoskar
intent-health = স্বাস্থ্য, ডাক্তার, হাসপাতাল, গর্ভবতী, প্রেগন্যান্ট, অসুস্থ, ওষুধ, চিকিৎসা, daktar, doctor, haspatal, hospital, pregnant, osustho, oshudh, oshud
intent-forms = সহিংসতা, নির্যাতন, অত্যাচার, হয়রানি, পিছু নেয়, সহিংসতার ধরন, nirjaton, ottachar, shohingsota
intent-sessions = সভা, মিটিং, বৈঠক, কোর্স, প্রশিক্ষণ, ওয়ার্কশপ, আমন্ত্রণ, দাওয়াত, meeting, course, workshop, sova, shova
intent-assault = ধর্ষণ, আমাকে ধর্ষণ করেছে, যৌন নির্যাতন, যৌন হামলা, জোর করে সেক্স, জরুরি পিল, ইমার্জেন্সি পিল, pep, dhorshon, rape, emergency pill
intent-leave = চলে যেতে চাই, ছেড়ে যেতে চাই, তাকে ছেড়ে দিতে চাই, বাড়ি ছেড়ে, পালাতে চাই, পালানো, চলে যাওয়ার পরিকল্পনা, নিরাপত্তা পরিকল্পনা, জরুরি ব্যাগ, কোথায় ঘুমাব, palate chai, chole jete chai
intent-phone = টেলিগ্রাম, আমার ফোন, হ্যাক, হ্যাক হয়েছে, নজর রাখে, পাসওয়ার্ড, পাসকোড, ডিভাইস, টু-স্টেপ, অটো-ডিলিট, আমার মেসেজ পড়ে, telegram, hack, password, amar phone
intent-report = অভিযোগ, অভিযোগ করা, মামলা, থানা, রিপোর্ট, সুরক্ষা আদেশ, আদালত, কোর্ট, বিচারক, জজ, সরকারি কৌঁসুলি, mamla, obhijog, thana, court
intent-report-it = ammonimento, questore, codice rosso, ইতালিতে অভিযোগ, ইতালিতে কাগজ ছাড়া, italy te obhijog
intent-report-es = orden de proteccion, denuncia, স্পেনে অভিযোগ, spain e obhijog
intent-report-gr = গ্রিসে অভিযোগ, গ্রিসে সুরক্ষা, greece e obhijog
intent-aid = বিনামূল্যে উকিল, ফ্রি উকিল, আইনি সাহায্য, আইনি সহায়তা, patrocinio, free ukil, free lawyer
intent-money = টাকা, টাকা নেই, ভাতা, আয়, সহায়তার টাকা, অনুদান, ভর্তুকি, taka, taka nei, reddito di liberta
intent-work = কাজ, চাকরি, মালিক, বস, শোষণ, বেতন দেয় না, বেতন নেই, ঋণ, দেনা, পাসপোর্ট নিয়ে নিয়েছে, জোর করে কাজ, মানব পাচার, পাচার, kaj, chakri, malik, beton dey na, passport niye neyeche, dena
intent-fgm = খৎনা, মেয়েদের খৎনা, যৌনাঙ্গ কাটা, fgm, জোর করে বিয়ে, জোর করে বিয়ে দিচ্ছে, বাল্যবিবাহ, khotna, jor kore biye
