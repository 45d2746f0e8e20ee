/** French support messages (vous). Keys and `{placeholders}` must match `en` in `support.ts`. */
import type { SupportMessages } from "./support.js";

export const fr: SupportMessages = {
  "cmd.support.description": "Contacter notre équipe d'assistance : une personne vous répondra ici",
  "cmd.support.option.message": "Pour quoi avez-vous besoin d'aide ?",
  "cmd.forget.description": "Supprimer tout ce que ce bot conserve à votre sujet",
  "cmd.reply.description":
    "Équipe : répondre à l'utilisateur (commencez par « anonymous » pour masquer votre nom)",
  "cmd.reply.option.text": "Le message pour l'utilisateur",
  "cmd.close.description": "Équipe : fermer ce ticket maintenant ou après un délai, sans prévenir si besoin",
  "cmd.close.option.delay": "Fermer après ce délai sauf si l'utilisateur écrit, ex. 10m, 2h, 1d",
  "cmd.close.option.silent": "Tapez « silent » pour fermer sans prévenir l'utilisateur",
  "cmd.block.description": "Équipe : ne plus transmettre les messages de cet utilisateur",
  "cmd.block.option.duration": "Pour combien de temps, ex. 2h, 1d, 1w (vide : jusqu'au déblocage)",
  "cmd.unblock.description": "Équipe : transmettre de nouveau les messages de cet utilisateur",
  "cmd.snippet.description": "Équipe : envoyer une réponse de la FAQ à l'utilisateur dans sa langue",
  "cmd.snippet.option.id": "Identifiant de l'entrée de FAQ, ex. where-is-precode",
  "cmd.code.description": "Équipe : envoyer à l'utilisateur la réponse complète pour un pré-code",
  "cmd.code.option.precode": "Pré-code de l'étiquette de l'autoradio de l'utilisateur, ex. V284",

  "action.contact-support": "Contacter l'assistance",
  "action.forget-confirm": "Oui, supprimer mes données",

  "support.unavailable":
    "Ce bot n'a pas d'équipe d'assistance vers qui vous orienter. Envoyez-moi le pré-code de l'étiquette de l'autoradio (comme V284) et je vous donne le code, ou posez votre question avec vos propres mots. Le code figure aussi sur la carte C.A.R. dans les documents du véhicule, et un concessionnaire peut le retrouver sur présentation d'un justificatif de propriété.",
  "support.private-only":
    "Pour contacter l'assistance, écrivez-moi dans une conversation privée : vos informations restent ainsi entre vous et notre équipe.",
  "support.opened":
    "Votre demande n° {ticket} a été transmise à notre équipe d'assistance. Une personne vous répondra ici ; vous pouvez continuer à écrire dans cette conversation.",
  "support.opened.ask":
    "Votre demande n° {ticket} est ouverte. Décrivez votre problème dans cette conversation (une photo de l'étiquette de l'autoradio aide beaucoup) ; une personne de notre équipe vous répondra ici.",
  "support.added": "Ajouté à votre demande en cours n° {ticket}. Notre équipe vous répondra ici.",
  "support.already-open":
    "Vous avez déjà une demande en cours (n° {ticket}). Écrivez simplement ici : vos messages sont transmis à notre équipe.",
  "support.sent": "Transmis à notre équipe d'assistance. Elle vous répondra ici.",
  "support.files-hint.no-desk":
    "Je sais lire une photo de l'étiquette de l'autoradio, mais pas les autres fichiers. Tapez le pré-code de l'étiquette (une lettre et trois chiffres, comme V284), envoyez une photo de l'étiquette ou écrivez votre question.",
  "support.files-hint":
    "Je sais lire une photo de l'étiquette de l'autoradio, mais pas les autres fichiers. Pour les montrer à une personne de notre équipe, envoyez /support avec quelques mots sur le problème, puis renvoyez les fichiers.",
  "support.reopened": "Votre demande n° {ticket} a été rouverte : notre équipe verra votre message.",
  "support.blocked":
    "Désolé, vos messages ne peuvent pas être transmis à notre équipe d'assistance pour le moment.",
  "support.reply.from": "{name} (équipe d'assistance)",
  "support.reply.team": "Équipe d'assistance",
  "support.closed":
    "Votre demande n° {ticket} a été close. Si vous avez besoin d'autre chose, écrivez simplement ici ou utilisez /support.",

  "forget.confirm":
    "Cela supprime ce que je conserve à votre sujet : votre langue, votre dernier pré-code et son code, vos rappels et vos messages dans les demandes d'assistance (une demande en cours est close). C'est irréversible. Continuer ?",
  "forget.done": "C'est fait : vos données ont été supprimées.",
  "forget.unavailable": "Rien n'est conservé à votre sujet ici.",

  "desk.header.title": "#{ticket} · {platform} · {user}",
  "desk.header.user": "Utilisateur : {user} ({platform})",
  "desk.header.language": "Langue : {language}",
  "desk.header.precode": "Dernier pré-code : {precode} → code {pin}",
  "desk.header.no-precode": "Aucun pré-code décodé pour l'instant.",
  "desk.header.attempts": "Codes erronés signalés jusqu'ici : {count}",
  "desk.header.vin":
    "VIN : {vin} (cherchez le code avec un accès concessionnaire ; le bot ne déduit jamais un code d'un VIN)",
  "desk.header.source": "Ouvert depuis : {source}",
  "desk.header.recreated":
    "Ce fil remplace un fil supprimé. Les messages précédents sont conservés et figureront dans la transcription.",
  "desk.header.help":
    "Écrivez ici pour répondre à l'utilisateur. Les lignes commençant par ! restent internes. Commandes : /reply anonymous …, /snippet, /code, /close, /block.",
  "desk.source.command": "la commande /support",
  "desk.source.action": "le bouton « Contacter l'assistance »",
  "desk.source.vin": "le bouton « Contacter l'assistance » après /vin",
  "desk.source.follow-up": "un nouveau message après la clôture de la demande n° {previous}",

  "desk.note.unreachable":
    "⚠ Non remis : l'utilisateur est injoignable (il a peut-être bloqué le bot ou fermé ses messages privés).",
  "desk.note.delivery-failed": "⚠ Non remis à cause d'une erreur. Veuillez réessayer dans un instant.",
  "desk.note.close-cancelled": "Fermeture programmée annulée : l'utilisateur a écrit de nouveau.",
  "desk.note.reopened": "Ticket rouvert : l'utilisateur a écrit de nouveau.",
  "desk.note.closed": "Ticket fermé par {staff}.",
  "desk.note.closed-silent": "Ticket fermé par {staff} (l'utilisateur n'a pas été prévenu).",
  "desk.note.forgotten":
    "L'utilisateur a demandé la suppression de ses données : ce ticket a été fermé et anonymisé.",

  "desk.transcript.title": "Transcription du ticket n° {ticket} ({count} messages)",
  "desk.transcript.user": "Utilisateur",
  "desk.transcript.staff": "Équipe",
  "desk.transcript.note": "Note interne",
  "desk.transcript.system": "Système",
  "desk.transcript.anonymous": "anonyme",
  "desk.transcript.files": "Fichiers : {names}",

  "staff.not-a-ticket": "Ce fil n'est pas un ticket d'assistance.",
  "staff.ticket-closed": "Ce ticket est fermé.",
  "staff.anonymised": "L'utilisateur de ce ticket a supprimé ses données : rien ne peut être envoyé.",
  "staff.empty": "Rien à envoyer : ajoutez le texte après la commande.",
  "staff.sent": "Envoyé à l'utilisateur : {text}",
  "staff.sent-anonymous": "Envoyé anonymement : {text}",
  "staff.snippet-unknown": "Il n'existe pas d'entrée de FAQ {id}.",
  "staff.snippet-unavailable": "La FAQ n'est pas disponible.",
  "staff.snippet-sent": "Réponse de FAQ {id} envoyée ({language}).",
  "staff.code-invalid": "{precode} n'est pas un pré-code valide (une lettre et trois chiffres, ex. V284).",
  "staff.code-sent": "Réponse envoyée pour {precode} (code {pin}, {language}).",
  "staff.close-scheduled": "Ce ticket sera fermé dans {delay} sauf si l'utilisateur écrit.",
  "staff.close-scheduled-silent":
    "Ce ticket sera fermé dans {delay} sauf si l'utilisateur écrit (sans le prévenir).",
  "staff.bad-duration": "Je ne comprends pas la durée {value}. Utilisez par ex. 10m, 2h, 1d ou 1w.",
  "staff.blocked-until":
    "{staff} a bloqué cet utilisateur jusqu'au {until}. Ses messages ne sont pas transmis.",
  "staff.blocked-forever":
    "{staff} a bloqué cet utilisateur jusqu'à nouvel ordre. Ses messages ne sont pas transmis.",
  "staff.unblocked": "{staff} a débloqué cet utilisateur.",
  "staff.not-blocked": "Cet utilisateur n'était pas bloqué.",
};
