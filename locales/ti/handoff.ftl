# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Tigrinya translation of the English reference. DRAFT: not yet checked by a native speaker.
# She is addressed in the feminine; the mediator is named in both genders: "ሸምጋሊት ወይ ሸምጋሊ".
handoff-waiting =
    የቐንየለይ። ቋንቋኺ ዝዛረብ ሰብ፣ ሸምጋሊት ወይ ሸምጋሊ (mediator)፣ ኣብዚ፣ ኣብዚ ቻት እዚ ክጽሕፈልኪ እዩ።
    እዚ ሰብ እዚ ስምኪ፣ ናይ ተጠቃሚ ስምኪ (username) ወይ ቁጽሪ ተሌፎንኪ ኣይክርእን እዩ።
    ሕጂ ክትጽሕፊ ትኽእሊ ኢኺ። እቲ ሰብ ምስ መጸ፣ መልእኽትታትኪ ከነመሓላልፎ ኢና።
handoff-case-number = ቁጽሪ ጉዳይኪ:
handoff-queue-place = ቦታኺ ኣብ መስርዕ:
handoff-urgent = ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ። ብነጻ እዩ።
handoff-already = ድሮ ሸምጋሊት ወይ ሸምጋሊ ትጽበዪ ኣለኺ። ሕጂ ኣብዚ ክትጽሕፊ ትኽእሊ ኢኺ።
handoff-hours = ሸምጋሊት ወይ ሸምጋሊ ኣብዘን ሰዓታት እዚአን ይምልሱ:
handoff-hours-later = ሕጂ ኣብዚ ዝኾነ ሰብ የለን። መልእኽትታትኪ ንሸምጋሊት ወይ ንሸምጋሊ ክጽበዩ እዮም። ክትጽበዪ እንተ ዘይክኢልኪ፣ ሕጂ ናብ መስመር ሓገዝ ደውሊ።
handoff-joined = ሸምጋሊት ወይ ሸምጋሊ ሕጂ ኣብዚ ኣሎ። ኣብዚ፣ ኣብዚ ቻት እዚ ጽሓፊ። ደው ክትብሊ ምስ ደለኺ "ቻት ዛዝሚ" ጠውቒ።
handoff-in-chat = ምስ ሸምጋሊት ወይ ሸምጋሊ ትዛረቢ ኣለኺ። ኣብዚ ጽሓፊ። ደው ክትብሊን ናብ ሜኑ ክትምለሲን "ቻት ዛዝሚ" ጠውቒ።
handoff-escalated = ይቕሬታ፣ ክሳብ ሕጂ ነጻ ዝኾነ ሰብ የለን። ገና ሸምጋሊት ወይ ሸምጋሊ ንደሊ ኣለና። ክትጽበዪ እንተ ዘይክኢልኪ፣ ሕጂ ናብ መስመር ሓገዝ ደውሊ:
handoff-mediator-left = ሸምጋሊት ወይ ሸምጋሊ ክኸይድ ነይርዎ። ካልእ ሸምጋሊት ወይ ሸምጋሊ ንደሊ ኣለና። መልእኽትታትኪ ኣብዚ ክጽበዩ እዮም።
handoff-not-passed = ይቕሬታ፣ እዚ ዓይነት መልእኽቲ እዚ ክመሓላለፍ ኣይክእልን። በጃኺ ከም ጽሑፍ ጽሓፍዮ፣ ወይ ስእሊ፣ ናይ ድምጺ መልእኽቲ ወይ ፋይል ስደዲ።
handoff-held-full = ብዙሕ መልእኽትታት ሰዲድኪ። ሸምጋሊት ወይ ሸምጋሊ ነቶም ቀዳሞት ክርኢ እዩ። እቶም ዝቕጽሉ መልእኽትታት ኣይመሓላለፉን። ሸምጋሊት ወይ ሸምጋሊ ኣብዚ ምስ ሃለወ፣ እንደገና ክትጽሕፊ ትኽእሊ ኢኺ።
handoff-contact-refused = ነዚ ኣየመሓላለፍናዮን። ኮንታክት (contact) ስምን ቁጽሪ ተሌፎንን የርኢ፣ ብዙሕ ግዜ ናትኪ። ሸምጋሊት ወይ ሸምጋሊ ኣየድልዮን እዩ። ቁጽሪ ክትህቢ እንተ ደሊኺ፣ ክትጽሕፍዮ ትኽእሊ ኢኺ።
handoff-file-warning = ነዚ ፋይል እዚ ኣየመሓላለፍናዮን። ፋይል ሓበሬታ ክሓብእ ይኽእል እዩ፣ ንኣብነት ስእሊ ኣበይን መዓስን ከም ዝተሳእለ። ስእሊ ዝያዳ ውሑስ እዩ: ከም ስእሊ ስደድዮ፣ ከም ፋይል ኣይኮነን። ገና ነዚ ፋይል ክትሰድዮ እንተ ደሊኺ፣ እንደገና ስደድዮ።
handoff-copies = ቴሌግራም ነዚ ቻት ኣብ ሰርቨራቱ ይሕዞ። ሸምጋሊት ወይ ሸምጋሊ ቅዳሕ መልእኽትታትኪ ይረክብ። ቻት ምስ ተወድአ፣ ወይ "ቅልጡፍ ውጽኣት" ምስ ተጠቀምኪ፣ ነዞም ቅዳሓት ንድምስሶም። ቴሌግራም ካብ 2 መዓልቲ ዘይነውሑ መልእኽትታት ጥራይ ክንድምስስ የፍቕደልና: ዝነውሑ ቅዳሓት ምስ ሸምጋሊት ወይ ሸምጋሊ ይተርፉ።
handoff-ended = ምስ ሸምጋሊት ወይ ሸምጋሊ ዝነበረ ቻት ተወዲኡ። ኣብ ዝኾነ ግዜ ምስ ሰብ ክትዛረቢ እንደገና ክትሓቲ ትኽእሊ ኢኺ።
handoff-closed-by-mediator = ሸምጋሊት ወይ ሸምጋሊ ነቲ ቻት ዛዚሙዎ። ኣብ ዝኾነ ግዜ ምስ ሰብ ክትዛረቢ እንደገና ክትሓቲ ትኽእሊ ኢኺ።
handoff-rate = እዚ ቻት ሓጊዙኪ ድዩ? ክትምልሲ ግዴታ የብልክን። ኣብ መልስኺ ስም የለን።
handoff-thanks = ስለ መልስኺ የቐንየለይ።
handoff-unavailable = ኣብዚ ቦት ምስ ሸምጋሊት ወይ ሸምጋሊ ዝግበር ቻት ገና ኣይተኸፈተን።
btn-talk-here = 💬 ኣብዚ ምስ ሸምጋሊት ወይ ሸምጋሊ ምዝርራብ
btn-end-chat = ✖️ ቻት ዛዝሚ
btn-helplines = ☎️ መስመራት ሓገዝ
btn-rate-good = 👍 እወ
btn-rate-some = 🙂 ቁሩብ
btn-rate-bad = 👎 ኣይፋል
cmd-human = ምስ ሰብ ምዝራብ
# Her case was closed by the bot after many days with no message in it (or her data reached
# the end of the time it is kept). Calm and short: no blame, the way back open.
handoff-idle-closed = ንብዙሕ መዓልታት ዝኾነ ሰብ ስለ ዘይጸሓፈ፣ ምስ ሸምጋሊት ወይ ሸምጋሊ ዝነበረኪ ቻት ተዓጽዩ። ኣብ ዝኾነ ግዜ ምስ ሰብ ክትዛረቢ እንደገና ክትሓቲ ትኽእሊ ኢኺ።
