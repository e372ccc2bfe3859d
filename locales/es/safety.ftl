# "Stay safe", "Privacy and forget me", and "Awareness sessions".

safety =
    Tu seguridad

    • Si alguien revisa tu teléfono, borra este chat después de leerlo: mantén pulsado el chat y luego "Eliminar". Elige borrarlo para las dos partes.
    • Nuestras respuestas llegan sin sonido. Pero sus palabras pueden verse en la pantalla de tu teléfono cuando llegan. Para ocultarlas: Ajustes, luego Notificaciones y sonidos, luego desactiva la vista previa de los mensajes.
    • Puedes bloquear Telegram con un código: Ajustes, luego Privacidad y seguridad, luego Código de bloqueo.
    • Mira en Ajustes, luego Dispositivos. Ahí ves cada teléfono y ordenador donde tu Telegram está abierto. Si ves uno que no conoces, ciérralo desde ahí.

safety-exit =
    Salida rápida y rastros en tu teléfono

    • El botón 🚪 Salida rápida está en todas las pantallas. Borra nuestros mensajes recientes y deja solo una línea corta y neutral.
    • La salida rápida no puede borrar los mensajes de más de 48 horas, las notificaciones que ya viste, las capturas de pantalla ni la lista de llamadas de tu teléfono.
    • En España, una llamada al 016 no aparece en la factura del teléfono, pero sí queda en la lista de llamadas. Bórrala después de la llamada.

btn-safety-exit = 🚪 Qué borra la Salida rápida

privacy =
    Lo que guardamos sobre ti:
    • un número para este chat (de Telegram), no tu número de teléfono;
    • tu idioma, tu país si lo elegiste o si enviaste una ubicación, y en qué parte del menú estás;
    • cuándo dijiste que sí a esto, y el día en que escribiste por última vez;
    • durante { $exit_window_days ->
        [one] { $exit_window_days } día
       *[other] { $exit_window_days } días
    }, los números de nuestros mensajes recientes (no lo que dicen), para que la Salida rápida pueda borrarlos.

    Nunca guardamos tu nombre, tu número de teléfono, tus fotos ni lo que escribes. No guardamos tu ubicación.

    Si no escribes durante { $inactive_months ->
        [one] { $inactive_months } mes
       *[other] { $inactive_months } meses
    }, lo borramos todo. Con /forget o con el botón de abajo, borramos todo sobre ti de una vez.
btn-forget = 🗑️ Borrar todos mis datos
forget-confirm = ¿Quieres borrar todo lo que guardamos sobre ti? Puedes empezar de nuevo cuando quieras.
btn-forget-yes = Sí, borrar todo

sessions =
    En las charlas informativas, algunas organizaciones explican derechos, salud y seguridad, muchas veces con una mediadora o un mediador cultural que habla tu idioma.

    Mira las sesiones cerca de ti, pide un recordatorio o recibe una invitación cuando haya una nueva.
