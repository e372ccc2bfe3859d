# Awareness sessions and invitations (issue 6): the screens the bot shows beside the
# "sessions" node, the buttons under invitations, and the topics she can choose.

sessions-upcoming = Próximas sesiones en tu región y en tu idioma:
sessions-none = Todavía no hay sesiones en tu región y en tu idioma.
sessions-subscribed = Recibes invitaciones sobre:
sessions-ask = ¿Quieres una invitación cuando haya una sesión nueva cerca de ti?
sessions-consent =
    Invitaciones: qué guardamos

    Si dices que sí, guardamos los temas y la región que eliges, tu idioma, si las invitaciones llegan en silencio y el momento en que dijiste que sí. Solo los usamos para enviarte invitaciones.

    Puedes parar cuando quieras: escribe /stop o pulsa el botón debajo de una invitación. Entonces borramos tus elecciones.
sessions-topics = ¿Qué temas te interesan? Toca para elegir, toca otra vez para quitar. Después pulsa Siguiente.
sessions-region = ¿Dónde vives?
sessions-silent = ¿Las invitaciones deben sonar? En silencio es más seguro si alguien está cerca de ti. Los mensajes en silencio también pueden mostrar sus palabras en la pantalla de tu teléfono.
sessions-done = Listo. Recibirás invitaciones sobre:
sessions-reminder-set = Listo. Te lo recordamos el día antes.
sessions-reminder-already = El recordatorio ya está puesto.
sessions-reminder-late = Esta sesión ya empezó o ya no existe.
# Spanish translation of the English reference. DRAFT: not yet checked by a native speaker.
sessions-reminder-off = Los recordatorios de esta sesión están desactivados.
sessions-reminder = ⏰ Recordatorio: esta sesión es mañana.
btn-sessions-open = 📅 Sesiones e invitaciones
btn-subscribe = 🔔 Recibir invitaciones
btn-unsubscribe = 🔕 No más invitaciones
btn-change-topics = ✏️ Cambiar mis elecciones
btn-remind = ⏰ Recuérdamelo
btn-consent-yes = ✅ Sí, estoy de acuerdo
btn-next = ➡️ Siguiente
btn-sound = 🔔 Con sonido
btn-silent = 🔕 En silencio
topic-rights = ⚖️ Derechos
topic-health = 🩺 Salud
topic-work = 💼 Trabajo y formación
topic-language = 🗣️ Cursos de idioma
topic-children = 🧒 Hijos e hijas
