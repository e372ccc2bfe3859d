# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    Merci. Un médiateur ou une médiatrice qui parle votre langue va vous écrire ici, dans cette conversation.
    Le médiateur ou la médiatrice ne verra pas votre nom, votre nom d'utilisateur ou votre numéro de téléphone.
    Vous pouvez écrire maintenant. Nous transmettrons vos messages quand le médiateur ou la médiatrice arrivera.
handoff-case-number = Votre numéro de dossier :
handoff-queue-place = Votre place dans la file d'attente :
handoff-urgent = Si vous êtes en danger maintenant, appelez le 112. C'est gratuit.
handoff-already = Vous attendez déjà un médiateur ou une médiatrice. Vous pouvez écrire ici maintenant.
handoff-hours = Les médiateurs et médiatrices répondent à ces horaires :
handoff-hours-later = Il n'y a personne maintenant. Vos messages vont attendre le médiateur ou la médiatrice. Si vous ne pouvez pas attendre, appelez une ligne d'aide maintenant.
handoff-joined = Un médiateur ou une médiatrice est là maintenant. Écrivez ici, dans cette conversation. Touchez « Terminer le chat » quand vous voulez arrêter.
handoff-in-chat = Vous parlez avec un médiateur ou une médiatrice. Écrivez ici. Touchez « Terminer le chat » pour arrêter et revenir au menu.
handoff-escalated = Pardon, personne n'est encore libre. Nous cherchons toujours un médiateur ou une médiatrice. Si vous ne pouvez pas attendre, appelez une ligne d'aide maintenant :
handoff-mediator-left = Le médiateur ou la médiatrice a dû partir. Nous cherchons une autre personne. Vos messages vont attendre ici.
handoff-not-passed = Pardon, ce type de message ne peut pas être transmis. Écrivez-le en texte, s'il vous plaît, ou envoyez une photo, un message vocal ou un fichier.
handoff-held-full = Vous avez envoyé beaucoup de messages. Le médiateur ou la médiatrice verra les premiers. Les messages suivants ne sont pas transmis. Quand le médiateur ou la médiatrice sera là, vous pourrez écrire de nouveau.
handoff-contact-refused = Nous n'avons pas transmis ceci. Un contact montre un nom et un numéro de téléphone, souvent les vôtres. Le médiateur ou la médiatrice n'en a pas besoin. Si vous voulez donner un numéro, vous pouvez l'écrire.
handoff-file-warning = Nous n'avons pas transmis ce fichier. Un fichier peut cacher des informations, par exemple où et quand une photo a été prise. Une photo est plus sûre : envoyez-la comme photo, pas comme fichier. Si vous voulez quand même envoyer ce fichier, envoyez-le encore une fois.
handoff-copies = Telegram garde cette conversation sur ses serveurs. Le médiateur ou la médiatrice reçoit des copies de vos messages. Nous effaçons ces copies quand le chat se termine, ou quand vous utilisez la Sortie rapide. Telegram nous laisse effacer seulement les messages de moins de 2 jours : les copies plus anciennes restent chez le médiateur ou la médiatrice.
handoff-ended = Le chat avec le médiateur ou la médiatrice est terminé. Vous pouvez de nouveau demander à parler à une personne, à tout moment.
handoff-closed-by-mediator = Le médiateur ou la médiatrice a terminé le chat. Vous pouvez de nouveau demander à parler à une personne, à tout moment.
handoff-rate = Est-ce que ce chat vous a aidée ? Vous n'avez pas besoin de répondre. Votre réponse ne porte pas votre nom.
handoff-thanks = Merci pour votre réponse.
handoff-unavailable = Le chat avec un médiateur ou une médiatrice dans ce bot n'est pas encore ouvert.
btn-talk-here = 💬 Parler ici à un médiateur / une médiatrice
btn-end-chat = ✖️ Terminer le chat
btn-helplines = ☎️ Lignes d'aide
btn-rate-good = 👍 Oui
btn-rate-some = 🙂 Un peu
btn-rate-bad = 👎 Non
cmd-human = Parler à une personne
handoff-idle-closed = Le chat avec le médiateur ou la médiatrice est fermé, parce que personne n'a écrit depuis de nombreux jours. Vous pouvez de nouveau demander à parler à une personne, à tout moment.
