/**
 * The pieces method implementations share, plus helpers every "post into a chat" method needs
 * (blocked chats, forum topics, reply targets, storing the bot's message).
 */
import { badRequest, forbidden, isRecord, type ParamReader } from "./errors.js";
import type { LongPoll } from "./polling.js";
import type { ChatState, FakeState } from "./state.js";
import { unixNow } from "./state.js";
import type { ReplyMarkup, StoredMessage, TgMessage, TgUser, UploadedFile } from "./types.js";
import type { UpdateQueue } from "./updates.js";
import type { WebhookDeliverer } from "./webhook.js";

export interface FakeCore {
  state: FakeState;
  queue: UpdateQueue;
  poll: LongPoll;
  webhook: WebhookDeliverer;
}

export function botAsUser(state: FakeState): TgUser {
  const { id, is_bot, first_name, username } = state.bot;
  return username ? { id, is_bot, first_name, username } : { id, is_bot, first_name };
}

/** The chat a sending method targets; blocked users and kicked bots answer 403 like Telegram. */
export function sendTarget(state: FakeState, p: ParamReader): ChatState {
  const ref = p.params.chat_id;
  const chat = state.resolveChat(typeof ref === "number" || typeof ref === "string" ? ref : undefined);
  if (chat.blocked) {
    throw chat.chat.type === "private"
      ? forbidden("bot was blocked by the user")
      : forbidden(`bot was kicked from the ${chat.chat.type === "group" ? "group" : "supergroup"} chat`);
  }
  return chat;
}

/**
 * message_thread_id in a forum must name a live topic: after deleteForumTopic Telegram answers
 * "message thread not found". Closed topics only accept messages from admins.
 */
export function checkThread(state: FakeState, chat: ChatState, threadId: number | undefined): void {
  if (threadId === undefined || !chat.chat.is_forum) return;
  const topic = state.topic(chat, threadId);
  if (!topic) throw badRequest("message thread not found");
  if (topic.closed && !["administrator", "creator"].includes(state.memberStatus(chat, state.bot.id))) {
    throw badRequest("TOPIC_CLOSED");
  }
}

/** reply_parameters (Bot API 7.0+) or the legacy reply_to_message_id. */
export function replyTarget(state: FakeState, chat: ChatState, p: ParamReader): StoredMessage | undefined {
  const params = p.json("reply_parameters");
  let messageId = p.int("reply_to_message_id");
  let allowMissing = p.bool("allow_sending_without_reply") ?? false;
  if (isRecord(params)) {
    messageId = typeof params.message_id === "number" ? params.message_id : Number(params.message_id);
    allowMissing = params.allow_sending_without_reply === true;
  }
  if (messageId === undefined) return undefined;
  const found = state.findMessage(chat, messageId);
  if (!found && !allowMissing) throw badRequest("message to be replied not found");
  return found;
}

export interface NewBotMessage {
  method: string;
  content: Partial<TgMessage>;
  text?: string;
  caption?: string;
  parseMode?: string;
  markup?: ReplyMarkup;
  threadId?: number;
  replyTo?: StoredMessage;
  files?: UploadedFile[];
  extra?: Partial<StoredMessage>;
}

/** Stores a message the bot posted and returns it; the wire copy is what the API answers. */
export function storeBotMessage(state: FakeState, chat: ChatState, m: NewBotMessage): StoredMessage {
  const message: TgMessage = {
    message_id: state.allocateMessageId(chat),
    from: botAsUser(state),
    chat: { ...chat.chat },
    date: unixNow(),
    ...m.content,
  };
  if (m.threadId !== undefined) {
    message.message_thread_id = m.threadId;
    if (chat.chat.is_forum) message.is_topic_message = true;
  }
  if (m.replyTo) message.reply_to_message = m.replyTo.message;
  // Only inline keyboards are echoed back in Message.reply_markup; reply keyboards are not.
  if (m.markup?.inline_keyboard) message.reply_markup = { inline_keyboard: m.markup.inline_keyboard };
  const stored: StoredMessage = {
    message_id: message.message_id,
    chat_id: chat.chat.id,
    author: "bot",
    method: m.method,
    reactions: [],
    files: m.files ?? [],
    deleted: false,
    edits: 0,
    message,
    ...m.extra,
  };
  if (m.text !== undefined) stored.text = m.text;
  if (m.caption !== undefined) stored.caption = m.caption;
  if (m.parseMode !== undefined) stored.parse_mode = m.parseMode;
  if (m.markup !== undefined) stored.reply_markup = m.markup;
  if (m.threadId !== undefined) stored.message_thread_id = m.threadId;
  if (m.replyTo) stored.reply_to_message_id = m.replyTo.message_id;
  chat.messages.set(message.message_id, stored);
  return stored;
}
