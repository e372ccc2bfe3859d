# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = peligro, emergencia, sos, ayudame, socorro, urgente, me pega, me pegó, golpes, me quiere matar, matar, miedo, tengo miedo, policia, ataque
intent-help = ayuda, donde, cerca, cerca de mi, centro, casa de acogida, refugio, albergue, donde dormir, numero, telefono, direccion, linea de ayuda
intent-rights = derechos, derecho, ley, permiso, residencia, papeles, sin papeles, documentos, abogado, abogada, legal, asilo, extranjeria
intent-talk = persona, hablar, hablar con alguien, alguien, mediadora, mediador, operadora, humano, persona real
intent-safety = seguridad, segura, esconder, secreto, salir, salida, salida rapida, me revisa el movil, me mira el movil
intent-privacy = privacidad, datos, mis datos, olvidar, olvidame, borrar, eliminar, borrar todo, borrar chat
intent-menu = menu, inicio, empezar, start, hola, buenas, buenos dias, volver, atras
intent-health = salud, medico, doctor, hospital, embarazada, embarazo, enferma, estoy mala, medicina, medicinas, centro de salud, tarjeta sanitaria, urgencias
intent-forms = violencia, maltrato, malos tratos, abuso, acoso, me sigue, tipos de violencia
intent-sessions = sesion, charla, charlas, reunion, curso, cursos, taller, invitacion, encuentro
intent-assault = violacion, violada, me violo, agresion sexual, violencia sexual, abuso sexual, pildora del dia despues, pastilla del dia despues, pildora, pep, centro de crisis
intent-leave = dejarlo, irme, irme de casa, escapar, huir, salir de casa, plan de seguridad, bolsa, adonde ir
intent-phone = telegram, mi movil, mi telefono, hackeado, espia, me espia, contraseña, contrasena, codigo de bloqueo, dispositivos, lee mis mensajes
intent-report = denuncia, denunciar, poner denuncia, juez, jueza, juzgado, fiscal, orden de alejamiento
intent-report-it = ammonimento, denunciar en italia, sin papeles en italia
intent-report-es = orden de proteccion, denunciar en espana, denuncia sin papeles
intent-report-gr = denunciar en grecia
intent-aid = abogado gratis, abogada gratis, justicia gratuita, asistencia juridica, abogado de oficio, ayuda legal
intent-money = dinero, no tengo dinero, ayuda economica, subsidio, paro, renta, ingreso minimo, prestacion
intent-work = trabajo, jefe, patron, explotacion, explotada, deuda, no me pagan, sin contrato, me quitaron el pasaporte, pasaporte, trata, trabajo forzado
intent-fgm = mgf, mutilacion, ablacion, circuncision, matrimonio forzado, casarme, boda, me obligan a casarme
