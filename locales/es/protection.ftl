# Leaving safely, her phone and Telegram, reporting and protection orders per country.
# Sources in dialogues/topics.toml. Spanish translation of the English reference. DRAFT.

btn-leave = 🧳 Preparar una salida segura
btn-leave-where = 🏠 Adónde ir
btn-phone = 📱 Mi móvil y Telegram
btn-report-it = 🇮🇹 Denunciar en Italia
btn-report-es = 🇪🇸 Denunciar en España
btn-report-gr = 🇬🇷 Denunciar en Grecia
btn-papers-it = ⚠️ Sin papeles en Italia

help-leave =
    Preparar una salida segura

    Si puedes, prepara antes de irte:
    • Una bolsa con el pasaporte o documento de identidad, el permiso de residencia, los papeles de tus hijos, dinero, llaves, medicinas y ropa. Escóndela, o déjala a una persona de confianza.
    • Haz fotos o copias de tus documentos. Guarda una copia en un lugar seguro.
    • Ahorra un poco de dinero, poco a poco.
    • Aprende de memoria los números importantes: el 112 y la línea de tu país.
    • Acuerda una palabra clave o un emoji con una persona de confianza. Significa: "Llama a la policía".
    • Enseña a tus hijos a llamar al 112.
    • Guarda los mensajes con amenazas. Lleva contigo una copia de cualquier orden de protección.

help-leave-where =
    Adónde ir

    • Si él te ataca, aléjate de la cocina y del baño. Quédate cerca de una puerta. Llama al 112.
    • Para un lugar seguro, llama a la línea de tu país. Tienes derecho a apoyo también sin denuncia.
    🇮🇹 El 1522 te dice qué centros antiviolencia hay cerca de ti. Los centros escuchan, acogen y ayudan, gratis.
    🇪🇸 El 016 da información y apoyo. En Andalucía, el 900 200 999 puede buscarte una casa de acogida.
    🇬🇷 El 15900, los centros de asesoramiento y las casas de acogida trabajan juntos. Te ayudan a encontrar una casa de acogida.
    • Grecia: la app gratuita "Panic Button" es para víctimas adultas de violencia doméstica. Pídela a la policía o a un centro de asesoramiento. Con un toque avisas a la policía.

safety-phone =
    Mi móvil y Telegram

    • Ajustes › Dispositivos: ves cada teléfono y ordenador donde tu Telegram está abierto. Cierra los que no conoces, o cierra todas las demás sesiones.
    • Ajustes › Privacidad y seguridad › Verificación en dos pasos: elige una contraseña. Así nadie puede abrir tu Telegram en un móvil nuevo sin ella.
    • Ajustes › Privacidad y seguridad › Código de bloqueo: un código para abrir Telegram en este móvil.
    • Borrado automático: en el menú de un chat, elige 1 día, 1 semana o 1 mes. Solo borra los mensajes nuevos. La otra persona ve que lo has activado.
    • Ajustes › Notificaciones y sonidos: ahí puedes ocultar el texto de los mensajes.

rights-report-it =
    🇮🇹 Italia: denunciar y protegerte

    • Amonestación (ammonimento): en casos de violencia doméstica, el Questore (jefe de policía de la provincia) puede amonestar al agresor. No hace falta una denuncia. Otras personas también pueden avisar, y su nombre queda en secreto.
    • Orden de protección: un juez puede ordenar al marido o pareja violenta que vive contigo que deje la casa. Debe mantenerse lejos de tu trabajo, tu familia y la escuela de tus hijos. Dura hasta 1 año y se puede alargar.
    • Después de una denuncia por violencia, el fiscal debe escucharte en 3 días.
    • ⚠️ ¿No tienes papeles? Lee antes "Sin papeles".

rights-papers-it =
    🇮🇹 Italia: sin papeles

    • Estar en Italia sin permiso de residencia es un delito (artículo 10-bis de la ley de inmigración). La pena es una multa de 5.000 a 10.000 euros.
    • No conocemos ninguna regla italiana, como la española, que te proteja de esto cuando denuncias violencia.
    • Hay permisos para víctimas de violencia doméstica o de explotación (artículos 18-bis y 18). Mira "Permisos en Italia".
    • Antes de ir a la policía, habla con el 1522 o con un centro antiviolencia. En el 1522 no tienes que decir tu nombre.

rights-report-es =
    🇪🇸 España: denunciar y la orden de protección

    • La orden de protección la da un juez. La puedes pedir tú, tu familia o el fiscal, en la policía o en el juzgado.
    • Puede prohibirle acercarse a ti o contactarte. También puede decidir sobre la casa, los hijos y la pensión de alimentos. Estas medidas de familia duran 30 días, si no empiezas un proceso de familia.
    • La orden demuestra que eres víctima. Te ayuda a tener apoyo y dinero.
    • Sin papeles: si denuncias, no se abre un expediente contra ti por eso. Un expediente o una expulsión abierta se para. Si el juicio no termina a tu favor, el expediente puede volver a empezar.

rights-report-gr =
    🇬🇷 Grecia: denunciar y protegerte

    • Puedes denunciar la violencia doméstica a la policía: llama al 100.
    • La policía y el fiscal deben actuar, también sin tu denuncia. Desde 2024, los médicos deben avisar al fiscal de la violencia doméstica.
    • Un tribunal puede ordenar al agresor que deje la casa. Puede prohibirle ir a tu casa, a tu trabajo, a tus familiares y a la escuela de tus hijos. También hay órdenes urgentes, para ya. Las organizaciones de apoyo pueden pedirlas por ti.
    • Sin papeles: no conocemos ninguna regla griega, como la española, que te proteja cuando denuncias. Pregunta antes al 15900 o a un centro de asesoramiento.
