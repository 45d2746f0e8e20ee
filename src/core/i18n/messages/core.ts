/**
 * Core messages (PIN, entry steps, lockout, VIN, help, errors) in every language.
 * `{name}` placeholders are filled by `t()`/`tSpans()`; a translation must keep every placeholder.
 * Facts stated here come from shared notes `radio-facts.md` only.
 * Translations live in `core.<locale>.ts`, typed `CoreMessages` (so a missing or extra key fails tsc).
 */
import { defineMessages } from "../define.js";
import { de } from "./core.de.js";
import { es } from "./core.es.js";
import { fr } from "./core.fr.js";
import { ro } from "./core.ro.js";
import { tr } from "./core.tr.js";

const en = {
  "bot.name": "Dokker Radio Code",

  "cmd.start.description": "Start the bot and see how it works",
  "cmd.help.description": "What this bot can do",
  "cmd.dokker.description": "Get your radio code from the pre-code on the radio's label",
  "cmd.dokker.option.precode": "Pre-code from the radio's label: one letter and three digits, e.g. V284",
  "cmd.lockout.description": "How long to wait after a wrong code (ERROR / CODE LOCK)",
  "cmd.lockout.option.attempt": "How many wrong codes have been entered so far",
  "cmd.vin.description": "Check a VIN and see how to get the radio code with it",
  "cmd.vin.option.vin": "The 17-character vehicle identification number",
  "cmd.decode-message.name": "Decode pre-code",

  "start.welcome": "Hello! I turn the pre-code on your radio's label into the radio's code (PIN).",
  "start.how":
    "Send the pre-code — one letter and three digits, for example {example} — and I'll answer with the code and how to enter it.",
  "start.photo": "Or send a photo of the radio's label: I'll read the pre-code from it.",

  "help.title": "What I can do",
  "help.commands": "Commands:",
  "help.tip": "You can also just send the pre-code (like V284), or ask a question in your own words.",
  "help.tip.photo":
    "You can also just send the pre-code (like V284) or a photo of the radio's label, or ask a question in your own words.",
  "help.item": "{command} — {description}",

  "dokker.title": "Radio code for {precode}",
  "dokker.pin": "Your radio code is {pin}",
  "dokker.assumed":
    "I read {read} as {as}: after the letter a pre-code has only digits. Is that what the label shows?",
  "dokker.steps.title": "How to enter it — {radio}",
  "dokker.other-radio": "Another radio? Pick yours below.",
  "dokker.summary": "Code {pin} for pre-code {precode}",

  "radio.radio-cd": "Dacia Radio CD",
  "radio.plug-radio": "Dacia Plug & Radio",
  "radio.renault-tuner": "Renault tuner radio",
  "radio.steering-wheel": "with the steering-wheel control",

  "steps.switch-on": "Switch the ignition and the radio on. The display shows CODE or 0000.",
  "steps.switch-on.plug":
    "Switch the ignition on and turn the Plug & Radio on. The display shows CODE or 0000.",
  "steps.digit.1": "Press button {button} until the first digit shows {digit}.",
  "steps.digit.2": "Press button {button} until the second digit shows {digit}.",
  "steps.digit.3": "Press button {button} until the third digit shows {digit}.",
  "steps.digit.4": "Press button {button} until the fourth digit shows {digit}.",
  "steps.confirm":
    "Hold button 6 (button 5 on some faceplates) for a few seconds until the radio beeps — on some units up to about 10 seconds.",
  "steps.confirm.steering": "To confirm, press the lower button of the steering-wheel control.",
  "steps.done": "The radio should now play normally.",

  "lockout.title": "If the code is refused",
  "lockout.rule":
    "After a wrong code the radio locks for a while: 1 minute after the first error, 2 after the second, then 4, 8… doubling — usually up to 32 minutes, some units longer.",
  "lockout.keep-on":
    "Keep the ignition and the radio on until the display shows CODE again. Switching off does not skip the wait.",
  "lockout.asked-again":
    "The radio asks for this same code after every full power loss (battery change, jump start, repair): keep it somewhere safe.",
  "lockout.attempt": "After wrong code number {attempt}, wait {duration} with the radio on.",
  "lockout.then": "Then enter the code again, carefully, digit by digit.",
  "lockout.schedule": "Waits: {schedule}",
  "lockout.longer":
    "Some units lock for longer (up to 64 minutes has been reported). If it still shows CODE LOCK after that, contact support.",
  "lockout.longer.no-desk": "Some units lock for longer (up to 64 minutes has been reported).",
  "lockout.reminder-set": "I'll send you a message when the wait is over.",
  "lockout.reminder":
    "The wait after wrong code number {attempt} is over: your radio should show CODE again. You can enter the code now.",
  "lockout.reminder.pin": "The code for {precode} is {pin}.",
  "lockout.check-precode":
    "Check the pre-code letter and digits on the label again — a misread letter gives a different code.",
  "lockout.summary": "Wait {duration} after wrong code number {attempt}",
  "lockout.ask":
    "How many wrong codes have been entered on this radio so far, in all? Tap the number and I'll tell you how long to wait.",
  "action.how-many": "How many wrong codes? Choose",

  "unit.minute.one": "1 minute",
  "unit.minute.other": "{count} minutes",
  "unit.minute.short": "min",

  "vin.title": "VIN {vin}",
  "vin.valid": "This is a well-formed VIN.",
  "vin.maker": "Maker code {wmi}: {maker}.",
  "vin.maker.dacia": "Automobile Dacia (Romania)",
  "vin.maker.renault": "Renault (France)",
  "vin.maker.renault-group": "Renault group",
  "vin.maker.unknown": "Maker code {wmi} is not one of the Dacia or Renault codes I know.",
  "vin.year": "Model year (from position 10): {year}.",
  "vin.no-pin": "No public method turns a VIN into a radio code, so I can't give you a code from it.",
  "vin.ways.title": "How to get the code",
  "vin.way.card": "The C.A.R. (Code Auto Radio) card in the vehicle documents shows the code.",
  "vin.way.dealer": "A dealer can look it up with proof of ownership.",
  "vin.way.precode": "Or send me the pre-code from the radio's label, for example {example}.",
  "vin.replaced":
    "If the radio was ever replaced, records for the VIN won't match it: only its pre-code works.",
  "vin.empty": "Send the 17-character VIN, for example {example} {vinExample}.",
  "vin.length":
    "A VIN has exactly 17 characters; this one has {length}. Check it on the registration document.",
  "vin.characters":
    "A VIN uses only the letters A–Z (never I, O or Q) and the digits 0–9. Check these characters: {found}.",

  "precode.empty":
    "Send the pre-code from your radio's label: one letter and three digits, for example {example}.",
  "precode.not-found":
    "I couldn't find a pre-code there. It is one letter followed by three digits (like V284), printed on the radio's label.",
  "precode.not-issued":
    "{precode} is not a real pre-code: codes A000 to A099 are not issued. Check the label again — the letter or the first digit may be different.",
  "precode.too-short":
    "{found} is too short: a pre-code is one letter and exactly three digits (like V284). Check the label again.",
  "precode.too-long":
    "{found} is too long: a pre-code is one letter and exactly three digits (like V284). Make sure you didn't copy the serial number.",
  "precode.display":
    "{found} is what the radio's display shows while it waits for its code: it is not the pre-code. A pre-code is a letter A–Z followed by three digits (like V284).",
  "precode.no-letter":
    "{found} has no letter at the start. A pre-code is a letter A–Z followed by three digits (like V284).",
  "precode.several": "I see several pre-codes: {precodes}. Which one is on your radio? Send just that one.",
  "precode.non-ascii":
    "{found} contains characters that only look like letters or digits. Please type the pre-code with plain Latin letters and digits (A–Z, 0–9).",
  "precode.suggest": "Did you mean {suggestion}?",
  "precode.where":
    "Where is it? On the label of the radio itself. On some radios, holding buttons 1 and 6 together for about 2 seconds shows it on the display.",

  "action.radio-cd": "Radio CD",
  "action.plug-radio": "Plug & Radio",
  "action.renault-tuner": "Renault tuner",
  "action.steering-wheel": "Steering wheel",
  "action.wrong-code": "Wrong code — how long do I wait?",
  "action.remind-me": "Remind me in {duration}",
  "action.still-refused": "Refused again (wrong code {attempt})",
  "action.decode": "Decode {precode}",
  "action.help": "Help",

  "chat.unrecognized":
    "I didn't understand that. Send the pre-code from your radio's label (like V284), or /help.",
  "chat.choice": "Type a number to choose:",
  "chat.voice-hint":
    "I can't listen to voice messages or watch videos. Type the pre-code from your radio's label (one letter and three digits, like V284), send a photo of the label, or write your question.",

  "errors.internal":
    "Sorry, something went wrong on my side. Please try again in a minute; if it keeps happening, ask for support.",
  "errors.internal.no-desk": "Sorry, something went wrong on my side. Please try again in a minute.",
  "errors.unknown-command": "I don't know the command {command}. Send /help to see what I can do.",
  "errors.expired-button": "This button is out of date. Send your pre-code again to get fresh buttons.",
  "errors.option-range": "{command} takes a whole number from {min} to {max}, for example {example}.",
  "errors.option-min": "{command} takes a whole number of at least {min}, for example {example}.",
  "errors.denied": "Only support staff can use {command}.",
} as const;

/** Shape every translation of this area must have: exactly English's keys (one file per locale). */
export type CoreMessages = Record<keyof typeof en, string>;

export const core = defineMessages({ en, fr, de, es, ro, tr });
