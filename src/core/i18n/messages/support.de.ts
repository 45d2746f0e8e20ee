/** German support messages (Sie). Keys and `{placeholders}` must match `en` in `support.ts`. */
import type { SupportMessages } from "./support.js";

export const de: SupportMessages = {
  "cmd.support.description": "Unser Support-Team kontaktieren: Ein Mensch antwortet Ihnen hier",
  "cmd.support.option.message": "Wobei brauchen Sie Hilfe?",
  "cmd.forget.description": "Alles löschen, was dieser Bot über Sie speichert",
  "cmd.reply.description":
    "Team: dem Nutzer antworten (mit „anonymous“ beginnen, um Ihren Namen zu verbergen)",
  "cmd.reply.option.text": "Die Nachricht an den Nutzer",
  "cmd.close.description":
    "Team: dieses Ticket jetzt oder später schließen, auf Wunsch ohne Benachrichtigung",
  "cmd.close.option.delay": "Nach dieser Zeit schließen, falls der Nutzer nicht schreibt, z. B. 10m, 2h, 1d",
  "cmd.close.option.silent": "„silent“ eingeben, um ohne Benachrichtigung zu schließen",
  "cmd.block.description": "Team: Nachrichten dieses Nutzers nicht mehr weiterleiten",
  "cmd.block.option.duration": "Wie lange, z. B. 2h, 1d, 1w (leer: bis zur Entsperrung)",
  "cmd.unblock.description": "Team: Nachrichten dieses Nutzers wieder weiterleiten",
  "cmd.snippet.description": "Team: dem Nutzer eine FAQ-Antwort in seiner Sprache senden",
  "cmd.snippet.option.id": "ID des FAQ-Eintrags, z. B. where-is-precode",
  "cmd.code.description": "Team: dem Nutzer die vollständige Code-Antwort zu einem Vorcode senden",
  "cmd.code.option.precode": "Vorcode vom Radioetikett des Nutzers, z. B. V284",

  "action.contact-support": "Support kontaktieren",
  "action.forget-confirm": "Ja, meine Daten löschen",

  "support.unavailable":
    "Dieser Bot hat kein Support-Team, an das ich Sie weiterleiten könnte. Senden Sie mir den Vorcode vom Etikett des Radios (z. B. V284), dann nenne ich Ihnen den Code, oder stellen Sie Ihre Frage in Ihren eigenen Worten. Der Code steht auch auf der C.A.R.-Karte in den Fahrzeugunterlagen, und ein Händler kann ihn mit einem Eigentumsnachweis nachschlagen.",
  "support.private-only":
    "Um den Support zu kontaktieren, schreiben Sie mir bitte in einem privaten Chat – so bleiben Ihre Angaben zwischen Ihnen und unserem Team.",
  "support.opened":
    "Ihre Anfrage Nr. {ticket} wurde an unser Support-Team gesendet. Ein Mensch antwortet Ihnen hier; Sie können in diesem Chat weiterschreiben.",
  "support.opened.ask":
    "Ihre Anfrage Nr. {ticket} ist eröffnet. Bitte beschreiben Sie Ihr Problem in diesem Chat (Fotos vom Radioetikett helfen); jemand aus unserem Team antwortet Ihnen hier.",
  "support.added": "Zu Ihrer offenen Anfrage Nr. {ticket} hinzugefügt. Unser Team antwortet Ihnen hier.",
  "support.already-open":
    "Sie haben bereits eine offene Anfrage (Nr. {ticket}). Schreiben Sie einfach hier: Ihre Nachrichten gehen an unser Team.",
  "support.sent": "An unser Support-Team gesendet. Sie erhalten die Antwort hier.",
  "support.files-hint.no-desk":
    "Ich kann ein Foto vom Etikett des Radios lesen, aber keine anderen Dateien. Tippen Sie den Vorcode vom Etikett ein (ein Buchstabe und drei Ziffern, z. B. V284), senden Sie ein Foto des Etiketts oder schreiben Sie Ihre Frage.",
  "support.files-hint":
    "Ich kann ein Foto vom Etikett des Radios lesen, aber keine anderen Dateien. Um sie unserem Team zu zeigen, senden Sie /support mit ein paar Worten zum Problem und schicken Sie die Dateien dann erneut.",
  "support.reopened": "Ihre Anfrage Nr. {ticket} wurde wieder eröffnet: Unser Team sieht Ihre Nachricht.",
  "support.blocked":
    "Leider können Ihre Nachrichten im Moment nicht an unser Support-Team weitergeleitet werden.",
  "support.reply.from": "{name} (Support-Team)",
  "support.reply.team": "Support-Team",
  "support.closed":
    "Ihre Anfrage Nr. {ticket} wurde geschlossen. Wenn Sie noch etwas brauchen, schreiben Sie einfach hier oder nutzen Sie /support.",

  "forget.confirm":
    "Damit wird gelöscht, was ich über Sie speichere: Ihre Sprache, Ihr letzter Vorcode und Code, Ihre Erinnerungen und Ihre Nachrichten in Support-Anfragen (eine offene Anfrage wird geschlossen). Das kann nicht rückgängig gemacht werden. Fortfahren?",
  "forget.done": "Erledigt: Ihre Daten wurden gelöscht.",
  "forget.unavailable": "Hier ist nichts über Sie gespeichert.",

  "desk.header.title": "#{ticket} · {platform} · {user}",
  "desk.header.user": "Nutzer: {user} ({platform})",
  "desk.header.language": "Sprache: {language}",
  "desk.header.precode": "Letzter Vorcode: {precode} → Code {pin}",
  "desk.header.no-precode": "Noch kein Vorcode entschlüsselt.",
  "desk.header.attempts": "Bisher gemeldete falsche Codes: {count}",
  "desk.header.vin":
    "FIN: {vin} (Code mit Händlerzugang nachschlagen; der Bot leitet nie einen Code aus einer FIN ab)",
  "desk.header.source": "Eröffnet über: {source}",
  "desk.header.recreated":
    "Dieser Thread ersetzt einen gelöschten. Frühere Nachrichten sind gespeichert und stehen im Protokoll.",
  "desk.header.help":
    "Schreiben Sie hier, um dem Nutzer zu antworten. Zeilen, die mit ! beginnen, bleiben intern. Befehle: /reply anonymous …, /snippet, /code, /close, /block.",
  "desk.source.command": "den Befehl /support",
  "desk.source.action": "die Schaltfläche „Support kontaktieren“",
  "desk.source.vin": "die Schaltfläche „Support kontaktieren“ nach /vin",
  "desk.source.follow-up": "eine neue Nachricht nach Schließen der Anfrage Nr. {previous}",

  "desk.note.unreachable":
    "⚠ Nicht zugestellt: Der Nutzer ist nicht erreichbar (vielleicht hat er den Bot blockiert oder private Nachrichten deaktiviert).",
  "desk.note.delivery-failed":
    "⚠ Wegen eines Fehlers nicht zugestellt. Bitte versuchen Sie es gleich noch einmal.",
  "desk.note.close-cancelled": "Geplantes Schließen abgebrochen: Der Nutzer hat wieder geschrieben.",
  "desk.note.reopened": "Ticket wieder eröffnet: Der Nutzer hat wieder geschrieben.",
  "desk.note.closed": "Ticket geschlossen von {staff}.",
  "desk.note.closed-silent": "Ticket geschlossen von {staff} (der Nutzer wurde nicht benachrichtigt).",
  "desk.note.forgotten":
    "Der Nutzer hat die Löschung seiner Daten verlangt: Dieses Ticket wurde geschlossen und anonymisiert.",

  "desk.transcript.title": "Protokoll von Ticket Nr. {ticket} ({count} Nachrichten)",
  "desk.transcript.user": "Nutzer",
  "desk.transcript.staff": "Team",
  "desk.transcript.note": "Interne Notiz",
  "desk.transcript.system": "System",
  "desk.transcript.anonymous": "anonym",
  "desk.transcript.files": "Dateien: {names}",

  "staff.not-a-ticket": "Dies ist kein Support-Ticket-Thread.",
  "staff.ticket-closed": "Dieses Ticket ist geschlossen.",
  "staff.anonymised": "Der Nutzer dieses Tickets hat seine Daten gelöscht: Es kann nichts gesendet werden.",
  "staff.empty": "Nichts zu senden: Fügen Sie den Text nach dem Befehl hinzu.",
  "staff.sent": "An den Nutzer gesendet: {text}",
  "staff.sent-anonymous": "Anonym gesendet: {text}",
  "staff.snippet-unknown": "Es gibt keinen FAQ-Eintrag {id}.",
  "staff.snippet-unavailable": "Die FAQ ist nicht verfügbar.",
  "staff.snippet-sent": "FAQ-Antwort {id} gesendet ({language}).",
  "staff.code-invalid": "{precode} ist kein gültiger Vorcode (ein Buchstabe und drei Ziffern, z. B. V284).",
  "staff.code-sent": "Code-Antwort für {precode} gesendet (Code {pin}, {language}).",
  "staff.close-scheduled": "Dieses Ticket wird in {delay} geschlossen, falls der Nutzer nicht schreibt.",
  "staff.close-scheduled-silent":
    "Dieses Ticket wird in {delay} geschlossen, falls der Nutzer nicht schreibt (ohne Benachrichtigung).",
  "staff.bad-duration": "{value} verstehe ich nicht als Dauer. Verwenden Sie z. B. 10m, 2h, 1d oder 1w.",
  "staff.blocked-until":
    "{staff} hat diesen Nutzer bis {until} blockiert. Seine Nachrichten werden nicht weitergeleitet.",
  "staff.blocked-forever":
    "{staff} hat diesen Nutzer bis zur Entsperrung blockiert. Seine Nachrichten werden nicht weitergeleitet.",
  "staff.unblocked": "{staff} hat diesen Nutzer entsperrt.",
  "staff.not-blocked": "Dieser Nutzer war nicht blockiert.",
};
