# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    Merci. Un médiateur qui parle ta langue va t'écrire ici, dans cette conversation.
    Le médiateur ne verra pas ton nom, ton nom d'utilisateur ou ton numéro de téléphone.
    Tu peux écrire maintenant. Nous transmettrons tes messages au médiateur quand il arrivera.
handoff-case-number = Ton numéro de dossier :
handoff-queue-place = Ta place dans la file d'attente :
handoff-urgent = Si tu es en danger maintenant, appelle le 112. C'est gratuit.
handoff-already = Tu attends déjà un médiateur. Tu peux écrire ici maintenant.
handoff-hours = Les médiateurs répondent à ces horaires :
handoff-hours-later = Il n'y a personne maintenant. Tes messages vont attendre le médiateur. Si tu ne peux pas attendre, appelle une ligne d'aide maintenant.
handoff-joined = Un médiateur est là maintenant. Écris ici, dans cette conversation. Touche « Terminer le chat » quand tu veux arrêter.
handoff-in-chat = Tu parles avec un médiateur. Écris ici. Touche « Terminer le chat » pour arrêter et revenir au menu.
handoff-escalated = Pardon, personne n'est encore libre. Nous cherchons toujours un médiateur. Si tu ne peux pas attendre, appelle une ligne d'aide maintenant :
handoff-mediator-left = Le médiateur a dû partir. Nous cherchons un autre médiateur. Tes messages vont attendre ici.
handoff-not-passed = Pardon, ce type de message ne peut pas être transmis. Écris-le en texte, s'il te plaît, ou envoie une photo, un message vocal ou un fichier.
handoff-held-full = Tu as envoyé beaucoup de messages. Le médiateur verra les premiers. Les messages suivants ne sont pas transmis. Quand le médiateur sera là, tu pourras écrire de nouveau.
handoff-contact-refused = Nous n'avons pas transmis ceci. Un contact montre un nom et un numéro de téléphone, souvent les tiens. Le médiateur n'en a pas besoin. Si tu veux donner un numéro, tu peux l'écrire.
handoff-file-warning = Nous n'avons pas transmis ce fichier. Un fichier peut cacher des informations, par exemple où et quand une photo a été prise. Une photo est plus sûre : envoie-la comme photo, pas comme fichier. Si tu veux quand même envoyer ce fichier, envoie-le encore une fois.
handoff-copies = Telegram garde cette conversation sur ses serveurs. Le médiateur reçoit des copies de tes messages. Nous effaçons ces copies quand le chat se termine, ou quand tu utilises la Sortie rapide. Telegram nous laisse effacer seulement les messages de moins de 2 jours : les copies plus anciennes restent chez le médiateur.
handoff-ended = Le chat avec le médiateur est terminé. Tu peux de nouveau demander à parler à une personne, à tout moment.
handoff-closed-by-mediator = Le médiateur a terminé le chat. Tu peux de nouveau demander à parler à une personne, à tout moment.
handoff-rate = Est-ce que ce chat t'a aidée ? Tu n'as pas besoin de répondre. Ta réponse ne porte pas ton nom.
handoff-thanks = Merci pour ta réponse.
handoff-unavailable = Le chat avec un médiateur dans ce bot n'est pas encore ouvert.
btn-talk-here = 💬 Parler à un médiateur ici
btn-end-chat = ✖️ Terminer le chat
btn-helplines = ☎️ Lignes d'aide
btn-rate-good = 👍 Oui
btn-rate-some = 🙂 Un peu
btn-rate-bad = 👎 Non
cmd-human = Parler à une personne
handoff-idle-closed = Le chat avec le médiateur est fermé, parce que personne n'a écrit depuis de nombreux jours. Tu peux de nouveau demander à parler à une personne, à tout moment.
