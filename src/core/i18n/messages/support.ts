/**
 * Support desk messages: what users see (/support, relayed replies, /forget) and what staff see
 * in ticket threads (header, notes, transcripts, staff command answers) — in every language.
 * Translations live in `support.<locale>.ts`, typed `SupportMessages` (a missing or extra key
 * fails tsc); they must keep every `{placeholder}`.
 * Register: friendly and formal (vous / Sie / usted / dumneavoastră / siz).
 */
import { defineMessages } from "../define.js";
import { de } from "./support.de.js";
import { es } from "./support.es.js";
import { fr } from "./support.fr.js";
import { ro } from "./support.ro.js";
import { tr } from "./support.tr.js";

const en = {
  "cmd.support.description": "Contact our support team: a person will answer you here",
  "cmd.support.option.message": "What do you need help with?",
  "cmd.forget.description": "Delete everything this bot stores about you",
  "cmd.reply.description": "Staff: reply to the user (start with “anonymous” to hide your name)",
  "cmd.reply.option.text": "The message for the user",
  "cmd.close.description":
    "Staff: close this ticket now or after a delay, optionally without telling the user",
  "cmd.close.option.delay": "Close after this delay unless the user writes, e.g. 10m, 2h, 1d",
  "cmd.close.option.silent": "Type “silent” to close without telling the user",
  "cmd.block.description": "Staff: stop relaying this user's messages",
  "cmd.block.option.duration": "For how long, e.g. 2h, 1d, 1w (empty: until unblocked)",
  "cmd.unblock.description": "Staff: relay this user's messages again",
  "cmd.snippet.description": "Staff: send a FAQ answer to the user in their language",
  "cmd.snippet.option.id": "FAQ entry id, e.g. where-is-precode",
  "cmd.code.description": "Staff: send the user the full code reply for a pre-code",
  "cmd.code.option.precode": "Pre-code from the user's radio label, e.g. V284",

  "action.contact-support": "Contact support",
  "action.forget-confirm": "Yes, delete my data",

  "support.unavailable":
    "This bot has no support team to pass you to. Send me the pre-code from the radio's label (like V284) and I'll give you the code, or ask your question in your own words. The code is also on the C.A.R. card in the vehicle documents, and a dealer can look it up with proof of ownership.",
  "support.private-only":
    "To contact support, please write to me in a private chat, so your details stay between you and our team.",
  "support.opened":
    "Your request #{ticket} has been sent to our support team. A person will answer you here; you can keep writing in this chat.",
  "support.opened.ask":
    "Your request #{ticket} is open. Please describe your problem in this chat (photos of the radio's label help); a person from our team will answer you here.",
  "support.added": "Added to your open request #{ticket}. Our team will answer you here.",
  "support.already-open":
    "You already have an open request (#{ticket}). Just write here: your messages go to our team.",
  "support.sent": "Sent to our support team. They will answer you here.",
  "support.files-hint.no-desk":
    "I can read a photo of the radio's label, but not other files. Type the pre-code from the label (one letter and three digits, like V284), send a photo of the label, or write your question.",
  "support.files-hint":
    "I can read a photo of the radio's label, but not other files. To show them to a person from our team, send /support with a few words about the problem, then send the files again.",
  "support.reopened": "Your request #{ticket} has been reopened: our team will see your message.",
  "support.blocked": "Sorry, your messages cannot be forwarded to our support team at the moment.",
  "support.reply.from": "{name} (support team)",
  "support.reply.team": "Support team",
  "support.closed":
    "Your request #{ticket} has been closed. If you need anything else, just write here or use /support.",

  "forget.confirm":
    "This deletes what I store about you: your language, your last pre-code and code, your reminders and your messages in support requests (an open request is closed). This cannot be undone. Continue?",
  "forget.done": "Done: your data has been deleted.",
  "forget.unavailable": "Nothing about you is stored here.",

  "desk.header.title": "#{ticket} · {platform} · {user}",
  "desk.header.user": "User: {user} ({platform})",
  "desk.header.language": "Language: {language}",
  "desk.header.precode": "Last pre-code: {precode} → code {pin}",
  "desk.header.no-precode": "No pre-code decoded yet.",
  "desk.header.attempts": "Wrong codes reported so far: {count}",
  "desk.header.vin":
    "VIN: {vin} (look the code up with dealer access; the bot never derives a code from a VIN)",
  "desk.header.source": "Opened from: {source}",
  "desk.header.recreated":
    "This thread replaces one that was deleted. Earlier messages are in the store and will be in the transcript.",
  "desk.header.help":
    "Write here to answer the user. Lines starting with ! stay internal. Commands: /reply anonymous …, /snippet, /code, /close, /block.",
  "desk.source.command": "the /support command",
  "desk.source.action": "the “Contact support” button",
  "desk.source.vin": "the “Contact support” button after /vin",
  "desk.source.follow-up": "a new message after request #{previous} was closed",

  "desk.note.unreachable":
    "⚠ Not delivered: the user cannot be reached (they may have blocked the bot or closed their private messages).",
  "desk.note.delivery-failed": "⚠ Not delivered because of an error. Please try again in a moment.",
  "desk.note.close-cancelled": "Scheduled close cancelled: the user wrote again.",
  "desk.note.reopened": "Ticket reopened: the user wrote again.",
  "desk.note.closed": "Ticket closed by {staff}.",
  "desk.note.closed-silent": "Ticket closed by {staff} (the user was not told).",
  "desk.note.forgotten":
    "The user asked for their data to be deleted: this ticket was closed and anonymised.",

  "desk.transcript.title": "Transcript of ticket #{ticket} ({count} messages)",
  "desk.transcript.user": "User",
  "desk.transcript.staff": "Staff",
  "desk.transcript.note": "Internal note",
  "desk.transcript.system": "System",
  "desk.transcript.anonymous": "anonymous",
  "desk.transcript.files": "Files: {names}",

  "staff.not-a-ticket": "This is not a support ticket thread.",
  "staff.ticket-closed": "This ticket is closed.",
  "staff.anonymised": "The user of this ticket deleted their data: nothing can be sent.",
  "staff.empty": "Nothing to send: add the text after the command.",
  "staff.sent": "Sent to the user: {text}",
  "staff.sent-anonymous": "Sent anonymously: {text}",
  "staff.snippet-unknown": "There is no FAQ entry {id}.",
  "staff.snippet-unavailable": "The FAQ is not available.",
  "staff.snippet-sent": "Sent FAQ answer {id} ({language}).",
  "staff.code-invalid": "{precode} is not a valid pre-code (one letter and three digits, e.g. V284).",
  "staff.code-sent": "Sent the code reply for {precode} (code {pin}, {language}).",
  "staff.close-scheduled": "This ticket will close in {delay} unless the user writes.",
  "staff.close-scheduled-silent": "This ticket will close in {delay} unless the user writes (silently).",
  "staff.bad-duration": "I cannot read {value} as a duration. Use e.g. 10m, 2h, 1d or 1w.",
  "staff.blocked-until": "{staff} blocked this user until {until}. Their messages are not relayed.",
  "staff.blocked-forever": "{staff} blocked this user until unblocked. Their messages are not relayed.",
  "staff.unblocked": "{staff} unblocked this user.",
  "staff.not-blocked": "This user was not blocked.",
} as const;

/** Shape every translation of this area must have: exactly English's keys. */
export type SupportMessages = Record<keyof typeof en, string>;

export const support = defineMessages({ en, fr, de, es, ro, tr });
