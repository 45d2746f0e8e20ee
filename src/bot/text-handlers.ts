/**
 * Free text, tried in order until one answers. A handler returns a Reply, `"silent"` (handled,
 * nothing to say), or undefined (not mine, try the next).
 */
import { dokker } from "../../commands/dokker.js";
import { answerQuestion } from "../../commands/faq.js";
import { helpReply } from "../../commands/help.js";
import { readLabelPhoto } from "../../commands/label-photo.js";
import { followingUp } from "../../commands/last-topic.js";
import { answerWrongCount } from "../../commands/lockout.js";
import { listCommands } from "../../commands/registry.js";
import { actionFor } from "../../commands/replies/action-ids.js";
import { askedWrongCount } from "../../commands/replies/faq-answer.js";
import { wrongCountAction } from "../../commands/replies/lockout.js";
import { smallTalkReply } from "../../commands/replies/small-talk.js";
import { hasDesk, takesPhotos } from "../../commands/services.js";
import type { CommandContext } from "../../commands/types.js";
import { vin } from "../../commands/vin.js";
import { detectLanguage } from "../core/faq/detect-language.js";
import { hasCodeAfter } from "../core/faq/follow-up.js";
import { t } from "../core/i18n/index.js";
import { isPrecodeAttempt, parsePrecode, precodeForm } from "../core/precode.js";
import type { Reply } from "../core/reply.js";
import { smallTalk } from "../core/small-talk.js";
import { findVin } from "../core/vin.js";
import { readWrongCount } from "../core/wrong-count.js";
import type { Logger } from "../logger.js";
import { rememberConversationLanguage, rememberLanguage } from "./locale.js";
import { notice } from "./outcomes.js";
import { ticketRelay } from "./ticket-relay.js";

export type TextHandler = (
  text: string,
  ctx: CommandContext,
  /** The bot's logger, for what a handler tolerates (a store failure it answers anyway). */
  log: Logger,
) => Promise<Reply | "silent" | undefined> | Reply | "silent" | undefined;

/**
 * A pre-code → the PIN, when the message is the pre-code, a label line, or talks about a code.
 * One found in other chatter ("room B123 is free") is not decoded silently: the text is answered
 * as a question, with a "Did you mean B123?" button (in private chats; in groups, nothing).
 * A short failed attempt → why it failed.
 */
const precodeText: TextHandler = async (text, ctx, log) => {
  const parsed = parsePrecode(text);
  if (parsed.ok && precodeForm(text) === "in-text") {
    if (ctx.chat !== "private") return undefined;
    await rememberConversationLanguage(ctx, text, log);
    const reply = withWrongCount(text, await answerQuestion(text, ctx));
    const precode = parsed.value.precode;
    const button = {
      ...actionFor("dokker.decode", precode),
      label: t(reply.locale, "faq.precode-button", { precode }),
    };
    return { ...reply, actions: [button, ...(reply.actions ?? [])] };
  }
  if (parsed.ok) return withWrongCount(text, await dokker.handle({ options: { precode: text } }, ctx));
  // "is it V284 or Y284?": which one? (a button for each, nothing decoded yet)
  if (parsed.code === "precode.several" && ctx.chat === "private") {
    return dokker.handle({ options: { precode: text } }, ctx);
  }
  if (isPrecodeAttempt(text) && parsed.code !== "precode.not-found") {
    return dokker.handle({ options: { precode: text } }, ctx);
  }
  return undefined;
};

/**
 * A VIN pasted into a private chat gets what `/vin` says: the honest ways to the code (never a
 * PIN). A question around it ("mi VIN es …") sets the conversation's language first.
 */
const vinText: TextHandler = async (text, ctx, log) => {
  if (ctx.chat !== "private") return undefined;
  const found = findVin(text);
  if (!found) return undefined;
  const input = { options: { vin: found } };
  const detected = detectLanguage(text).locale; // none for a bare VIN
  if (!detected || ctx.localeFrom === "choice") return vin.handle(input, ctx);
  await rememberLanguage(ctx, detected, log);
  return vin.handle(input, { ...ctx, locale: detected });
};

/**
 * "3 times", "zweimal", "de 2 ori", "i think 4": a reply to the bot's "how many wrong codes?" (an
 * answer about ERROR, the wait or a refused code, or the wait after n wrong codes, in the last 15
 * minutes) gets the wait after that many, as `/lockout 3` says it (private chats). Anything else,
 * or several numbers ("twice, then once more"), goes on to be read as a question.
 */
const wrongCountText: TextHandler = (text, ctx) => {
  if (ctx.chat !== "private") return undefined;
  const topic = followingUp(ctx);
  if (topic === undefined || !askedWrongCount(topic)) return undefined;
  const read = readWrongCount(text, { asked: true });
  return read?.kind === "count" ? answerWrongCount(read.count, ctx) : undefined;
};

/**
 * "Hello", "merci !", "danke, hat geklappt", "ok": a friendly word back instead of "I don't have
 * an answer for that", in the message's language when its words name one (which then becomes the
 * conversation's, like a question's); "help", "Hilfe bitte", "yardım edin": what /help says.
 * Private chats only.
 */
const smallTalkText: TextHandler = async (text, ctx, log) => {
  if (ctx.chat !== "private") return undefined;
  const talk = smallTalk(text);
  if (!talk) return undefined;
  // "salut" is French or Romanian: the user's language if it is one of them, else the first.
  const [first] = talk.locales;
  const locale =
    ctx.localeFrom === "choice" || !first || talk.locales.includes(ctx.locale) ? ctx.locale : first;
  if (talk.locales.length === 1 && first) await rememberLanguage(ctx, first, log);
  const desk = hasDesk(ctx.services);
  if (talk.kind === "help") return helpReply(locale, listCommands(), desk, takesPhotos(ctx));
  // Thanks right after an answer that did not give them a code: when they have the pre-code, send it.
  const topic = followingUp(ctx);
  const noCodeYet = topic !== undefined && !hasCodeAfter(topic);
  return smallTalkReply(locale, talk.kind, desk, takesPhotos(ctx), noCodeYet);
};

/**
 * A question in plain words (private chats only: in groups the bot speaks when addressed). Its
 * language becomes the conversation's language for the replies that follow (src/bot/locale.ts).
 */
const faqText: TextHandler = async (text, ctx, log) => {
  if (ctx.chat !== "private") return undefined;
  await rememberConversationLanguage(ctx, text, log);
  return withWrongCount(text, await answerQuestion(text, ctx));
};

/**
 * "I typed the wrong code 3 times", "zweimal falsch eingegeben": the answer gets the wait itself
 * as its first button ("Wait 4 minutes after wrong code number 3", a tap gives what /lockout 3
 * says); "twice by my wife, once by me": a "How many wrong codes?" button.
 */
function withWrongCount(text: string, reply: Reply): Reply {
  const read = readWrongCount(text);
  if (read === undefined) return reply;
  const action = wrongCountAction(reply.locale, read.kind === "count" ? read.count : "unclear");
  // An answer that asks "How many wrong codes?" itself (ERROR, the wait) asks it once.
  const others = reply.actions.filter((a) => a.id !== action.id);
  return { ...reply, actions: [action, ...others] };
}

/** Nothing matched: in a private chat say what the bot understands; in a group stay quiet. */
const fallbackText: TextHandler = (_text, ctx) =>
  ctx.chat === "private" ? notice(ctx, "chat.unrecognized", "text.unrecognized") : "silent";

/**
 * Photos/files without any text in a private chat that no open ticket took: the bot can't read
 * them, so say how to get them to a person (where a support desk is configured; instead of
 * answering an empty FAQ question); voice notes and videos get what to send instead.
 */
const filesHint: TextHandler = (text, ctx) => {
  const files = ctx.attachments ?? [];
  if (ctx.chat !== "private" || text.trim() !== "" || files.length === 0) return undefined;
  // A voice note or video (a user who would rather talk than type): say what to send instead.
  return files.every((f) => /^(audio|video)\//.test(f.contentType))
    ? notice(ctx, "chat.voice-hint", "chat.voice-hint")
    : ctx.services.support
      ? notice(ctx, "support.files-hint", "support.files-hint")
      : notice(ctx, "support.files-hint.no-desk", "support.files-hint");
};

/**
 * A photo of the radio's label in a private chat: propose the pre-code read from it (issue #14).
 * A caption that is itself a pre-code ("V284", "pre code: V284") is what the user read off the
 * label: it wins, as a typed pre-code does for `/dokker` with a photo, and is decoded at once.
 */
const labelPhotoText: TextHandler = (text, ctx) => {
  if (ctx.chat !== "private") return undefined;
  if (parsePrecode(text).ok && precodeForm(text) !== "in-text") return undefined;
  return readLabelPhoto(ctx);
};

/**
 * `ticketRelay` comes first: while a support ticket is open, private messages go to it (it does
 * nothing without a support desk). See ticket-relay.ts.
 */
export const defaultTextHandlers: readonly TextHandler[] = [
  ticketRelay,
  labelPhotoText,
  filesHint,
  precodeText,
  vinText,
  wrongCountText,
  smallTalkText,
  faqText,
  fallbackText,
];
