# "I am in danger now" and "Find help near me": national lines, checked in shared FACTS.md.
# Keep every phone number exactly as written: people tap them to call.

danger =
    Si estás en peligro ahora, llama al 112.
    Toca un número para llamar.

    🇪🇺 En toda Europa: 112 (policía, ambulancia, bomberos)
    🇮🇹 Italia: 1522, para la violencia contra las mujeres. Gratis, de día y de noche, en muchos idiomas.
    🇪🇸 España: 016, para la violencia contra las mujeres. Gratis, de día y de noche, en 53 idiomas. WhatsApp: 600 000 016
    🇬🇷 Grecia: 15900, para la violencia contra las mujeres, de día y de noche. Policía: 100

    En Italia, el 112 funciona sin saldo y sin tarjeta SIM.
    En Grecia, si no puedes hablar, envía un SMS al 100 con tu dirección, tu nombre y lo que está pasando.

help =
    ¿Estás en peligro ahora? Llama al 112.

    ¿Dónde estás? Envía tu ubicación, o escribe el nombre de tu ciudad (por ejemplo Milano, Sevilla, Atenas). Usamos esta información una vez para buscar ayuda, y no la guardamos.
    O elige el país para ver sus líneas nacionales.
btn-help-it = 🇮🇹 Italia
btn-help-es = 🇪🇸 España
btn-help-gr = 🇬🇷 Grecia

help-it =
    Ayuda en Italia. Todos estos números son gratis. Toca un número para llamar.

    📞 1522: violencia y acoso (stalking) contra las mujeres. De día y de noche. No tienes que decir tu nombre. Puedes hablar en italiano, inglés, francés, español, árabe, farsi, albanés, ruso, ucraniano, portugués o polaco. Te pueden informar sobre centros antiviolencia cerca de ti.
    📞 800 290 290: trata y explotación (sexual, laboral, pedir limosna). De día y de noche, en muchos idiomas. No tienes que decir tu nombre.
    📞 114: un niño o una niña en peligro. De día y de noche.
    📞 19696: una línea que escucha a niños, niñas y jóvenes. De día y de noche.
    📞 112: emergencias. Funciona sin saldo y sin tarjeta SIM.

    Los centros antiviolencia ayudan gratis, y lo que dices queda en privado. No necesitas ir antes a la policía.

help-es =
    Ayuda en España. Toca un número para llamar.

    📞 016: violencia contra las mujeres. Información, ayuda legal y psicológica. Gratis, confidencial, de día y de noche, en 53 idiomas. También WhatsApp 600 000 016 y correo 016-online@igualdad.gob.es
    Una llamada al 016 no aparece en la factura del teléfono, pero sí queda en la lista de llamadas de tu teléfono. Bórrala después de la llamada.
    📞 900 200 999: en Andalucía, la línea de la mujer. Gratis, confidencial, de día y de noche, en 72 idiomas. Puede buscarte una casa de acogida.
    📞 900 10 50 90: trata (Policía Nacional). No tienes que decir tu nombre. Correo: trata@policia.es
    📞 024: si piensas en el suicidio. Gratis, de día y de noche. No tienes que decir tu nombre.
    📞 116 111: niños, niñas y jóvenes (ANAR). Gratis, de día y de noche.
    📞 112: emergencias.

help-gr =
    Ayuda en Grecia. Toca un número para llamar.

    📞 15900: línea SOS para la violencia contra las mujeres, en toda Grecia, de día y de noche. Griego e inglés. Correo: sos15900@isotita.gr
    📞 100: policía. Si no puedes hablar, envía un SMS al 100 con tu dirección, tu nombre y lo que está pasando.
    📞 1109: trata.
    📞 1056: un niño o una niña en peligro (The Smile of the Child). Gratis, de día y de noche.
    📞 112: emergencias.

    El 15900, los centros de asesoramiento y las casas de acogida son una misma red de la Secretaría General de Igualdad y Derechos Humanos. Los centros de asesoramiento dan consejo gratis: psicológico, legal y sobre el trabajo. También te ayudan a encontrar una casa de acogida.

talk =
    Puedes hablar ahora con una persona en estas líneas:
    🇮🇹 1522 (violencia) y 800 290 290 (trata): gratis, muchos idiomas
    🇪🇸 016 (violencia): gratis, 53 idiomas, también WhatsApp 600 000 016
    🇬🇷 15900 (violencia): griego e inglés
