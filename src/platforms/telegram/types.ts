/**
 * The subset of the Bot API wire format this adapter reads (snake_case, as Telegram sends it),
 * and the adapter's own configuration types.
 * @see https://core.telegram.org/bots/api#update
 */
import type { Services } from "../../../commands/services.js";
import type { Bot } from "../../bot/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { HttpServer } from "../../http/server.js";
import type { Logger } from "../../logger.js";
import type { PlatformAdapter } from "../types.js";
import type { DeliveryLimits, RetryPolicy } from "./delivery.js";

export interface TgUser {
  readonly id: number;
  readonly is_bot?: boolean;
  readonly first_name?: string;
  readonly last_name?: string;
  readonly username?: string;
  readonly language_code?: string;
}

export interface TgChat {
  readonly id: number;
  readonly type: "private" | "group" | "supergroup" | "channel";
  readonly is_forum?: boolean;
}

export interface TgMessage {
  readonly message_id: number;
  readonly chat: TgChat;
  readonly from?: TgUser;
  readonly text?: string;
  readonly message_thread_id?: number;
  readonly is_topic_message?: boolean;
}

export interface TgCallbackQuery {
  readonly id: string;
  readonly from: TgUser;
  readonly message?: TgMessage;
  readonly inline_message_id?: string;
  readonly data?: string;
}

export interface TgInlineQuery {
  readonly id: string;
  readonly from: TgUser;
  readonly query: string;
  readonly chat_type?: string;
}

export interface TgUpdate {
  readonly update_id: number;
  readonly message?: TgMessage;
  readonly callback_query?: TgCallbackQuery;
  readonly inline_query?: TgInlineQuery;
  readonly [other: string]: unknown;
}

export interface InlineKeyboardButton {
  readonly text: string;
  readonly callback_data?: string;
  readonly url?: string;
}

export interface InlineKeyboardMarkup {
  readonly inline_keyboard: InlineKeyboardButton[][];
}

/**
 * Remembers which updates were handled so a repeated `update_id` (webhook redelivery, a second
 * instance) runs once. `claim` resolves true for the first caller only. The store-backed one is
 * `store.updates.claim(source, updateId, now)`.
 */
export interface UpdateDeduper {
  claim(source: string, id: string): Promise<boolean>;
}

/** Any Bot API call: `(method, payload, signal) → result`. Tests and telegraf both fit. */
export type ApiCall = (
  method: string,
  payload: Record<string, unknown>,
  signal?: AbortSignal,
) => Promise<unknown>;

export interface TelegramAdapterConfig {
  readonly token: string;
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** `https://api.telegram.org` or a local Bot API server / test fake. */
  readonly apiRoot?: string;
  /** Webhook mode when set (else long polling): the public URL Telegram posts updates to. */
  readonly webhookUrl?: string;
  /** Required with `webhookUrl`: checked against `X-Telegram-Bot-Api-Secret-Token`. */
  readonly webhookSecret?: string;
  /** The project's HTTP server; the webhook route (the URL's path) is added to it. */
  readonly http?: HttpServer;
  readonly deduper?: UpdateDeduper;
  readonly limits?: Partial<DeliveryLimits>;
  readonly retry?: Partial<RetryPolicy>;
  /** How long `stop()` waits for queued replies. Default 10 s. */
  readonly drainTimeoutMs?: number;
  readonly now?: () => Date;
}

export interface TelegramAdapter extends PlatformAdapter {
  readonly platform: "telegram";
  /** The bot's @username once started. */
  username(): string | undefined;
}
