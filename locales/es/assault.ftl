# After a sexual assault: the first hours, then one screen per country. Sources in
# dialogues/topics.toml. Spanish translation of the English reference. DRAFT.

btn-assault = 🩺 Después de una agresión sexual

help-assault =
    Después de una agresión sexual

    No es tu culpa. Puedes tener ayuda ahora.
    • Ve a urgencias de un hospital lo antes posible. ¿Estás en peligro ahora? Llama al 112.
    • Medicina contra el VIH (se llama PEP): ve enseguida. Solo funciona si empiezas en las primeras horas.
    • Píldora del día después: cuanto antes, mejor. Un tipo funciona hasta 3 días (72 horas). Otro tipo (ellaOne) hasta 5 días (120 horas).
    • Pruebas para después: si puedes, no te laves, no te laves los dientes, no comas, no bebas y no te cambies de ropa. Si te cambiaste, lleva la ropa.

    Elige tu país:

help-assault-it =
    🇮🇹 Italia: después de una agresión sexual

    • Ve a urgencias de un hospital (pronto soccorso). Hay un camino protegido para mujeres que sufrieron violencia. Te atienden primero, en una sala aparte, y la atención es gratis.
    • La medicina contra el VIH (PEP) no se da después de 48 horas. Ve enseguida.
    • Píldora del día después: las mujeres adultas la compran en la farmacia sin receta. Desde 2020, las chicas menores de 18 años también pueden tener ellaOne.
    • Puedes recibir atención ahora y decidir después sobre la policía. Para la violación de una persona adulta, normalmente solo hay juicio si pones una denuncia (querela). Tienes 12 meses.
    • Llama al 1522: gratis, día y noche.

help-assault-es =
    🇪🇸 España: después de una agresión sexual

    • Centros de crisis para la violencia sexual: la ley pide uno en cada provincia, abierto 24 horas. Pregunta en el 016 cuál está más cerca.
    • Puedes llamar a un centro de crisis o ir allí. Dan ayuda psicológica, jurídica y social, también por una agresión de hace tiempo. No tienes que ir antes al hospital ni a la policía.
    • La atención y el examen médico para las pruebas necesitan tu sí, no una denuncia.
    • Medicina contra el VIH (PEP): ve a urgencias enseguida. Mejor en 6 horas, nunca después de 72 horas.
    • Píldora del día después: en la farmacia, sin receta.
    • Llama al 016: gratis, día y noche.

help-assault-gr =
    🇬🇷 Grecia: después de una agresión sexual

    • Los hospitales dan atención urgente también a personas sin permiso de residencia.
    • Medicina contra el VIH (PEP): ve enseguida a urgencias de un hospital.
    • Píldora del día después (levonorgestrel, hasta 72 horas): en la farmacia, sin receta.
    • Para un juicio, un papel del hospital puede no ser suficiente. Puede hacer falta un examen de un médico forense del Estado (un médico que trabaja para los tribunales).
    • Desde 2024, los médicos deben avisar al fiscal de la violencia doméstica, también si tú no la denuncias.
    • Llama al 15900, día y noche, para pedir consejo.
