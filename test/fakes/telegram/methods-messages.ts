/**
 * Text messages: sendMessage, editMessageText, editMessageReplyMarkup, deleteMessage,
 * setMessageReaction.
 * @see https://core.telegram.org/bots/api#sendmessage
 * @see https://core.telegram.org/bots/api#updating-messages
 */
import { checkThread, type FakeCore, replyTarget, sendTarget, storeBotMessage } from "./core.js";
import type { MethodContext, MethodHandler } from "./dispatch.js";
import { badRequest, type ParamReader } from "./errors.js";
import { formatMessageText } from "./formatting.js";
import { validateReplyMarkup } from "./markup.js";
import type { FakeState } from "./state.js";
import { unixNow } from "./state.js";
import type { StoredMessage, TgMessageEntity } from "./types.js";

// Emoji a bot may use in setMessageReaction (ReactionTypeEmoji in the Bot API docs).
const REACTION_EMOJI = new Set(
  (
    "👍 👎 ❤ 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 ❤‍🔥 🌚 🌭 💯 🤣 ⚡ 🍌 🏆 💔 🤨 😐 🍓 🍾 💋 🖕 😈 " +
    "😴 😭 🤓 👻 👨‍💻 👀 🎃 🙈 😇 😨 🤝 ✍ 🤗 🫡 🎅 🎄 ☃ 💅 🤪 🗿 🆒 💘 🙉 🦄 😘 💊 🙊 😎 👾 🤷‍♂ 🤷 🤷‍♀ 😡"
  ).split(" "),
);

function explicitEntities(p: ParamReader, name: string): TgMessageEntity[] | undefined {
  const raw = p.json(name);
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw badRequest(`field "${name}" must be an Array`);
  return raw as TgMessageEntity[];
}

/** Finds the message an edit targets: chat_id + message_id, or inline_message_id. */
function editTarget(state: FakeState, p: ParamReader): StoredMessage {
  const inlineId = p.str("inline_message_id");
  if (inlineId) {
    const inline = state.inlineMessages.get(inlineId);
    if (!inline) throw badRequest("MESSAGE_ID_INVALID");
    return inline;
  }
  const chatRef = p.params.chat_id;
  const chat = state.resolveChat(
    typeof chatRef === "number" || typeof chatRef === "string" ? chatRef : undefined,
  );
  const found = state.findMessage(chat, p.requireInt("message_id", "message identifier is not specified"));
  if (!found) throw badRequest("message to edit not found");
  if (found.author !== "bot") throw badRequest("message can't be edited");
  return found;
}

/** Value returned by edit methods: the Message, or `true` for inline messages. */
const editResult = (p: ParamReader, m: StoredMessage): unknown =>
  p.str("inline_message_id") ? true : m.message;

function sendMessage(core: FakeCore, { p }: MethodContext): unknown {
  const chat = sendTarget(core.state, p);
  const text = p.str("text");
  const parseMode = p.str("parse_mode");
  const parsed = formatMessageText(text, parseMode, explicitEntities(p, "entities"));
  const markup = validateReplyMarkup(p.json("reply_markup"));
  const threadId = p.int("message_thread_id");
  checkThread(core.state, chat, threadId);
  const replyTo = replyTarget(core.state, chat, p);
  const content: Record<string, unknown> = { text: parsed.plain };
  if (parsed.entities.length > 0) content.entities = parsed.entities;
  const preview = p.json("link_preview_options");
  if (preview !== undefined) content.link_preview_options = preview;
  const disableNotification = p.bool("disable_notification");
  const stored = storeBotMessage(core.state, chat, {
    method: "sendMessage",
    content,
    ...(text !== undefined ? { text } : {}),
    ...(parseMode ? { parseMode } : {}),
    ...(markup ? { markup } : {}),
    ...(threadId !== undefined ? { threadId } : {}),
    ...(replyTo ? { replyTo } : {}),
    extra: {
      ...(preview !== undefined ? { link_preview_options: preview } : {}),
      ...(disableNotification !== undefined ? { disable_notification: disableNotification } : {}),
    },
  });
  return stored.message;
}

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

function editMessageText(core: FakeCore, { p }: MethodContext): unknown {
  const target = editTarget(core.state, p);
  if (target.message.text === undefined) throw badRequest("there is no text in the message to edit");
  const text = p.str("text");
  const parseMode = p.str("parse_mode");
  const parsed = formatMessageText(text, parseMode, explicitEntities(p, "entities"));
  // Editing without reply_markup REMOVES the inline keyboard — a classic Telegram surprise.
  const markup = validateReplyMarkup(p.json("reply_markup"));
  const same =
    target.message.text === parsed.plain &&
    JSON.stringify(target.message.entities ?? []) === JSON.stringify(parsed.entities) &&
    JSON.stringify(target.message.reply_markup) ===
      JSON.stringify(markup?.inline_keyboard ? markup : undefined);
  if (same) throw badRequest(NOT_MODIFIED);
  const message = target.message;
  message.text = parsed.plain;
  if (parsed.entities.length > 0) message.entities = parsed.entities;
  else delete message.entities;
  if (markup?.inline_keyboard) message.reply_markup = { inline_keyboard: markup.inline_keyboard };
  else delete message.reply_markup;
  message.edit_date = unixNow();
  if (text !== undefined) target.text = text;
  if (parseMode) target.parse_mode = parseMode;
  else delete target.parse_mode;
  if (markup) target.reply_markup = markup;
  else delete target.reply_markup;
  target.edits += 1;
  return editResult(p, target);
}

function editMessageReplyMarkup(core: FakeCore, { p }: MethodContext): unknown {
  const target = editTarget(core.state, p);
  const markup = validateReplyMarkup(p.json("reply_markup"));
  const next = markup?.inline_keyboard ? { inline_keyboard: markup.inline_keyboard } : undefined;
  if (JSON.stringify(target.message.reply_markup) === JSON.stringify(next)) throw badRequest(NOT_MODIFIED);
  if (next) target.message.reply_markup = next;
  else delete target.message.reply_markup;
  if (markup) target.reply_markup = markup;
  else delete target.reply_markup;
  target.message.edit_date = unixNow();
  target.edits += 1;
  return editResult(p, target);
}

function deleteMessage(core: FakeCore, { p }: MethodContext): unknown {
  const chatRef = p.params.chat_id;
  const chat = core.state.resolveChat(
    typeof chatRef === "number" || typeof chatRef === "string" ? chatRef : undefined,
  );
  const found = core.state.findMessage(
    chat,
    p.requireInt("message_id", "message identifier is not specified"),
  );
  if (!found) throw badRequest("message to delete not found");
  // Telegram's rules (Bot API deleteMessage): nothing older than 48 hours; in a group, another
  // member's message only with the can_delete_messages right. Both answer the same way.
  if (found.message.date < unixNow() - DELETE_WINDOW_S) throw badRequest(CANT_DELETE);
  const group = chat.chat.type !== "private";
  if (group && found.author !== "bot" && !core.state.adminRights(chat, core.state.bot.id).can_delete_messages)
    throw badRequest(CANT_DELETE);
  found.deleted = true;
  return true;
}

const DELETE_WINDOW_S = 48 * 3600;
const CANT_DELETE = "message can't be deleted";

function setMessageReaction(core: FakeCore, { p }: MethodContext): unknown {
  const chatRef = p.params.chat_id;
  const chat = core.state.resolveChat(
    typeof chatRef === "number" || typeof chatRef === "string" ? chatRef : undefined,
  );
  const found = core.state.findMessage(
    chat,
    p.requireInt("message_id", "message identifier is not specified"),
  );
  if (!found) throw badRequest("MESSAGE_ID_INVALID");
  const reaction = p.json("reaction") ?? [];
  if (!Array.isArray(reaction)) throw badRequest('field "reaction" must be an Array');
  for (const r of reaction as Array<Record<string, unknown>>) {
    const ok =
      (r.type === "emoji" && typeof r.emoji === "string" && REACTION_EMOJI.has(r.emoji)) ||
      (r.type === "custom_emoji" && typeof r.custom_emoji_id === "string") ||
      r.type === "paid";
    if (!ok) throw badRequest("REACTION_INVALID");
  }
  found.reactions = reaction;
  return true;
}

export function messageMethods(core: FakeCore): Record<string, MethodHandler> {
  return {
    sendMessage: (ctx) => sendMessage(core, ctx),
    editMessageText: (ctx) => editMessageText(core, ctx),
    editMessageReplyMarkup: (ctx) => editMessageReplyMarkup(core, ctx),
    deleteMessage: (ctx) => deleteMessage(core, ctx),
    setMessageReaction: (ctx) => setMessageReaction(core, ctx),
  };
}
