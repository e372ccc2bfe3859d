# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Spanish translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    Gracias. Una mediadora o un mediador que habla tu idioma te va a escribir aquí, en este chat.
    Esta persona no va a ver tu nombre, tu nombre de usuario ni tu número de teléfono.
    Puedes escribir ahora. Le pasaremos tus mensajes cuando llegue.
handoff-case-number = Tu número de caso:
handoff-queue-place = Tu lugar en la lista de espera:
handoff-urgent = Si estás en peligro ahora, llama al 112. Es gratis.
handoff-already = Ya estás esperando a una mediadora o un mediador. Puedes escribir aquí ahora.
handoff-hours = Las mediadoras y los mediadores responden en este horario:
handoff-hours-later = Ahora no hay nadie. Tus mensajes van a esperar a la mediadora o al mediador. Si no puedes esperar, llama ahora a una línea de ayuda.
handoff-joined = Ya está aquí una mediadora o un mediador. Escribe aquí, en este chat. Toca "Terminar el chat" cuando quieras parar.
handoff-in-chat = Estás hablando con una mediadora o un mediador. Escribe aquí. Toca "Terminar el chat" para parar y volver al menú.
handoff-escalated = Perdona, todavía no hay nadie libre. Seguimos buscando una mediadora o un mediador. Si no puedes esperar, llama ahora a una línea de ayuda:
handoff-mediator-left = La mediadora o el mediador ha tenido que irse. Estamos buscando a otra mediadora u otro mediador. Tus mensajes van a esperar aquí.
handoff-not-passed = Perdona, no podemos pasar este tipo de mensaje. Por favor, escríbelo como texto, o envía una foto, un mensaje de voz o un archivo.
handoff-held-full = Has enviado muchos mensajes. La mediadora o el mediador verá los primeros. Los siguientes mensajes no se pasan. Cuando la mediadora o el mediador esté aquí, puedes escribir otra vez.
handoff-contact-refused = No hemos pasado esto. Un contacto muestra un nombre y un número de teléfono, muchas veces los tuyos. La mediadora o el mediador no los necesita. Si quieres dar un número, puedes escribirlo.
handoff-file-warning = No hemos pasado este archivo. Un archivo puede esconder datos, por ejemplo dónde y cuándo se hizo una foto. Una foto es más segura: envíala como foto, no como archivo. Si aun así quieres enviar este archivo, envíalo otra vez.
handoff-copies = Telegram guarda este chat en sus servidores. La mediadora o el mediador recibe copias de tus mensajes. Borramos estas copias cuando termina el chat, o cuando usas la Salida rápida. Telegram solo nos deja borrar mensajes de menos de 2 días: las copias más antiguas se quedan en su chat.
handoff-ended = El chat con la mediadora o el mediador ha terminado. Puedes pedir otra vez hablar con una persona cuando quieras.
handoff-closed-by-mediator = La mediadora o el mediador ha terminado el chat. Puedes pedir otra vez hablar con una persona cuando quieras.
handoff-rate = ¿Te ha ayudado este chat? No tienes que responder. Tu respuesta no lleva tu nombre.
handoff-thanks = Gracias por tu respuesta.
handoff-unavailable = El chat con una mediadora o un mediador dentro de este bot todavía no está abierto.
btn-talk-here = 💬 Chat aquí con mediador/a
btn-end-chat = ✖️ Terminar el chat
btn-helplines = ☎️ Líneas de ayuda
btn-rate-good = 👍 Sí
btn-rate-some = 🙂 Un poco
btn-rate-bad = 👎 No
cmd-human = Hablar con una persona
handoff-idle-closed = El chat con la mediadora o el mediador está cerrado, porque nadie escribió durante muchos días. Puedes pedir otra vez hablar con una persona cuando quieras.
