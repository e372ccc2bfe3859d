# "Know my rights": general information, not legal advice. Each topic's legal sources are
# named in dialogues/rights.toml. Say less rather than guess: do not add facts here that are
# not in the sources.

rights = ¿Qué quieres saber? Esto es información general, no es asesoramiento legal. Un centro antiviolencia o un abogado puede mirar tu caso.
btn-rights-forms = Formas de violencia
btn-rights-all = Derechos de todas las mujeres
btn-rights-it = 🇮🇹 Permisos en Italia
btn-rights-es = 🇪🇸 Derechos en España
btn-rights-gr = 🇬🇷 Derechos en Grecia
btn-rights-health = 🩺 Atención médica
btn-rights-centres = 🏠 Centros y casas de acogida
btn-rights-police = 👮 Ir a la policía
btn-rights-es-more = ➡️ Más: papeles, permisos, trata
btn-rights-it-more = ➡️ Más: explotación y trata
btn-rights-forms-more = ➡️ Más formas de violencia
btn-rights-all-permit = ➡️ Tu propio permiso de residencia
btn-rights-police-more = ➡️ Más: 🇪🇸 🇮🇹 🇬🇷

rights-forms =
    La violencia contra las mujeres tiene muchas formas. Todas están mal, y ninguna es culpa tuya.

    • Física: pegar, empujar, estrangular, quemar.
    • Sexual: cualquier acto sexual sin tu sí libre, también por parte de tu marido o tu pareja.
    • Psicológica: amenazas, insultos, control, hacerte tener miedo.
    • Económica: quitarte tu dinero, tus documentos o tu trabajo.
    • Acoso (stalking): seguirte, esperarte, llamadas o mensajes que no quieres.

rights-forms-more =
    Más formas de violencia

    • En internet: compartir tus fotos, vigilar tu teléfono, amenazas en internet.
    • Matrimonio forzado: un matrimonio que no elegiste libremente.
    • Mutilación genital femenina (MGF): cortar los genitales de una niña o de una mujer.
    • Trata: alguien te lleva o te tiene en un lugar para explotarte, para sexo, trabajo o pedir limosna.

    En Italia y en España, la MGF y el matrimonio forzado son delitos. En Italia, la MGF es delito también cuando se hace en el extranjero a una persona que vive en Italia.

rights-all =
    Algunos derechos no dependen de tus papeles.

    • Desde el primer contacto, tienes derecho a información: sobre apoyo, sobre la denuncia, sobre protección, sobre ayuda legal y sobre intérpretes.
    • Si la policía o un juez te hacen preguntas, tienes derecho a un intérprete gratis.
    • Tienes derecho a apoyo gratis y confidencial. No necesitas ir antes a la policía.

    Los 3 primeros puntos vienen de una ley de la Unión Europea sobre los derechos de las víctimas.

rights-all-permit =
    Tu propio permiso de residencia

    • Si tu permiso de residencia depende de tu marido o de tu pareja: el Convenio de Estambul (artículo 59) pide a los países darte tu propio permiso de residencia en situaciones muy difíciles, cuando la relación termina. No importa cuánto tiempo estuviste con él. También les pide parar por ahora una expulsión, para que puedas pedirlo. Pregunta a un centro o a un abogado cómo funciona esto en tu país.

rights-it =
    Italia: permisos de residencia para víctimas

    • Violencia doméstica (artículo 18-bis): tiene que haber un proceso penal por violencia doméstica, y tienes que estar en peligro real. Entonces el Questore (el jefe de la policía de tu provincia) puede darte un permiso. Un fiscal o un juez da su opinión. Un centro antiviolencia o los servicios sociales pueden ayudarte a empezar. El permiso dura 1 año. Con él puedes estudiar y trabajar. Después puedes cambiarlo por otro permiso.
    • Atención médica sin permiso: mira "Atención médica".

    Llama al 1522 (violencia) o al 800 290 290 (trata). Son gratis y te pueden ayudar a encontrar un centro.

rights-it-more =
    Italia: permisos de residencia para víctimas

    • Violencia o explotación grave, también trata (artículo 18): cuando estás en peligro, puedes tener un permiso de 6 meses. Se puede renovar. Con él puedes estudiar y trabajar. Puede empezar desde el fiscal, o desde los servicios sociales o una organización que te ayuda.

    Llama al 1522 (violencia) o al 800 290 290 (trata). Son gratis y te pueden ayudar a encontrar un centro.

rights-es =
    España: tus derechos como mujer extranjera

    • La ley contra la violencia de género protege a todas las mujeres, con o sin papeles. Cubre la violencia de tu marido, tu pareja o tu expareja, también si no vives con él.
    • Para muchos derechos, puedes demostrar que eres víctima con un informe de los servicios sociales, de un servicio especializado o de una casa de acogida. Para esto no necesitas una denuncia en la policía.

    Llama al 016: gratis, confidencial, de día y de noche.

rights-es-more =
    España: tus derechos como mujer extranjera

    • Si denuncias la violencia y no tienes papeles, no se abre ningún expediente contra ti por esto. Si ya hay un expediente o una expulsión abierta, se para por ahora (queda en pausa).
    • Con una orden de protección o un informe de la Fiscalía, puedes pedir un permiso de residencia y trabajo. Mientras esperas, recibes un permiso temporal, y tus hijos también. El permiso definitivo llega cuando el proceso judicial termina a tu favor. Si no es así, el expediente sobre tus papeles puede empezar de nuevo.
    • Trata: tienes tiempo para recuperarte y para decidir, sin expulsión. Después puedes tener un permiso de residencia y trabajo, o ayuda para volver a tu país.

    Llama al 016: gratis, confidencial, de día y de noche.

rights-gr =
    Grecia: tus derechos

    • La violencia doméstica es un delito. Cuando la policía o el fiscal lo saben, tienen que actuar, también sin tu denuncia.
    • Las víctimas de trata pueden tener un permiso de residencia. Con él puedes trabajar.
    • Quizás un permiso por razones humanitarias: una sola fuente (un borrador de la ley 5038/2023 en opengov.gr) dice que el Ministro puede darlo, también a víctimas de violencia doméstica. No es un derecho. Pregunta a un abogado o a un centro de asesoramiento.
    • Si pides asilo, recibes un número PAAYPA con tu tarjeta de asilo. Con este número, la atención médica es gratis.

    Llama al 15900, de día y de noche. El 15900 y los centros de asesoramiento son una misma red. Los centros de asesoramiento dan consejo gratis: psicológico, legal y sobre el trabajo. También te ayudan a encontrar una casa de acogida.

rights-health =
    Atención médica

    🇮🇹 Italia: si no tienes permiso de residencia, pide un código STP en el servicio de salud local (ASL) o en un hospital. Dura 6 meses y se puede renovar. Te da atención urgente y esencial, atención en el embarazo y en el parto igual que a las mujeres italianas, atención para niños y niñas, y vacunas. Es gratis si no tienes dinero. Por regla general, el servicio de salud no avisa a la policía sobre ti.
    🇪🇸 España: las personas sin residencia reciben atención sanitaria pública igual que las personas españolas. Desde marzo de 2026 puedes pedirla con una declaración firmada por ti, y recibes atención provisional enseguida.
    🇬🇷 Grecia: si pides asilo, tu número PAAYPA te da atención médica gratis.

    En una emergencia, llama al 112.

rights-centres =
    Centros y casas de acogida

    🇮🇹 Italia: los centros antiviolencia te escuchan gratis y dan ayuda psicológica y legal. Tienen una línea de teléfono de día y de noche. Allí trabajan mujeres. No necesitas ir a la policía, y lo que dices queda en privado. Las casas de acogida tienen una dirección secreta. Algunas casas de acogida piden un pago que depende de lo que ganas.
    🇪🇸 España: la ley dice que tienes derecho a ayuda de emergencia, a una casa de acogida y a apoyo psicológico, social, legal y para el trabajo. También hay centros de crisis para la violencia sexual, abiertos 24 horas.
    🇬🇷 Grecia: los centros de asesoramiento dan consejo gratis: psicológico, legal y sobre el trabajo. También te ayudan a encontrar una casa de acogida. Llama al 15900.

rights-police =
    Ir a la policía es tu decisión.

    • Puedes recibir ayuda de un centro o de una línea de ayuda sin ir a la policía.
    • Si la policía o un juez te hacen preguntas, tienes derecho a un intérprete gratis.

    Elige el país para leer cómo denunciar y cómo pedir una orden de protección. Si estás en peligro ahora, llama al 112.

rights-police-more =
    Ir a la policía es tu decisión.

    • 🇪🇸 España: si no tienes papeles, denunciar la violencia no abre un expediente contra ti. Una expulsión que ya está abierta se para por ahora (queda en pausa). Si el juicio no termina a tu favor, el expediente puede volver a empezar.
    • 🇮🇹 Italia: el permiso para víctimas de violencia doméstica (artículo 18-bis) necesita un proceso penal. Un centro antiviolencia te puede ayudar.
    • 🇬🇷 Grecia: la policía y el fiscal tienen que actuar contra la violencia doméstica también sin tu denuncia. Antes, puedes pedir consejo a la línea SOS 15900.

    Elige el país para leer cómo denunciar y cómo pedir una orden de protección. Si estás en peligro ahora, llama al 112.
