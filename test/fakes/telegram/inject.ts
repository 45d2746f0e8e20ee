/**
 * Builders for updates that refer to what the bot did: pressing a button on a message the bot
 * sent (callback_query) and typing `@bot query` (inline_query). Both register a query id that
 * the bot must answer once.
 */

import { callbackDataOf } from "./markup.js";
import type { FakeState } from "./state.js";
import type { StoredMessage, TgCallbackQuery, TgInlineQuery, TgMessage, TgUser } from "./types.js";
import { buildUser, type ChatTypeOrSender, chatInstance, nextQueryId } from "./updates.js";

export interface CallbackQueryOptions {
  /** A message from the fake's store (sentMessages()/chat()) or the wire message the API returned. */
  message: StoredMessage | TgMessage;
  data: string;
  from?: Partial<TgUser>;
  /** Skip the check that `data` belongs to one of the message's buttons. */
  allowUnknownData?: boolean;
}

export interface InlineQueryOptions {
  query: string;
  from?: Partial<TgUser>;
  offset?: string;
  chatType?: ChatTypeOrSender;
}

function chatIdOf(message: StoredMessage | TgMessage): number {
  return "chat_id" in message && typeof message.chat_id === "number"
    ? message.chat_id
    : (message as TgMessage).chat.id;
}

export function buildCallbackQuery(state: FakeState, opts: CallbackQueryOptions): TgCallbackQuery {
  const chatId = chatIdOf(opts.message);
  const chat = state.chats.get(chatId);
  const stored = chat ? state.findMessage(chat, opts.message.message_id) : undefined;
  if (!stored) {
    throw new Error(
      `fake Telegram: callbackQuery on message ${opts.message.message_id} in chat ${chatId}, which does not exist (deleted?)`,
    );
  }
  // Real clients can only send data that is on a button of the message as it is now.
  if (!opts.allowUnknownData && !callbackDataOf(stored.message.reply_markup).includes(opts.data)) {
    const known = callbackDataOf(stored.message.reply_markup);
    throw new Error(
      `fake Telegram: message ${stored.message_id} has no button with callback_data ${JSON.stringify(opts.data)} (buttons: ${JSON.stringify(known)})`,
    );
  }
  const defaultFrom = stored.message.chat.type === "private" ? { id: chatId } : {};
  const query: TgCallbackQuery = {
    id: nextQueryId(),
    from: buildUser({ ...defaultFrom, ...opts.from }),
    message: structuredClone(stored.message),
    chat_instance: chatInstance(chatId),
    data: opts.data,
  };
  state.callbackQueries.set(query.id, { answers: 0 });
  return query;
}

export function buildInlineQuery(state: FakeState, opts: InlineQueryOptions): TgInlineQuery {
  const query: TgInlineQuery = {
    id: nextQueryId(),
    from: buildUser(opts.from),
    query: opts.query,
    offset: opts.offset ?? "",
    chat_type: opts.chatType ?? "sender",
  };
  state.inlineQueries.set(query.id, { answers: 0 });
  return query;
}
