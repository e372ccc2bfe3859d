# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Albanian translation of the English reference. DRAFT: not yet checked by a native speaker.
# The mediator is named in both genders: "një ndërmjetëse ose një ndërmjetës".
handoff-waiting =
    Faleminderit. Një ndërmjetëse ose një ndërmjetës që flet gjuhën tënde do të të shkruajë këtu, në këtë bisedë.
    Ky person nuk do të shohë emrin tënd, emrin tënd të përdoruesit ose numrin tënd të telefonit.
    Mund të shkruash tani. Do t'ia çojmë mesazhet e tua kur të vijë.
handoff-case-number = Numri i rastit tënd:
handoff-queue-place = Vendi yt në radhë:
handoff-urgent = Nëse je në rrezik tani, telefono 112. Është falas.
handoff-already = Ti po pret tashmë një ndërmjetëse ose një ndërmjetës. Mund të shkruash këtu tani.
handoff-hours = Ndërmjetëset dhe ndërmjetësit përgjigjen në këto orare:
handoff-hours-later = Tani nuk ka njeri këtu. Mesazhet e tua do të presin ndërmjetësen ose ndërmjetësin. Nëse nuk mund të presësh, telefono tani një linjë ndihme.
handoff-joined = Një ndërmjetëse ose një ndërmjetës është këtu tani. Shkruaj këtu, në këtë bisedë. Shtyp "Mbyll bisedën" kur do të ndalosh.
handoff-in-chat = Ti po flet me një ndërmjetëse ose një ndërmjetës. Shkruaj këtu. Shtyp "Mbyll bisedën" për të ndaluar dhe për t'u kthyer te menyja.
handoff-escalated = Na vjen keq, ende nuk ka njeri të lirë. Po kërkojmë ende një ndërmjetëse ose një ndërmjetës. Nëse nuk mund të presësh, telefono tani një linjë ndihme:
handoff-mediator-left = Ndërmjetësja ose ndërmjetësi duhej të largohej. Po kërkojmë një ndërmjetëse ose një ndërmjetës tjetër. Mesazhet e tua do të presin këtu.
handoff-not-passed = Na vjen keq, ky lloj mesazhi nuk mund të përcillet. Të lutem, shkruaje si tekst, ose dërgo një foto, një mesazh zanor ose një skedar.
handoff-held-full = Ke dërguar shumë mesazhe. Ndërmjetësja ose ndërmjetësi do të shohë të parat. Mesazhet e tjera nuk përcillen. Kur ndërmjetësja ose ndërmjetësi të jetë këtu, mund të shkruash përsëri.
handoff-contact-refused = Nuk e përcollëm këtë. Një kontakt tregon një emër dhe një numër telefoni, shpesh tëndin. Ndërmjetësja ose ndërmjetësi nuk ka nevojë për to. Nëse do të japësh një numër, mund ta shkruash.
handoff-file-warning = Nuk e përcollëm këtë skedar. Një skedar mund të fshehë të dhëna, për shembull ku dhe kur është bërë një foto. Një foto është më e sigurt: dërgoje si foto, jo si skedar. Nëse prapë do ta dërgosh këtë skedar, dërgoje përsëri.
handoff-copies = Telegram e mban këtë bisedë në serverët e tij. Ndërmjetësja ose ndërmjetësi merr kopje të mesazheve të tua. Ne i fshijmë këto kopje kur mbaron biseda, ose kur përdor Dalje e shpejtë. Telegram na lejon të fshijmë vetëm mesazhe më të reja se 2 ditë: kopjet më të vjetra mbeten te ndërmjetësja ose ndërmjetësi.
handoff-ended = Biseda me ndërmjetësen ose ndërmjetësin ka mbaruar. Mund të kërkosh përsëri të flasësh me një person në çdo kohë.
handoff-closed-by-mediator = Ndërmjetësja ose ndërmjetësi e mbylli bisedën. Mund të kërkosh përsëri të flasësh me një person në çdo kohë.
handoff-rate = A të ndihmoi kjo bisedë? Nuk je e detyruar të përgjigjesh. Përgjigjja jote nuk ka emër.
handoff-thanks = Faleminderit për përgjigjen.
handoff-unavailable = Biseda me një ndërmjetëse ose ndërmjetës brenda këtij boti nuk është hapur ende.
btn-talk-here = 💬 Bisedo këtu me një ndërmjetëse ose ndërmjetës
btn-end-chat = ✖️ Mbyll bisedën
btn-helplines = ☎️ Linja ndihme
btn-rate-good = 👍 Po
btn-rate-some = 🙂 Pak
btn-rate-bad = 👎 Jo
cmd-human = Fol me një person
# Her case was closed by the bot after many days with no message in it (or her data reached
# the end of the time it is kept). Calm and short: no blame, the way back open.
handoff-idle-closed = Biseda jote me një ndërmjetëse ose ndërmjetës është mbyllur, sepse askush nuk shkroi në të për shumë ditë. Mund të kërkosh përsëri të flasësh me një person në çdo kohë.
