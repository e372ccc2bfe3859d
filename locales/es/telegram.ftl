# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Empezar de nuevo
cmd-menu = Menú principal
cmd-language = Cambiar el idioma
cmd-help = Qué hacen los comandos
cmd-exit = Salida rápida: borra los mensajes recientes
cmd-forget = Borrar todo lo que guardamos de ti
cmd-subscribe = Sesiones e invitaciones
cmd-stop = Dejar de recibir avisos
flood-notice = Estás enviando muchos mensajes muy rápido. Te respondo de nuevo en un minuto. Si estás en peligro ahora, llama al 112.
btn-share-location = 📍 Enviar mi ubicación
