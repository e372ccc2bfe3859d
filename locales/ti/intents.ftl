# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.
# Tigrinya. DRAFT: not yet checked by a native speaker. Ge'ez script, and a few words as
# people type them in Latin letters. Separate with the Latin comma (",", not "፣").

intent-danger = ሓደጋ, ህጹጽ, sos, ሓግዙኒ, ኣድሕኑኒ, ይወቕዓኒ, ይወቕዓኒ ኣሎ, ተወቒዐ, ክቐትለኒ እዩ, ይቐትለኒ, ፈሪሐ, ይፈርሕ ኣለኹ, ፍርሒ, ፖሊስ, መጥቃዕቲ, hadega, hagezuni, police
intent-help = ሓገዝ, ኣበይ, ጥቓ, ኣብ ጥቓይ, ማእከል, መዕቆቢ, ኣበይ ክሓድር, ቁጽሪ, ተሌፎን, ኣድራሻ, መስመር ሓገዝ, hagez, abey
intent-rights = መሰል, መሰላት, መሰላተይ, ሕጊ, ፍቓድ, ፍቓድ መንበሪ, ወረቐት, ሰነዳት, ዶኩመንት, ጠበቓ, ሕጋዊ, ዑቕባ, ሓታቲ ዑቕባ, meselat, tebeqa
intent-talk = ምስ ሰብ, ክዛረብ, ክዛረብ ደልየ, ሸምጋሊ, ሸምጋሊት, ኦፐሬተር, ሰብ ደልየ
intent-safety = ድሕንነት, ውሑስ, ምሕባእ, ክሕባእ, ምስጢር, ውጽኣት, ክወጽእ
intent-privacy = ብሕትውና, ሓበሬታ, ሓበሬታይ, ረስዑኒ, ደምስሱ, ምድምሳስ, ሰርዝ, delete
intent-menu = ሜኑ, ጀምር, መጀመርታ, ሰላም, ከመይ, ንድሕሪት, menu, start, selam
intent-health = ጥዕና, ሓኪም, ዶክተር, ሆስፒታል, ሕክምና, ነፍሰ-ጾር, ጥንሲ, ሕማም, ሕምምቲ, መድሃኒት, doctor, hakim
intent-forms = ዓመጽ, ግፍዒ, ምስዓብ, ዓይነታት ዓመጽ, amets
intent-sessions = ኣኼባ, ኣኼባታት, ኮርስ, ዎርክሾፕ, ዕድመ, ንቕሓት
intent-assault = ጾታዊ ዓመጽ, ምዕማጽ, ዓሚጹኒ, ተዓሚጸ, ብግዲ ጾታዊ ርክብ, ህጹጽ ከኒና, ከኒና ጥንሲ ምክልኻል, pep
intent-leave = ክኸይድ ደልየ, ክገድፎ ደልየ, ገዛ ክገድፍ, ክሃድም, ምህዳም, መደብ ምኻድ, መደብ ድሕንነት, ናይ ህጹጽ ሳንጣ
intent-phone = ቴሌግራም, ተሌፎነይ, ተሃኪሩ, hack, ይስልየኒ, ፓስዎርድ, መሕለፊ ቃል, passcode, devices, ኣውቶ-ደሊት, መልእኽትታተይ የንብብ, telegram
intent-report = ክሲ, ክሲ ምቕራብ, ምምልካት, ጥርዓን, ትእዛዝ ሓለዋ, ቤት ፍርዲ, ዳኛ, ዓቃቢ ሕጊ
intent-report-it = ammonimento, questore, codice rosso, ክሲ ኣብ ኢጣልያ, ብዘይ ሰነድ ኣብ ኢጣልያ
intent-report-es = orden de proteccion, denuncia, ክሲ ኣብ ስጳኛ
intent-report-gr = ክሲ ኣብ ግሪኽ, ሓለዋ ኣብ ግሪኽ
intent-aid = ናጻ ጠበቓ, ብነጻ ጠበቓ, ሕጋዊ ሓገዝ, patrocinio
intent-money = ገንዘብ, ገንዘብ የብለይን, ሓገዝ ገንዘብ, እቶት, ድጎማ, reddito di liberta
intent-work = ስራሕ, ወናኒ ስራሕ, ኣሰራሒ, ሓላፊ, ምዝማዝ, ንግዲ ደቂ ሰባት, ዕዳ, ልቓሕ, ደሞዝ, ደሞዝ ኣይከፈለንን, ፓስፖርተይ ወሲዱ, ብግዲ ስራሕ
intent-fgm = ምግዛር, ግዝረት, ምግዛር ደቂ ኣንስትዮ, fgm, ብግዲ መርዓ, ብግዲ ከመርዕዉኒ
