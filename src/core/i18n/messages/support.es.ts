/** Spanish support messages (usted). Keys and `{placeholders}` must match `en` in `support.ts`. */
import type { SupportMessages } from "./support.js";

export const es: SupportMessages = {
  "cmd.support.description": "Contactar con nuestro equipo de soporte: una persona le responderá aquí",
  "cmd.support.option.message": "¿Con qué necesita ayuda?",
  "cmd.forget.description": "Borrar todo lo que este bot guarda sobre usted",
  "cmd.reply.description": "Equipo: responder al usuario (empiece con «anonymous» para ocultar su nombre)",
  "cmd.reply.option.text": "El mensaje para el usuario",
  "cmd.close.description": "Equipo: cerrar este ticket ahora o tras un plazo, sin avisar si se desea",
  "cmd.close.option.delay": "Cerrar tras este plazo si el usuario no escribe, p. ej. 10m, 2h, 1d",
  "cmd.close.option.silent": "Escriba «silent» para cerrar sin avisar al usuario",
  "cmd.block.description": "Equipo: dejar de reenviar los mensajes de este usuario",
  "cmd.block.option.duration": "Durante cuánto tiempo, p. ej. 2h, 1d, 1w (vacío: hasta desbloquear)",
  "cmd.unblock.description": "Equipo: volver a reenviar los mensajes de este usuario",
  "cmd.snippet.description": "Equipo: enviar al usuario una respuesta de las FAQ en su idioma",
  "cmd.snippet.option.id": "Identificador de la entrada de las FAQ, p. ej. where-is-precode",
  "cmd.code.description": "Equipo: enviar al usuario la respuesta completa para un precódigo",
  "cmd.code.option.precode": "Precódigo de la etiqueta de la radio del usuario, p. ej. V284",

  "action.contact-support": "Contactar con soporte",
  "action.forget-confirm": "Sí, borrar mis datos",

  "support.unavailable":
    "Este bot no tiene un equipo de soporte al que pueda pasarle. Envíeme el precódigo de la etiqueta de la radio (como V284) y le daré el código, o haga su pregunta con sus propias palabras. El código también figura en la tarjeta C.A.R. de la documentación del vehículo, y un concesionario puede consultarlo si usted acredita que es el propietario.",
  "support.private-only":
    "Para contactar con soporte, escríbame en un chat privado: así sus datos quedan entre usted y nuestro equipo.",
  "support.opened":
    "Su solicitud n.º {ticket} se ha enviado a nuestro equipo de soporte. Una persona le responderá aquí; puede seguir escribiendo en este chat.",
  "support.opened.ask":
    "Su solicitud n.º {ticket} está abierta. Describa su problema en este chat (las fotos de la etiqueta de la radio ayudan); una persona de nuestro equipo le responderá aquí.",
  "support.added": "Añadido a su solicitud abierta n.º {ticket}. Nuestro equipo le responderá aquí.",
  "support.already-open":
    "Ya tiene una solicitud abierta (n.º {ticket}). Escriba aquí sin más: sus mensajes llegan a nuestro equipo.",
  "support.sent": "Enviado a nuestro equipo de soporte. Le responderán aquí.",
  "support.files-hint.no-desk":
    "Puedo leer una foto de la etiqueta de la radio, pero no otros archivos. Escriba el precódigo de la etiqueta (una letra y tres cifras, como V284), envíe una foto de la etiqueta o escriba su pregunta.",
  "support.files-hint":
    "Puedo leer una foto de la etiqueta de la radio, pero no otros archivos. Para mostrárselos a una persona de nuestro equipo, envíe /support con unas palabras sobre el problema y después vuelva a enviar los archivos.",
  "support.reopened": "Su solicitud n.º {ticket} se ha vuelto a abrir: nuestro equipo verá su mensaje.",
  "support.blocked":
    "Lo sentimos, en este momento sus mensajes no pueden enviarse a nuestro equipo de soporte.",
  "support.reply.from": "{name} (equipo de soporte)",
  "support.reply.team": "Equipo de soporte",
  "support.closed":
    "Su solicitud n.º {ticket} se ha cerrado. Si necesita algo más, escriba aquí o use /support.",

  "forget.confirm":
    "Esto borra lo que guardo sobre usted: su idioma, su último precódigo y código, sus recordatorios y sus mensajes en solicitudes de soporte (una solicitud abierta se cierra). No se puede deshacer. ¿Continuar?",
  "forget.done": "Hecho: sus datos se han borrado.",
  "forget.unavailable": "Aquí no se guarda nada sobre usted.",

  "desk.header.title": "#{ticket} · {platform} · {user}",
  "desk.header.user": "Usuario: {user} ({platform})",
  "desk.header.language": "Idioma: {language}",
  "desk.header.precode": "Último precódigo: {precode} → código {pin}",
  "desk.header.no-precode": "Todavía no se ha descifrado ningún precódigo.",
  "desk.header.attempts": "Códigos erróneos indicados hasta ahora: {count}",
  "desk.header.vin":
    "VIN: {vin} (busque el código con acceso de concesionario; el bot nunca obtiene un código a partir de un VIN)",
  "desk.header.source": "Abierto desde: {source}",
  "desk.header.recreated":
    "Este hilo sustituye a uno que se borró. Los mensajes anteriores están guardados y aparecerán en la transcripción.",
  "desk.header.help":
    "Escriba aquí para responder al usuario. Las líneas que empiezan por ! quedan internas. Comandos: /reply anonymous …, /snippet, /code, /close, /block.",
  "desk.source.command": "el comando /support",
  "desk.source.action": "el botón «Contactar con soporte»",
  "desk.source.vin": "el botón «Contactar con soporte» tras /vin",
  "desk.source.follow-up": "un mensaje nuevo tras cerrarse la solicitud n.º {previous}",

  "desk.note.unreachable":
    "⚠ No entregado: no se puede contactar con el usuario (puede que haya bloqueado el bot o cerrado sus mensajes privados).",
  "desk.note.delivery-failed": "⚠ No entregado debido a un error. Inténtelo de nuevo en un momento.",
  "desk.note.close-cancelled": "Cierre programado cancelado: el usuario ha vuelto a escribir.",
  "desk.note.reopened": "Ticket reabierto: el usuario ha vuelto a escribir.",
  "desk.note.closed": "Ticket cerrado por {staff}.",
  "desk.note.closed-silent": "Ticket cerrado por {staff} (no se avisó al usuario).",
  "desk.note.forgotten": "El usuario pidió borrar sus datos: este ticket se ha cerrado y anonimizado.",

  "desk.transcript.title": "Transcripción del ticket n.º {ticket} ({count} mensajes)",
  "desk.transcript.user": "Usuario",
  "desk.transcript.staff": "Equipo",
  "desk.transcript.note": "Nota interna",
  "desk.transcript.system": "Sistema",
  "desk.transcript.anonymous": "anónimo",
  "desk.transcript.files": "Archivos: {names}",

  "staff.not-a-ticket": "Este hilo no es un ticket de soporte.",
  "staff.ticket-closed": "Este ticket está cerrado.",
  "staff.anonymised": "El usuario de este ticket borró sus datos: no se puede enviar nada.",
  "staff.empty": "Nada que enviar: añada el texto después del comando.",
  "staff.sent": "Enviado al usuario: {text}",
  "staff.sent-anonymous": "Enviado de forma anónima: {text}",
  "staff.snippet-unknown": "No existe la entrada de las FAQ {id}.",
  "staff.snippet-unavailable": "Las FAQ no están disponibles.",
  "staff.snippet-sent": "Respuesta de las FAQ {id} enviada ({language}).",
  "staff.code-invalid": "{precode} no es un precódigo válido (una letra y tres cifras, p. ej. V284).",
  "staff.code-sent": "Respuesta enviada para {precode} (código {pin}, {language}).",
  "staff.close-scheduled": "Este ticket se cerrará en {delay} si el usuario no escribe.",
  "staff.close-scheduled-silent":
    "Este ticket se cerrará en {delay} si el usuario no escribe (sin avisarle).",
  "staff.bad-duration": "No entiendo {value} como duración. Use p. ej. 10m, 2h, 1d o 1w.",
  "staff.blocked-until": "{staff} ha bloqueado a este usuario hasta el {until}. Sus mensajes no se reenvían.",
  "staff.blocked-forever":
    "{staff} ha bloqueado a este usuario hasta nuevo aviso. Sus mensajes no se reenvían.",
  "staff.unblocked": "{staff} ha desbloqueado a este usuario.",
  "staff.not-blocked": "Este usuario no estaba bloqueado.",
};
