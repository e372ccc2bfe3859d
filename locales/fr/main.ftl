# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# French translation of the English reference. DRAFT: not yet checked by a native speaker.
# Aim at A2 reading level: short sentences, common words, one idea per line.

language-name = Français
language-choose = Choisissez votre langue
draft-notice = Remarque : cette traduction n'a pas encore été vérifiée par une personne de langue maternelle française. Si quelque chose n'est pas clair, choisissez une autre langue ou appelez une ligne d'aide.

welcome =
    Si vous êtes en danger maintenant, appelez le 112.

    Bonjour. Ici, vous trouvez des informations gratuites sur vos droits et sur l'aide contre la violence, dans votre langue.

    ⚠️ Si quelqu'un peut voir votre téléphone, il peut lire cette conversation. Pour la supprimer : appuyez longtemps sur la conversation, puis « Supprimer ». « Sortie rapide » efface nos derniers messages.

    Nous gardons un numéro pour cette conversation, votre langue, votre pays et l'endroit où vous êtes dans le menu. Aussi le moment où vous avez appuyé sur OK, et votre dernier jour ici. Pendant { $exit_window_days ->
        [one] { $exit_window_days } jour
       *[other] { $exit_window_days } jours
    }, nous gardons les numéros de nos derniers messages (pas leurs mots), pour la Sortie rapide.
    Nous ne gardons jamais votre nom, votre numéro de téléphone ou ce que vous écrivez. Après { $inactive_months } mois sans message, nous effaçons tout. /forget efface tout maintenant.
btn-agree = ✅ OK, continuer
btn-decline = ❌ Non, ne rien garder

menu = De quoi avez-vous besoin ? Choisissez un bouton.
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
    Vous pouvez utiliser ces commandes à tout moment :
    /menu : le menu principal
    /human : parler à une personne
    /end : terminer le chat avec une personne
    /language : changer de langue
    /exit : sortie rapide, efface nos derniers messages
    /forget : efface tout ce que nous gardons sur vous
    /subscribe : séances et invitations
    /stop : arrête toutes les annonces
    /help : cette liste

    Si vous êtes en danger maintenant, appelez le 112.
not-understood = Pardon, je n'ai pas compris. Choisissez un bouton, s'il vous plaît. Si vous êtes en danger maintenant, appelez le 112.
unsupported-media = Pardon, je peux lire seulement du texte et des boutons. Choisissez un bouton, s'il vous plaît. Si vous êtes en danger maintenant, appelez le 112.
location-used = Merci. Nous avons utilisé votre position une seule fois pour trouver de l'aide, et nous ne l'avons pas gardée.
exit-done = C'est fait.
stop-done = Vous ne recevrez aucune annonce de notre part.
forget-done = Tout ce qui vous concerne est effacé. Si vous écrivez à nouveau, nous recommençons depuis le début. Si vous êtes en danger maintenant, appelez le 112.
