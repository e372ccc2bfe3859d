# Words and short phrases that lead free text to a screen. Comma-separated, lower or upper
# case, with or without accents; small typos are tolerated. Use words people really write
# in this language, including common spellings without accents. Do not translate word by
# word: choose what a woman would type.

intent-danger = peligro, emergencia, sos, ayudame, socorro, urgente, me pega, me pegó, golpes, me quiere matar, matar, miedo, tengo miedo, policia, ataque
intent-help = ayuda, donde, cerca, cerca de mi, centro, casa de acogida, refugio, albergue, donde dormir, numero, telefono, direccion, linea de ayuda
intent-rights = derechos, derecho, ley, permiso, residencia, papeles, sin papeles, documentos, abogado, abogada, legal, asilo, extranjeria, denuncia, orden de proteccion
intent-talk = persona, hablar, hablar con alguien, alguien, mediadora, mediador, operadora, humano, persona real
intent-safety = seguridad, segura, esconder, secreto, salir, salida, salida rapida, me revisa el movil, me mira el movil
intent-privacy = privacidad, datos, mis datos, olvidar, olvidame, borrar, eliminar, borrar todo, borrar chat
intent-menu = menu, inicio, empezar, start, hola, buenas, buenos dias, volver, atras
intent-health = salud, medico, doctor, hospital, embarazada, embarazo, enferma, estoy mala, medicina, medicinas, centro de salud, tarjeta sanitaria, urgencias
intent-forms = violencia, maltrato, malos tratos, abuso, trata, matrimonio forzado, mgf, mutilacion, ablacion, acoso, violacion, agresion sexual, me sigue
intent-sessions = sesion, charla, charlas, reunion, curso, cursos, taller, invitacion, encuentro
