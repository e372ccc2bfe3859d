# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Tigrinya translation of the English reference. DRAFT: not yet checked by a native speaker.
# She is addressed in the feminine singular. Telegram has no Tigrinya interface: its menu
# words stay in English.

language-name = ትግርኛ
language-choose = ቋንቋኺ ምረጺ
draft-notice = መዘኻኸሪ: እዚ ትርጉም እዚ ገና ብትግርኛ ተዛራቢ ሰብ ኣይተመርመረን። ዘይንጹር ነገር እንተሎ፣ ካልእ ቋንቋ ምረጺ ወይ ናብ መስመር ሓገዝ ደውሊ።

welcome =
    ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ።

    ሰላም። ኣብዚ ብዛዕባ መሰላትኪን ኣንጻር ዓመጽ ዝወሃብ ሓገዝን ብቋንቋኺ ብነጻ ሓበሬታ ትረኽቢ።

    ⚠️ ካልእ ሰብ ተሌፎንኪ ክርኢ እንተ ኽኢሉ፣ ነዚ ቻት ከንብቦ ይኽእል። ንምድምሳሱ: ነቲ ቻት ጸቒጥኪ ሓዝዮ፣ ድሕሪኡ "Delete"። "ቅልጡፍ ውጽኣት" ናይ ቀረባ መልእኽትታትና ይድምስስ።

    ቁጽሪ ናይዚ ቻት፣ ቋንቋኺ፣ ሃገርኪ ከምኡ'ውን ኣብ ሜኑ ዘለኽዮ ቦታ ንሕዝ። ከምኡ'ውን OK መዓስ ከም ዝጠወቕኪ፣ ከምኡ'ውን ኣብዚ ዝነበርኪሉ ናይ መወዳእታ መዓልቲ። { $exit_window_days ->
        [one] ን{ $exit_window_days } መዓልቲ
       *[other] ን{ $exit_window_days } መዓልታት
    }፣ ቁጽርታት ናይ ቀረባ መልእኽትታትና (ቃላቶም ኣይኮነን) ንሕዝ፣ ንቅልጡፍ ውጽኣት።
    ስምኪ፣ ቁጽሪ ተሌፎንኪ ወይ ዝጸሓፍክዮ ፈጺምና ኣይንሕዝን። ድሕሪ { $inactive_months ->
        [one] { $inactive_months } ወርሒ
       *[other] { $inactive_months } ኣዋርሕ
    } ብዘይ መልእኽቲ፣ ኩሉ ንድምስሶ። /forget ሕጂ ንኹሉ ይድምስሶ።
btn-agree = ✅ ሕራይ፣ ቀጽሊ
btn-decline = ❌ ኣይፋል፣ ዋላ ሓንቲ ኣይትሓዙ

menu = እንታይ የድልየኪ? ሓደ መጠወቒ ምረጺ።
btn-danger = 🆘 ሕጂ ኣብ ሓደጋ ኣለኹ
btn-find-help = 📍 ኣብ ጥቓይ ዘሎ ሓገዝ
btn-rights = ⚖️ መሰላተይ ክፈልጥ
btn-talk = 💬 ምስ ሰብ ክዛረብ
btn-sessions = 📅 ኣኼባታት ንቕሓት
btn-safety = 🛡️ ድሕንነት / ቅልጡፍ ውጽኣት
btn-privacy = 🔒 ብሕትውናን ሓበሬታይ ምድምሳስን
btn-language = 🌐 ቋንቋ

btn-back = ⬅️ ንድሕሪት
btn-menu = 🏠 ሜኑ
btn-exit = 🚪 ቅልጡፍ ውጽኣት

help-commands =
    ነዞም ትእዛዛት እዚኦም ኣብ ዝኾነ ግዜ ክትጥቀምሎም ትኽእሊ ኢኺ:
    /menu: ቀንዲ ሜኑ
    /human: ምስ ሰብ ምዝራብ
    /end: ምስ ሰብ ዘሎ ቻት ምዝዛም
    /language: ቋንቋ ምቕያር
    /exit: ቅልጡፍ ውጽኣት፣ ናይ ቀረባ መልእኽትታትና ይድምስስ
    /forget: ብዛዕባኺ እንሕዞ ኩሉ ምድምሳስ
    /subscribe: ኣኼባታትን ዕድመታትን
    /stop: ኩሉ መፍለጥታት ምቁራጽ
    /help: እዚ ዝርዝር

    ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ።
not-understood = ይቕሬታ፣ ኣይተረድኣንን። በጃኺ ሓደ መጠወቒ ምረጺ። ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ።
unsupported-media = ይቕሬታ፣ ጽሑፍን መጠወቕታትን ጥራይ እየ ከንብብ ዝኽእል። በጃኺ ሓደ መጠወቒ ምረጺ። ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ።
location-used = የቐንየለይ። ሓገዝ ንምርካብ ቦታኺ ሓንሳብ ተጠቒምና፣ ኣይሓዝናዮን።
exit-done = ተወዲኡ።
stop-done = ካባና ዝኾነ መፍለጢ ኣይክመጸኪን እዩ።
forget-done = ብዛዕባኺ ዝነበረ ኩሉ ተደምሲሱ። እንደገና እንተ ጸሓፍኪ፣ ካብ መጀመርታ ክንጅምር ኢና። ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ።
