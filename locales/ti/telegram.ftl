# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.
# Tigrinya translation of the English reference. DRAFT: not yet checked by a native speaker.

cmd-start = እንደገና ምጅማር
cmd-menu = ቀንዲ ሜኑ
cmd-language = ቋንቋ ምቕያር
cmd-help = ትእዛዛት እንታይ ይገብሩ
cmd-exit = ቅልጡፍ ውጽኣት: ናይ ቀረባ መልእኽትታት ምድምሳስ
cmd-forget = ብዛዕባኺ እንሕዞ ኩሉ ምድምሳስ
cmd-subscribe = ኣኼባታትን ዕድመታትን
cmd-stop = ኩሉ መፍለጥታት ምቁራጽ
flood-notice = ብዙሕ መልእኽትታት ብቕልጡፍ ትሰዲ ኣለኺ። ድሕሪ ሓደ ደቒቕ እንደገና ክምልሰልኪ እየ። ሕጂ ኣብ ሓደጋ እንተ ሃሊኺ፣ ናብ 112 ደውሊ።
btn-share-location = 📍 ቦታይ ምስዳድ
