# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.
# Aim at A2 reading level: short sentences, common words, one idea per line.

language-name = Français
language-choose = Choisis ta langue
draft-notice = Remarque : cette traduction n'a pas encore été vérifiée par une personne de langue maternelle française. Si quelque chose n'est pas clair, choisis une autre langue ou appelle une ligne d'aide.

welcome =
    Bonjour. Ici, tu trouves des informations sur tes droits et sur l'aide contre la violence, dans ta langue. C'est gratuit.

    ⚠️ Attention : si une autre personne peut voir ton téléphone, elle peut lire cette conversation. Tu peux supprimer cette conversation à tout moment : appuie longtemps sur la conversation dans ta liste de discussions, puis choisis « Supprimer ». Le bouton « Sortie rapide » efface nos derniers messages.

    Ce que nous gardons : un numéro pour cette conversation, ta langue, ton pays si tu le choisis ou si tu envoies une position, l'endroit où tu es dans le menu, le moment où tu appuies sur OK, et le jour où tu as écrit pour la dernière fois. Pendant 2 jours, nous gardons aussi les numéros de nos derniers messages (pas ce qu'ils disent), pour que la Sortie rapide puisse les effacer.
    Nous ne gardons jamais ton nom, ton numéro de téléphone ou ce que tu écris. Si tu n'écris pas pendant 6 mois, nous effaçons tout. Avec /forget, nous effaçons tout, en une seule fois.

    Si tu es en danger maintenant, appelle le 112.
btn-agree = ✅ OK, continuer
btn-decline = ❌ Non, ne rien garder

menu = De quoi as-tu besoin ? Choisis un bouton.
btn-danger = 🆘 Je suis en danger maintenant
btn-find-help = 📍 Trouver de l'aide près de moi
btn-rights = ⚖️ Connaître mes droits
btn-talk = 💬 Parler à une personne
btn-sessions = 📅 Séances de sensibilisation
btn-safety = 🛡️ Sécurité / sortie rapide
btn-privacy = 🔒 Vie privée / effacer mes données
btn-language = 🌐 Langue

btn-back = ⬅️ Retour
btn-menu = 🏠 Menu
btn-exit = 🚪 Sortie rapide

help-commands =
    Tu peux utiliser ces commandes à tout moment :
    /menu : le menu principal
    /human : parler à une personne
    /end : terminer le chat avec une personne
    /language : changer de langue
    /exit : sortie rapide, efface nos derniers messages
    /forget : efface tout ce que nous gardons sur toi
    /subscribe: séances et invitations
    /stop : arrête toutes les annonces
    /help : cette liste

    Si tu es en danger maintenant, appelle le 112.
not-understood = Pardon, je n'ai pas compris. Choisis un bouton, s'il te plaît. Si tu es en danger maintenant, appelle le 112.
unsupported-media = Pardon, je peux lire seulement du texte et des boutons. Choisis un bouton, s'il te plaît. Si tu es en danger maintenant, appelle le 112.
location-used = Merci. Nous avons utilisé ta position une seule fois pour trouver de l'aide, et nous ne l'avons pas gardée.
exit-done = C'est fait.
stop-done = Tu ne recevras aucune annonce de notre part.
forget-done = Tout ce qui te concerne est effacé. Si tu écris à nouveau, nous recommençons depuis le début. Si tu es en danger maintenant, appelle le 112.
