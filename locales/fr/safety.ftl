# "Stay safe", "Privacy and forget me", and "Awareness sessions".
# French translation of the English reference. DRAFT: not yet checked by a native speaker.

safety =
    Restez en sécurité

    • Si quelqu'un contrôle votre téléphone, supprimez cette conversation après l'avoir lue : appuyez longtemps sur la conversation, puis « Supprimer ». Choisissez de la supprimer pour les deux personnes.
    • Nos réponses arrivent sans son. Mais leurs mots peuvent s'afficher sur l'écran de votre téléphone quand elles arrivent. Pour les cacher : Paramètres, puis Notifications et sons, puis désactivez l'aperçu des messages.
    • Vous pouvez verrouiller Telegram avec un code : Paramètres, puis Confidentialité et sécurité, puis Code de verrouillage.
    • Regardez dans Paramètres, puis Appareils. Vous y voyez chaque téléphone et ordinateur où votre Telegram est ouvert. Si vous en voyez un que vous ne connaissez pas, fermez-le depuis là.

safety-exit =
    Sortie rapide et traces sur votre téléphone

    • Le bouton 🚪 Sortie rapide est sur chaque écran. Il efface nos derniers messages et laisse une seule ligne, courte et neutre.
    • La sortie rapide ne peut pas effacer les messages de plus de 48 heures, les notifications que vous avez déjà vues, les captures d'écran ou la liste des appels de votre téléphone.
    • En Espagne, un appel au 016 n'apparaît pas sur la facture de téléphone, mais il reste dans la liste des appels. Effacez-le après l'appel.

btn-safety-exit = 🚪 Ce que la Sortie rapide efface

privacy =
    Ce que nous gardons sur vous :
    • un numéro pour cette conversation (donné par Telegram), pas votre numéro de téléphone ;
    • votre langue, votre pays si vous l'avez choisi ou si vous avez envoyé une position, et l'endroit où vous êtes dans le menu ;
    • le moment où vous avez dit oui à tout cela, et le jour où vous avez écrit pour la dernière fois ;
    • pendant { $exit_window_days ->
        [one] { $exit_window_days } jour
       *[other] { $exit_window_days } jours
    }, les numéros de nos derniers messages (pas ce qu'ils disent), pour que la Sortie rapide puisse les effacer.

    Nous ne gardons jamais votre nom, votre numéro de téléphone, vos photos ou ce que vous écrivez. Nous ne gardons pas votre position.

    Si vous n'écrivez pas pendant { $inactive_months } mois, nous effaçons tout. Avec /forget ou avec le bouton ci-dessous, nous effaçons tout ce qui vous concerne, en une seule fois.
btn-forget = 🗑️ Effacer toutes mes données
forget-confirm = Voulez-vous effacer tout ce que nous gardons sur vous ? Vous pouvez recommencer à tout moment.
btn-forget-yes = Oui, tout effacer

sessions =
    Les séances de sensibilisation sont des réunions où des organisations expliquent les droits, la santé et la sécurité, souvent avec un médiateur ou une médiatrice culturelle qui parle votre langue.

    Voyez les séances près de chez vous, demandez un rappel ou recevez une invitation quand une nouvelle séance est prévue.
