# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.

sessions-upcoming = Takime që vijnë së shpejti në rajonin tënd dhe në gjuhën tënde:
sessions-none = Ende nuk ka takime të planifikuara në rajonin tënd dhe në gjuhën tënde.
sessions-subscribed = Ti merr ftesa për:
sessions-ask = A do një ftesë kur planifikohet një takim i ri pranë teje?
sessions-consent =
    Ftesat: çfarë mbajmë

    Nëse thua po, mbajmë temat dhe rajonin që zgjedh, gjuhën tënde, nëse ftesat vijnë pa zë, dhe kohën kur the po. I përdorim vetëm për të të dërguar ftesa.

    Mund të ndalosh në çdo kohë: shkruaj /stop ose shtyp butonin nën një ftesë. Atëherë i fshijmë zgjedhjet e tua.
sessions-topics = Cilat tema të interesojnë? Shtyp për të zgjedhur, shtyp përsëri për ta hequr. Pastaj shtyp Tjetër.
sessions-region = Ku jeton?
sessions-silent = A duhet që ftesat të vijnë me zë? Pa zë është më e sigurt nëse dikush është pranë teje. Mesazhet pa zë mund t'i tregojnë prapë fjalët e tyre në ekranin e telefonit tënd.
sessions-done = U bë. Do të marrësh ftesa për:
sessions-reminder-set = U bë. Do të të kujtojmë një ditë më parë.
sessions-reminder-already = Kujtesa jote është vendosur tashmë.
sessions-reminder-late = Ky takim ka filluar tashmë ose nuk ekziston më.
sessions-reminder-off = Kujtesat për këtë takim janë fikur.
sessions-reminder = ⏰ Kujtesë: ky takim është nesër.
btn-sessions-open = 📅 Takime dhe ftesa
btn-subscribe = 🔔 Merr ftesa
btn-unsubscribe = 🔕 Ndalo ftesat
btn-change-topics = ✏️ Ndrysho zgjedhjet e mia
btn-remind = ⏰ Më kujto
btn-consent-yes = ✅ Po, jam dakord
btn-next = ➡️ Tjetër
btn-sound = 🔔 Me zë
btn-silent = 🔕 Pa zë
topic-rights = ⚖️ Të drejta
topic-health = 🩺 Shëndet
topic-work = 💼 Punë dhe formim
topic-language = 🗣️ Kurse gjuhe
topic-children = 🧒 Fëmijë
