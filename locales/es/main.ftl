# Main screens: welcome, menu, buttons that appear everywhere, and short system replies.
# English is the reference: every other locale translates every message of this folder.
# Aim at A2 reading level: short sentences, common words, one idea per line.
# Español: borrador (draft), todavía sin revisar por una persona nativa. Forma "tú".

language-name = Español
language-choose = Elige tu idioma
draft-notice = Nota: esta traducción todavía no la ha revisado una persona nativa. Si algo no está claro, elige otro idioma o llama a una línea de ayuda.

welcome =
    Si estás en peligro ahora, llama al 112.

    Hola. Aquí encuentras información gratis sobre tus derechos y sobre la ayuda contra la violencia, en tu idioma.

    ⚠️ Si alguien puede ver tu teléfono, puede leer este chat. Para borrarlo: mantén pulsado el chat, luego "Eliminar". "Salida rápida" borra nuestros mensajes recientes.

    Guardamos un número para este chat, tu idioma, tu país y dónde estás en el menú. También cuándo pulsaste "De acuerdo" y tu último día aquí. Durante { $exit_window_days ->
        [one] { $exit_window_days } día
       *[other] { $exit_window_days } días
    } guardamos los números de nuestros mensajes recientes (no las palabras), para la Salida rápida.
    Nunca guardamos tu nombre, tu número de teléfono ni lo que escribes. Después de { $inactive_months ->
        [one] { $inactive_months } mes
       *[other] { $inactive_months } meses
    } sin mensajes, lo borramos todo. /forget lo borra todo ahora.
btn-agree = ✅ De acuerdo, continuar
btn-decline = ❌ No, no guardes nada

menu = ¿Qué necesitas? Elige un botón.
btn-danger = 🆘 Estoy en peligro ahora
btn-find-help = 📍 Buscar ayuda cerca de mí
btn-rights = ⚖️ Conocer mis derechos
btn-talk = 💬 Hablar con una persona
btn-sessions = 📅 Charlas informativas
btn-safety = 🛡️ Seguridad / salida rápida
btn-privacy = 🔒 Privacidad y olvidarme
btn-language = 🌐 Idioma

btn-back = ⬅️ Atrás
btn-menu = 🏠 Menú
btn-exit = 🚪 Salida rápida

help-commands =
    Puedes usar estos comandos en cualquier momento:
    /menu: el menú principal
    /human: hablar con una persona
    /end: terminar el chat con una persona
    /language: cambiar el idioma
    /exit: salida rápida, borra nuestros mensajes recientes
    /forget: borrar todo lo que guardamos sobre ti
    /subscribe: sesiones e invitaciones
    /stop: parar todos los avisos
    /help: esta lista

    Si estás en peligro ahora, llama al 112.
not-understood = Perdona, no te he entendido. Por favor, elige un botón. Si estás en peligro ahora, llama al 112.
unsupported-media = Perdona, solo puedo leer texto y botones. Por favor, elige un botón. Si estás en peligro ahora, llama al 112.
location-used = Gracias. Hemos usado tu ubicación una vez para buscar ayuda, y no la hemos guardado.
exit-done = Hecho.
stop-done = No vas a recibir ningún aviso de nuestra parte.
forget-done = Hemos borrado todo sobre ti. Si vuelves a escribir, empezamos desde el principio. Si estás en peligro ahora, llama al 112.
