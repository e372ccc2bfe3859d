# "Stay safe", "Privacy and forget me", and "Awareness sessions".
# French translation of the English reference. DRAFT: not yet checked by a native speaker.

safety =
    Reste en sécurité

    • Si quelqu'un contrôle ton téléphone, supprime cette conversation après l'avoir lue : appuie longtemps sur la conversation, puis « Supprimer ». Choisis de la supprimer pour les deux personnes.
    • Le bouton 🚪 Sortie rapide est sur chaque écran. Il efface nos derniers messages et laisse une seule ligne, courte et neutre.
    • La sortie rapide ne peut pas effacer les messages de plus de 48 heures, les notifications que tu as déjà vues, les captures d'écran ou la liste des appels de ton téléphone.
    • En Espagne, un appel au 016 n'apparaît pas sur la facture de téléphone, mais il reste dans la liste des appels. Efface-le après l'appel.
    • Nos réponses arrivent sans son. Mais leurs mots peuvent s'afficher sur l'écran de ton téléphone quand elles arrivent. Pour les cacher : Paramètres, puis Notifications et sons, puis désactive l'aperçu des messages.
    • Tu peux verrouiller Telegram avec un code : Paramètres, puis Confidentialité et sécurité, puis Code de verrouillage.
    • Regarde dans Paramètres, puis Appareils. Tu y vois chaque téléphone et ordinateur où ton Telegram est ouvert. Si tu en vois un que tu ne connais pas, ferme-le depuis là.

privacy =
    Ce que nous gardons sur toi :
    • un numéro pour cette conversation (donné par Telegram), pas ton numéro de téléphone ;
    • ta langue, ton pays si tu l'as choisi ou si tu as envoyé une position, et l'endroit où tu es dans le menu ;
    • le moment où tu as dit oui à tout cela, et le jour où tu as écrit pour la dernière fois ;
    • pendant 2 jours, les numéros de nos derniers messages (pas ce qu'ils disent), pour que la Sortie rapide puisse les effacer.

    Nous ne gardons jamais ton nom, ton numéro de téléphone, tes photos ou ce que tu écris. Nous ne gardons pas ta position.

    Si tu n'écris pas pendant 6 mois, nous effaçons tout. Avec /forget ou avec le bouton ci-dessous, nous effaçons tout ce qui te concerne, en une seule fois.
btn-forget = 🗑️ Effacer toutes mes données
forget-confirm = Veux-tu effacer tout ce que nous gardons sur toi ? Tu peux recommencer à tout moment.
btn-forget-yes = Oui, tout effacer

sessions =
    Les séances de sensibilisation sont des réunions où des organisations expliquent les droits, la santé et la sécurité, souvent avec un médiateur culturel qui parle ta langue.

    Vois les séances près de chez toi, demande un rappel ou reçois une invitation quand une nouvelle est prévue.
