# A free lawyer, money to live on, work exploitation and trafficking, FGM and forced
# marriage. Sources in dialogues/topics.toml. Spanish translation of the English reference. DRAFT.

btn-aid = 🧑‍⚖️ Abogada gratis y dinero
btn-money = 💶 Dinero para vivir
btn-work = ⛓️ Explotación laboral, trata
btn-work-lines = ☎️ Qué pasa si llamo
btn-fgm = ✂️ MGF y matrimonio forzado
btn-fgm-law = ⚖️ Qué dice la ley

rights-aid =
    Abogada o abogado gratis

    🇮🇹 Italia: las víctimas de malos tratos en la familia, violencia sexual, acoso o MGF tienen un abogado pagado por el Estado. Tus ingresos no cuentan. Para víctimas de trata, solo si son menores de 18 años.
    🇪🇸 España: las víctimas de violencia de género o de trata tienen asistencia jurídica gratuita enseguida, tengan el dinero que tengan. Empieza con la denuncia o con el proceso.
    🇬🇷 Grecia: la ayuda jurídica gratis del Estado es solo para personas con pocos ingresos: ciudadanas de la UE, y otras personas que viven en Grecia de forma legal. Los centros de asesoramiento dan consejo jurídico gratis.

    Pregunta en un centro antiviolencia o de asesoramiento: te ayudan a pedir un abogado.

rights-money =
    Dinero para vivir

    🇮🇹 Italia: el "Reddito di libertà" da hasta 500 euros al mes, durante 12 meses como máximo. Es para mujeres acompañadas por un centro antiviolencia y por servicios sociales. Se pide en el ayuntamiento (Comune). El dinero es limitado. Las mujeres de fuera de la UE necesitan un permiso válido.
    🇪🇸 España: las víctimas de violencia de género o sexual, desde los 16 años, pueden tener un pago cada mes, hasta 30 meses. Debes buscar trabajo y no tener ingresos. No hace falta haber trabajado antes.
    🇬🇷 Grecia: las mujeres en una casa de acogida por violencia pueden pedir la Renta Mínima Garantizada: 200 euros al mes, más con hijos.

    Un centro te puede ayudar a pedirlo.

rights-work =
    Explotación laboral y trata: las señales

    ¿Te pasa esto?
    • Alguien se queda con tu pasaporte o tus documentos.
    • Tienes que trabajar para pagar una deuda.
    • No te pagan, o te pagan menos de lo prometido.
    • No puedes irte. Alguien te vigila.
    • Hay amenazas o violencia.
    • No tienes teléfono, o no tienes contrato.
    • Trabajas muchísimas horas.
    • Vives en un lugar lleno de gente o aislado.

    No es tu culpa. Es explotación, y hay ayuda, también sin papeles.

rights-work-lines =
    Qué pasa cuando llamas

    🇮🇹 800 290 290: gratis, día y noche, en muchos idiomas. No tienes que decir tu nombre. Te preguntan si estás en peligro y si quieres salir. Si quieres, un equipo te ayuda y busca un lugar protegido. Para esta ayuda no hace falta denuncia.
    🇪🇸 900 10 50 90 (Policía Nacional) o trata@policia.es: puedes avisar sin decir tu nombre. Las víctimas tienen tiempo para recuperarse y decidir, sin expulsión.
    🇬🇷 1109: la línea contra la trata.

    ¿Estás en peligro ahora? Llama al 112.

rights-fgm =
    MGF y matrimonio forzado

    MGF (mutilación genital femenina) es cortar los genitales de una niña o de una mujer.
    • Atención médica: en Turín, el Centro SVS del hospital Sant'Anna trata la MGF. También si pasó en tu país o durante el viaje. En Valencia, el hospital público Doctor Peset tiene una unidad de cirugía después de la MGF, también para mujeres de otras comunidades.
    • ¿Tu hija está en peligro? Cortar a una niña es un delito en Italia, España y Grecia. Habla con un médico, un centro o una línea para menores: 114 (Italia), 116 111 (España), 1056 (Grecia).
    • ¿Un matrimonio que no quieres? Llama al 1522, al 016 o al 15900.

rights-fgm-law =
    Qué dice la ley

    🇮🇹 Italia: MGF: de 4 a 12 años de cárcel, más si la víctima es una niña. También si se hace en el extranjero, por o a una persona que vive en Italia. Obligar a alguien a casarse: de 1 a 5 años, o de 2 a 7 si tiene menos de 14 años.
    🇪🇸 España: MGF: de 6 a 12 años de cárcel. Un juez puede quitar a los padres la patria potestad. Obligar a alguien a casarse, con violencia o amenazas graves, es un delito.
    🇬🇷 Grecia: la MGF es un delito. El instituto europeo de igualdad de género (EIGE) dice: también si se hace en el extranjero.

    ¿Te llevaron al extranjero y te casaron a la fuerza? El Convenio de Estambul pide a los Estados que te devuelvan tu permiso de residencia.
