# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.
# Tigrinya translation of the English reference. DRAFT: not yet checked by a native speaker.

sessions-upcoming = ኣብ ዞባኺን ብቋንቋኺን ቀልጢፎም ዝመጹ ኣኼባታት:
sessions-none = ኣብ ዞባኺን ብቋንቋኺን ገና ዝተመደበ ኣኼባ የለን።
sessions-subscribed = ብዛዕባ እዚ ዝስዕብ ዕድመታት ትረኽቢ ኣለኺ:
sessions-ask = ኣብ ጥቓኺ ሓድሽ ኣኼባ ምስ ተመደበ ዕድመ ክመጸኪ ትደልዪ ዶ?
sessions-consent =
    ዕድመታት: እንታይ ንሕዝ

    እወ እንተ ኢልኪ፣ ዝመረጽክዮም ኣርእስታትን ዞባን፣ ቋንቋኺ፣ ዕድመታት ብዘይ ድምጺ ይመጹ እንተ ኾይኖም፣ ከምኡ'ውን እወ ዝበልክሉ ግዜ ንሕዝ። ዕድመታት ንምስዳድ ጥራይ ኢና ንጥቀመሎም።

    ኣብ ዝኾነ ግዜ ደው ከተብልዮ ትኽእሊ ኢኺ: /stop ጽሓፊ ወይ ኣብ ትሕቲ ዕድመ ዘሎ መጠወቒ ጠውቒ። ሽዑ ምርጫታትኪ ንድምስሶም።
sessions-topics = ኣየኖት ኣርእስታት የገድሱኺ? ንምምራጽ ጠውቒ፣ ንምእላይ እንደገና ጠውቒ። ድሕሪኡ "ቀጺሉ" ጠውቒ።
sessions-region = ኣበይ ትነብሪ?
sessions-silent = ዕድመታት ምስ ድምጺ ይምጹ ዶ? ሰብ ኣብ ጥቓኺ እንተሎ፣ ብዘይ ድምጺ ዝያዳ ውሑስ እዩ። ብዘይ ድምጺ ዝመጹ መልእኽትታት እውን ቃላቶም ኣብ ስክሪን ተሌፎንኪ ክርአ ይኽእል።
sessions-done = ተወዲኡ። ብዛዕባ እዚ ዝስዕብ ዕድመታት ክትረኽቢ ኢኺ:
sessions-reminder-set = ተወዲኡ። ሓደ መዓልቲ ቀደም ክነዘኻኽረኪ ኢና።
sessions-reminder-already = መዘኻኸሪኺ ድሮ ተዳልዩ ኣሎ።
sessions-reminder-late = እዚ ኣኼባ ድሮ ጀሚሩ ወይ ድማ የለን።
sessions-reminder-off = ናይዚ ኣኼባ መዘኻኸሪታት ጠፊኦም ኣለዉ።
sessions-reminder = ⏰ መዘኻኸሪ: እዚ ኣኼባ ጽባሕ እዩ።
btn-sessions-open = 📅 ኣኼባታትን ዕድመታትን
btn-subscribe = 🔔 ዕድመታት ምቕባል
btn-unsubscribe = 🔕 ዕድመታት ምቁራጽ
btn-change-topics = ✏️ ምርጫታተይ ምቕያር
btn-remind = ⏰ ኣዘኻኽሩኒ
btn-consent-yes = ✅ እወ፣ ይሰማማዕ እየ
btn-next = ➡️ ቀጺሉ
btn-sound = 🔔 ምስ ድምጺ
btn-silent = 🔕 ብዘይ ድምጺ
topic-rights = ⚖️ መሰላት
topic-health = 🩺 ጥዕና
topic-work = 💼 ስራሕን ስልጠናን
topic-language = 🗣️ ትምህርቲ ቋንቋ
topic-children = 🧒 ቆልዑ
