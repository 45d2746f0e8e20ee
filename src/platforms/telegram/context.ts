/**
 * Who asked, where, in which language: a Telegram update as the bot's CommandContext.
 * - The conversation is the chat, with its forum topic when the message is in one (replies must
 *   carry `message_thread_id` or they land in "General").
 * - `privateConversation` is the user's private chat with the bot, whose id is the user's id:
 *   reminders and support replies never go to a group.
 * - `staff` and `attachments` are added by the receiver (only the desk group sets `staff`).
 */
import type { Services } from "../../../commands/services.js";
import type { CommandContext } from "../../../commands/types.js";
import { resolveLocale } from "../../bot/locale.js";
import type { Locale } from "../../core/i18n/locales.js";
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import { encodeTelegramConversation } from "./ids.js";
import type { TgMessage, TgUser } from "./types.js";

export interface ContextDeps {
  readonly services: Services;
  readonly defaultLocale: Locale;
  readonly logger: Pick<Logger, "warn">;
  readonly now: () => Date;
}

/** "First Last", else the username; undefined when Telegram sent neither. */
export const displayName = (u: TgUser) =>
  [u.first_name, u.last_name].filter(Boolean).join(" ") || u.username || undefined;

/** A forum topic only when the message is in one; other thread ids (reply threads) are not kept. */
export const topicOf = (m: TgMessage | undefined) =>
  m?.is_topic_message && m.message_thread_id !== undefined ? m.message_thread_id : undefined;

export async function commandContext(
  deps: ContextDeps,
  from: TgUser,
  chat: { readonly id: number; readonly type: string },
  topicId?: number,
): Promise<CommandContext> {
  const user = { platform: "telegram", id: String(from.id), displayName: displayName(from) } as const;
  const key = userKey("telegram", from.id);
  return {
    ...(await resolveLocale(deps.services, key, from.language_code, deps.defaultLocale, deps.logger)),
    user,
    conversation: encodeTelegramConversation({ chatId: chat.id, topicId }),
    chat: chat.type === "private" ? "private" : "group",
    privateConversation: encodeTelegramConversation({ chatId: from.id }),
    now: deps.now(),
    services: deps.services,
  };
}
