/** Spanish core messages (usted). Keys and `{placeholders}` must match `en` in `core.ts`. */
import type { CoreMessages } from "./core.js";

export const es: CoreMessages = {
  "bot.name": "Dokker Radio Code",

  "cmd.start.description": "Iniciar el bot y ver cómo funciona",
  "cmd.help.description": "Lo que puede hacer este bot",
  "cmd.dokker.description": "Obtener el código de su radio a partir del precódigo de la etiqueta",
  "cmd.dokker.option.precode": "Precódigo de la etiqueta de la radio: una letra y tres cifras, p. ej. V284",
  "cmd.lockout.description": "Cuánto esperar tras un código erróneo (ERROR / CODE LOCK)",
  "cmd.lockout.option.attempt": "Cuántos códigos erróneos se han introducido hasta ahora",
  "cmd.vin.description": "Comprobar un VIN y ver cómo conseguir con él el código de la radio",
  "cmd.vin.option.vin": "El número de identificación del vehículo (VIN), de 17 caracteres",
  "cmd.decode-message.name": "Descifrar precódigo",

  "start.welcome": "¡Hola! Convierto el precódigo de la etiqueta de su radio en el código de la radio (PIN).",
  "start.how":
    "Envíeme el precódigo —una letra y tres cifras, por ejemplo {example}— y le responderé con el código y cómo introducirlo.",
  "start.photo": "O envíe una foto de la etiqueta de la radio: leeré el precódigo en ella.",

  "help.title": "Lo que puedo hacer",
  "help.commands": "Comandos:",
  "help.tip":
    "También puede enviar solo el precódigo (como V284) o hacer una pregunta con sus propias palabras.",
  "help.tip.photo":
    "También puede enviar solo el precódigo (como V284) o una foto de la etiqueta de la radio, o hacer una pregunta con sus propias palabras.",
  "help.item": "{command} — {description}",

  "dokker.title": "Código de radio para {precode}",
  "dokker.pin": "El código de su radio es {pin}",
  "dokker.assumed":
    "He leído {read} como {as}: después de la letra, un precódigo solo tiene cifras. ¿Es lo que pone en la etiqueta?",
  "dokker.steps.title": "Cómo introducirlo — {radio}",
  "dokker.other-radio": "¿Otra radio? Elija la suya abajo.",
  "dokker.summary": "Código {pin} para el precódigo {precode}",

  "radio.radio-cd": "Dacia Radio CD",
  "radio.plug-radio": "Dacia Plug & Radio",
  "radio.renault-tuner": "Radio tuner de Renault",
  "radio.steering-wheel": "con el mando del volante",

  "steps.switch-on": "Ponga el contacto y encienda la radio. La pantalla muestra CODE o 0000.",
  "steps.switch-on.plug": "Ponga el contacto y encienda la Plug & Radio. La pantalla muestra CODE o 0000.",
  "steps.digit.1": "Pulse el botón {button} hasta que la primera cifra sea {digit}.",
  "steps.digit.2": "Pulse el botón {button} hasta que la segunda cifra sea {digit}.",
  "steps.digit.3": "Pulse el botón {button} hasta que la tercera cifra sea {digit}.",
  "steps.digit.4": "Pulse el botón {button} hasta que la cuarta cifra sea {digit}.",
  "steps.confirm":
    "Mantenga pulsado el botón 6 (el 5 en algunos frontales) unos segundos hasta que la radio pite; en algunos aparatos, hasta unos 10 segundos.",
  "steps.confirm.steering": "Para confirmar, pulse el botón inferior del mando del volante.",
  "steps.done": "Ahora la radio debería funcionar con normalidad.",

  "lockout.title": "Si la radio rechaza el código",
  "lockout.rule":
    "Tras un código erróneo, la radio se bloquea un tiempo: 1 minuto tras el primer error, 2 tras el segundo, luego 4, 8…, el doble cada vez; normalmente hasta 32 minutos, en algunos aparatos más.",
  "lockout.keep-on":
    "Deje el contacto y la radio encendidos hasta que la pantalla vuelva a mostrar CODE. Apagarla no evita la espera.",
  "lockout.asked-again":
    "La radio pide este mismo código tras cada corte total de corriente (cambio de batería, arranque con pinzas, reparación): guárdelo en un lugar seguro.",
  "lockout.attempt": "Tras el código erróneo número {attempt}, espere {duration} con la radio encendida.",
  "lockout.then": "Después, vuelva a introducir el código con cuidado, cifra por cifra.",
  "lockout.schedule": "Tiempos de espera: {schedule}",
  "lockout.longer":
    "Algunos aparatos se bloquean durante más tiempo (se han señalado hasta 64 minutos). Si después sigue mostrando CODE LOCK, contacte con soporte.",
  "lockout.longer.no-desk":
    "Algunos aparatos se bloquean durante más tiempo (se han señalado hasta 64 minutos).",
  "lockout.reminder-set": "Le enviaré un mensaje cuando termine la espera.",
  "lockout.reminder":
    "La espera tras el código erróneo número {attempt} ha terminado: su radio debería volver a mostrar CODE. Ya puede introducir el código.",
  "lockout.reminder.pin": "El código para {precode} es {pin}.",
  "lockout.check-precode":
    "Vuelva a comprobar la letra y las cifras del precódigo en la etiqueta: una letra mal leída da otro código.",
  "lockout.summary": "Espere {duration} tras el código erróneo número {attempt}",
  "lockout.ask":
    "¿Cuántos códigos erróneos se han introducido en esta radio hasta ahora, en total? Toque el número y le diré cuánto tiempo esperar.",
  "action.how-many": "¿Cuántos códigos erróneos? Elegir",

  "unit.minute.one": "1 minuto",
  "unit.minute.other": "{count} minutos",
  "unit.minute.short": "min",

  "vin.title": "VIN {vin}",
  "vin.valid": "Este VIN tiene un formato correcto.",
  "vin.maker": "Código de fabricante {wmi}: {maker}.",
  "vin.maker.dacia": "Automobile Dacia (Rumanía)",
  "vin.maker.renault": "Renault (Francia)",
  "vin.maker.renault-group": "Grupo Renault",
  "vin.maker.unknown":
    "El código de fabricante {wmi} no es ninguno de los códigos de Dacia o Renault que conozco.",
  "vin.year": "Año del modelo (según la posición 10): {year}.",
  "vin.no-pin":
    "No existe ningún método público que convierta un VIN en un código de radio, así que no puedo darle un código a partir de él.",
  "vin.ways.title": "Cómo conseguir el código",
  "vin.way.card": "La tarjeta C.A.R. (Code Auto Radio), en la documentación del vehículo, indica el código.",
  "vin.way.dealer": "Un concesionario puede consultarlo si usted acredita que es el propietario.",
  "vin.way.precode": "O envíeme el precódigo de la etiqueta de la radio, por ejemplo {example}.",
  "vin.replaced":
    "Si alguna vez se cambió la radio, los registros del VIN no coincidirán con ella: solo sirve su precódigo.",
  "vin.empty": "Envíe el VIN de 17 caracteres, por ejemplo {example} {vinExample}.",
  "vin.length":
    "Un VIN tiene exactamente 17 caracteres; este tiene {length}. Compruébelo en el permiso de circulación.",
  "vin.characters":
    "Un VIN solo usa las letras A–Z (nunca I, O ni Q) y las cifras 0–9. Revise estos caracteres: {found}.",

  "precode.empty":
    "Envíe el precódigo de la etiqueta de su radio: una letra y tres cifras, por ejemplo {example}.",
  "precode.not-found":
    "No he encontrado ningún precódigo ahí. Es una letra seguida de tres cifras (como V284), impresa en la etiqueta de la radio.",
  "precode.not-issued":
    "{precode} no es un precódigo real: los códigos A000 a A099 no se emiten. Vuelva a mirar la etiqueta: puede que la letra o la primera cifra sean distintas.",
  "precode.too-short":
    "{found} es demasiado corto: un precódigo tiene una letra y exactamente tres cifras (como V284). Vuelva a mirar la etiqueta.",
  "precode.too-long":
    "{found} es demasiado largo: un precódigo tiene una letra y exactamente tres cifras (como V284). Asegúrese de no haber copiado el número de serie.",
  "precode.display":
    "{found} es lo que muestra la pantalla de la radio mientras espera su código: no es el precódigo. Un precódigo es una letra A–Z seguida de tres cifras (como V284).",
  "precode.no-letter":
    "{found} no empieza por una letra. Un precódigo es una letra A–Z seguida de tres cifras (como V284).",
  "precode.several": "Veo varios precódigos: {precodes}. ¿Cuál está en su radio? Envíe solo ese.",
  "precode.non-ascii":
    "{found} contiene caracteres que solo parecen letras o cifras. Escriba el precódigo con letras latinas y cifras normales (A–Z, 0–9).",
  "precode.suggest": "¿Quería decir {suggestion}?",
  "precode.where":
    "¿Dónde está? En la etiqueta de la propia radio. En algunas radios, si mantiene pulsados a la vez los botones 1 y 6 unos 2 segundos, aparece en la pantalla.",

  "action.radio-cd": "Radio CD",
  "action.plug-radio": "Plug & Radio",
  "action.renault-tuner": "Tuner Renault",
  "action.steering-wheel": "Mando del volante",
  "action.wrong-code": "Código erróneo: ¿cuánto espero?",
  "action.remind-me": "Recuérdemelo en {duration}",
  "action.still-refused": "Rechazado otra vez (código erróneo {attempt})",
  "action.decode": "Descifrar {precode}",
  "action.help": "Ayuda",

  "chat.unrecognized":
    "No lo he entendido. Envíe el precódigo de la etiqueta de su radio (como V284) o /help.",
  "chat.choice": "Escriba un número para elegir:",

  "errors.internal":
    "Lo siento, algo ha fallado por mi parte. Vuelva a intentarlo en un minuto; si sigue pasando, pida ayuda a soporte.",
  "errors.internal.no-desk": "Lo siento, algo ha fallado por mi parte. Vuelva a intentarlo en un minuto.",
  "errors.unknown-command": "No conozco el comando {command}. Envíe /help para ver lo que puedo hacer.",
  "errors.expired-button":
    "Este botón ya no es válido. Vuelva a enviar su precódigo para obtener botones nuevos.",
  "errors.option-range": "{command} necesita un número entero de {min} a {max}, por ejemplo {example}.",
  "errors.option-min": "{command} necesita un número entero desde {min}, por ejemplo {example}.",
  "errors.denied": "Solo el equipo de soporte puede usar {command}.",
  "chat.voice-hint":
    "No puedo escuchar mensajes de voz ni ver vídeos. Escriba el precódigo de la etiqueta de su radio (una letra y tres cifras, como V284), envíe una foto de la etiqueta o escriba su pregunta.",
};
