/** German core messages (Sie). Keys and `{placeholders}` must match `en` in `core.ts`. */
import type { CoreMessages } from "./core.js";

export const de: CoreMessages = {
  "bot.name": "Dokker Radio Code",

  "cmd.start.description": "Bot starten und sehen, wie er funktioniert",
  "cmd.help.description": "Was dieser Bot kann",
  "cmd.dokker.description": "Radiocode aus dem Vorcode auf dem Etikett des Radios ermitteln",
  "cmd.dokker.option.precode": "Vorcode vom Etikett des Radios: ein Buchstabe und drei Ziffern, z. B. V284",
  "cmd.lockout.description": "Wie lange nach einem falschen Code warten (ERROR / CODE LOCK)",
  "cmd.lockout.option.attempt": "Wie viele falsche Codes bisher eingegeben wurden",
  "cmd.vin.description": "VIN prüfen und sehen, wie Sie damit an den Radiocode kommen",
  "cmd.vin.option.vin": "Die 17-stellige Fahrzeug-Identifizierungsnummer (VIN)",
  "cmd.decode-message.name": "Vorcode entschlüsseln",

  "start.welcome": "Hallo! Ich mache aus dem Vorcode auf dem Etikett Ihres Radios den Radiocode (PIN).",
  "start.how":
    "Senden Sie den Vorcode – einen Buchstaben und drei Ziffern, zum Beispiel {example} – und ich antworte mit dem Code und einer Anleitung zur Eingabe.",
  "start.photo": "Oder senden Sie ein Foto vom Etikett des Radios: Ich lese den Vorcode daraus.",

  "help.title": "Was ich kann",
  "help.commands": "Befehle:",
  "help.tip":
    "Sie können auch einfach den Vorcode senden (z. B. V284) oder eine Frage in Ihren eigenen Worten stellen.",
  "help.tip.photo":
    "Sie können auch einfach den Vorcode (z. B. V284) oder ein Foto vom Etikett des Radios senden oder eine Frage in Ihren eigenen Worten stellen.",
  "help.item": "{command} — {description}",

  "dokker.title": "Radiocode für {precode}",
  "dokker.pin": "Ihr Radiocode lautet {pin}",
  "dokker.assumed":
    "Ich habe {read} als {as} gelesen: Nach dem Buchstaben hat ein Vorcode nur Ziffern. Steht das so auf dem Etikett?",
  "dokker.steps.title": "So geben Sie ihn ein – {radio}",
  "dokker.other-radio": "Ein anderes Radio? Wählen Sie Ihres unten aus.",
  "dokker.summary": "Code {pin} für Vorcode {precode}",

  "radio.radio-cd": "Dacia Radio CD",
  "radio.plug-radio": "Dacia Plug & Radio",
  "radio.renault-tuner": "Renault-Tuner-Radio",
  "radio.steering-wheel": "mit der Lenkradfernbedienung",

  "steps.switch-on": "Schalten Sie die Zündung und das Radio ein. Im Display steht CODE oder 0000.",
  "steps.switch-on.plug":
    "Schalten Sie die Zündung ein und das Plug & Radio an. Im Display steht CODE oder 0000.",
  "steps.digit.1": "Drücken Sie Taste {button}, bis an der ersten Stelle {digit} steht.",
  "steps.digit.2": "Drücken Sie Taste {button}, bis an der zweiten Stelle {digit} steht.",
  "steps.digit.3": "Drücken Sie Taste {button}, bis an der dritten Stelle {digit} steht.",
  "steps.digit.4": "Drücken Sie Taste {button}, bis an der vierten Stelle {digit} steht.",
  "steps.confirm":
    "Halten Sie Taste 6 (bei manchen Bedienteilen Taste 5) einige Sekunden gedrückt, bis das Radio piept – bei manchen Geräten bis zu etwa 10 Sekunden.",
  "steps.confirm.steering": "Zum Bestätigen drücken Sie die untere Taste der Lenkradfernbedienung.",
  "steps.done": "Das Radio sollte jetzt normal spielen.",

  "lockout.title": "Wenn der Code abgelehnt wird",
  "lockout.rule":
    "Nach einem falschen Code sperrt sich das Radio eine Weile: 1 Minute nach dem ersten Fehler, 2 nach dem zweiten, dann 4, 8 … jeweils doppelt so lange – meist bis zu 32 Minuten, bei manchen Geräten länger.",
  "lockout.keep-on":
    "Lassen Sie Zündung und Radio eingeschaltet, bis im Display wieder CODE steht. Ausschalten verkürzt die Wartezeit nicht.",
  "lockout.asked-again":
    "Das Radio fragt nach jeder vollständigen Stromunterbrechung (Batteriewechsel, Starthilfe, Reparatur) wieder nach genau diesem Code: Bewahren Sie ihn gut auf.",
  "lockout.attempt": "Warten Sie nach dem {attempt}. falschen Code {duration} bei eingeschaltetem Radio.",
  "lockout.then": "Geben Sie den Code dann noch einmal sorgfältig Ziffer für Ziffer ein.",
  "lockout.schedule": "Wartezeiten: {schedule}",
  "lockout.longer":
    "Manche Geräte sperren länger (berichtet wurden bis zu 64 Minuten). Wenn danach immer noch CODE LOCK angezeigt wird, wenden Sie sich an den Support.",
  "lockout.longer.no-desk": "Manche Geräte sperren länger (berichtet wurden bis zu 64 Minuten).",
  "lockout.reminder-set": "Ich schicke Ihnen eine Nachricht, wenn die Wartezeit vorbei ist.",
  "lockout.reminder":
    "Die Wartezeit nach dem {attempt}. falschen Code ist vorbei: Ihr Radio sollte wieder CODE anzeigen. Sie können den Code jetzt eingeben.",
  "lockout.reminder.pin": "Der Code für {precode} lautet {pin}.",
  "lockout.check-precode":
    "Prüfen Sie Buchstabe und Ziffern des Vorcodes auf dem Etikett noch einmal – ein falsch gelesener Buchstabe ergibt einen anderen Code.",
  "lockout.summary": "{duration} warten nach dem {attempt}. falschen Code",
  "lockout.ask":
    "Wie viele falsche Codes wurden an diesem Radio bisher insgesamt eingegeben? Tippen Sie auf die Zahl, dann sage ich Ihnen, wie lange Sie warten müssen.",
  "action.how-many": "Wie viele falsche Codes? Wählen",

  "unit.minute.one": "1 Minute",
  "unit.minute.other": "{count} Minuten",
  "unit.minute.short": "Min.",

  "vin.title": "VIN {vin}",
  "vin.valid": "Diese VIN ist korrekt aufgebaut.",
  "vin.maker": "Herstellercode {wmi}: {maker}.",
  "vin.maker.dacia": "Automobile Dacia (Rumänien)",
  "vin.maker.renault": "Renault (Frankreich)",
  "vin.maker.renault-group": "Renault-Gruppe",
  "vin.maker.unknown":
    "Der Herstellercode {wmi} gehört nicht zu den Dacia- oder Renault-Codes, die ich kenne.",
  "vin.year": "Modelljahr (aus Stelle 10): {year}.",
  "vin.no-pin":
    "Es gibt kein öffentliches Verfahren, das aus einer VIN einen Radiocode macht – daher kann ich Ihnen daraus keinen Code nennen.",
  "vin.ways.title": "So kommen Sie an den Code",
  "vin.way.card": "Die C.A.R.-Karte (Code Auto Radio) in den Fahrzeugunterlagen enthält den Code.",
  "vin.way.dealer": "Ein Händler kann ihn mit einem Eigentumsnachweis nachschlagen.",
  "vin.way.precode": "Oder senden Sie mir den Vorcode vom Etikett des Radios, zum Beispiel {example}.",
  "vin.replaced":
    "Falls das Radio einmal ausgetauscht wurde, passen die Daten zur VIN nicht dazu: Dann hilft nur sein Vorcode.",
  "vin.empty": "Senden Sie die 17-stellige VIN, zum Beispiel {example} {vinExample}.",
  "vin.length":
    "Eine VIN hat genau 17 Zeichen, diese hier hat {length}. Prüfen Sie sie in der Zulassungsbescheinigung (Fahrzeugschein).",
  "vin.characters":
    "Eine VIN enthält nur die Buchstaben A–Z (nie I, O oder Q) und die Ziffern 0–9. Prüfen Sie diese Zeichen: {found}.",

  "precode.empty":
    "Senden Sie den Vorcode vom Etikett Ihres Radios: einen Buchstaben und drei Ziffern, zum Beispiel {example}.",
  "precode.not-found":
    "Ich konnte darin keinen Vorcode finden. Er besteht aus einem Buchstaben und drei Ziffern (z. B. V284) und steht auf dem Etikett des Radios.",
  "precode.not-issued":
    "{precode} ist kein echter Vorcode: Die Codes A000 bis A099 werden nicht vergeben. Prüfen Sie das Etikett noch einmal – vielleicht ist der Buchstabe oder die erste Ziffer anders.",
  "precode.too-short":
    "{found} ist zu kurz: Ein Vorcode besteht aus einem Buchstaben und genau drei Ziffern (z. B. V284). Prüfen Sie das Etikett noch einmal.",
  "precode.too-long":
    "{found} ist zu lang: Ein Vorcode besteht aus einem Buchstaben und genau drei Ziffern (z. B. V284). Achten Sie darauf, nicht die Seriennummer abgeschrieben zu haben.",
  "precode.display":
    "{found} zeigt das Display des Radios, solange es auf seinen Code wartet: Das ist nicht der Vorcode. Ein Vorcode ist ein Buchstabe A–Z, gefolgt von drei Ziffern (z. B. V284).",
  "precode.no-letter":
    "{found} beginnt nicht mit einem Buchstaben. Ein Vorcode ist ein Buchstabe A–Z, gefolgt von drei Ziffern (z. B. V284).",
  "precode.several":
    "Ich sehe mehrere Vorcodes: {precodes}. Welcher steht auf Ihrem Radio? Senden Sie nur diesen.",
  "precode.non-ascii":
    "{found} enthält Zeichen, die nur wie Buchstaben oder Ziffern aussehen. Bitte tippen Sie den Vorcode mit einfachen lateinischen Buchstaben und Ziffern (A–Z, 0–9).",
  "precode.suggest": "Meinten Sie {suggestion}?",
  "precode.where":
    "Wo finde ich ihn? Auf dem Etikett am Radio selbst. Bei manchen Radios erscheint er im Display, wenn Sie die Tasten 1 und 6 etwa 2 Sekunden lang gleichzeitig gedrückt halten.",

  "action.radio-cd": "Radio CD",
  "action.plug-radio": "Plug & Radio",
  "action.renault-tuner": "Renault-Tuner",
  "action.steering-wheel": "Lenkradfernbedienung",
  "action.wrong-code": "Falscher Code – wie lange warten?",
  "action.remind-me": "In {duration} erinnern",
  "action.still-refused": "Wieder abgelehnt (falscher Code {attempt})",
  "action.decode": "{precode} entschlüsseln",
  "action.help": "Hilfe",

  "chat.unrecognized":
    "Das habe ich nicht verstanden. Senden Sie den Vorcode vom Etikett Ihres Radios (z. B. V284) oder /help.",
  "chat.choice": "Geben Sie zur Auswahl eine Zahl ein:",

  "errors.internal":
    "Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es in einer Minute erneut; wenn es weiter passiert, wenden Sie sich an den Support.",
  "errors.internal.no-desk":
    "Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es in einer Minute erneut.",
  "errors.unknown-command":
    "Den Befehl {command} kenne ich nicht. Senden Sie /help, um zu sehen, was ich kann.",
  "errors.expired-button":
    "Diese Schaltfläche ist veraltet. Senden Sie Ihren Vorcode erneut, um neue Schaltflächen zu erhalten.",
  "errors.option-range": "{command} erwartet eine ganze Zahl von {min} bis {max}, zum Beispiel {example}.",
  "errors.option-min": "{command} erwartet eine ganze Zahl ab {min}, zum Beispiel {example}.",
  "errors.denied": "Nur Support-Mitarbeiter können {command} verwenden.",
  "chat.voice-hint":
    "Sprachnachrichten und Videos kann ich nicht abspielen. Tippen Sie den Vorcode vom Etikett Ihres Radios ein (ein Buchstabe und drei Ziffern, z. B. V284), senden Sie ein Foto des Etiketts oder schreiben Sie Ihre Frage.",
};
