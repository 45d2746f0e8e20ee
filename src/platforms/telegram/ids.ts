/**
 * Conversation ids for Telegram: `telegram:{chatId}` or, inside a forum topic,
 * `telegram:{chatId}:{topicId}` (the topic is Telegram's `message_thread_id`). Group and channel
 * chat ids are negative (`-100…` for supergroups), so the id pattern allows a leading minus.
 */

export interface TelegramConversation {
  readonly chatId: number;
  /** Forum topic (`message_thread_id`); replies must carry it or they land in "General". */
  readonly topicId?: number | undefined;
}

const PREFIX = "telegram";
/** Canonical numbers only (no leading zeros, no 0 or -0): one id per conversation. */
const PATTERN = /^telegram:(-?[1-9]\d{0,19})(?::([1-9]\d{0,11}))?$/;

export function encodeTelegramConversation(c: TelegramConversation): string {
  return c.topicId === undefined ? `${PREFIX}:${c.chatId}` : `${PREFIX}:${c.chatId}:${c.topicId}`;
}

/** Parses a conversation id; `undefined` when it is not a well-formed Telegram one. */
export function decodeTelegramConversation(id: string): TelegramConversation | undefined {
  const m = PATTERN.exec(id);
  if (!m) return undefined;
  const chatId = Number(m[1]);
  if (!Number.isSafeInteger(chatId)) return undefined;
  if (m[2] === undefined) return { chatId };
  const topicId = Number(m[2]);
  return Number.isSafeInteger(topicId) && topicId > 0 ? { chatId, topicId } : undefined;
}
