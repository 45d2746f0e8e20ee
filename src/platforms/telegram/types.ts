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
import type { Outbox } from "../../outbox/index.js";
import type { StaffMessageInput, StaffMessageOutcome } from "../../support/desk/desk.js";
import type { DeskChannel } from "../../support/desk/types.js";
import type { PlatformAdapter } from "../types.js";
import type { DeliveryEvent, DeliveryLimits, RetryPolicy } from "./delivery.js";

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
  readonly title?: string;
}

export interface TgPhotoSize {
  readonly file_id: string;
  readonly width: number;
  readonly height: number;
  readonly file_size?: number;
}

/** A voice note, audio file, video or round video note: only what downloading it needs. */
export interface TgMediaFile {
  readonly file_id: string;
  readonly mime_type?: string;
  readonly file_size?: number;
}

export interface TgDocument {
  readonly file_id: string;
  readonly file_name?: string;
  readonly mime_type?: string;
  readonly file_size?: number;
}

export interface TgMessage {
  readonly message_id: number;
  readonly chat: TgChat;
  readonly from?: TgUser;
  /** Set when an anonymous group admin (or a channel) wrote it; `from` is then a placeholder bot. */
  readonly sender_chat?: TgChat;
  readonly author_signature?: string;
  readonly text?: string;
  /** Text that came with a photo or document (1024 characters at most). */
  readonly caption?: string;
  /** The same photo in several sizes, smallest first. */
  readonly photo?: readonly TgPhotoSize[];
  readonly document?: TgDocument;
  readonly voice?: TgMediaFile;
  readonly audio?: TgMediaFile;
  readonly video?: TgMediaFile;
  readonly video_note?: TgMediaFile;
  /** A sticker stands for its emoji (a 👍 sticker is a 👍). */
  readonly sticker?: { readonly emoji?: string };
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
  readonly apiRoot?: string | undefined;
  /** Webhook mode when set (else long polling): the public URL Telegram posts updates to. */
  readonly webhookUrl?: string | undefined;
  /** Required with `webhookUrl`: checked against `X-Telegram-Bot-Api-Secret-Token`. */
  readonly webhookSecret?: string | undefined;
  /** The project's HTTP server; the webhook route (the URL's path) is added to it. */
  readonly http?: HttpServer | undefined;
  /** The durable outbox every message leaves through (the app's; its scheduler sends). */
  readonly outbox: Outbox;
  readonly limits?: Partial<DeliveryLimits> | undefined;
  readonly retry?: Partial<RetryPolicy> | undefined;
  /** Observes the delivery layer's 429s, retries and final failures (metrics, issue #7). */
  readonly onDeliveryEvent?: (event: DeliveryEvent) => void;
  readonly now?: () => Date;
  /** Liveness: intake counts as dead after failing this long (default 60 s). */
  readonly intakeDeadAfterMs?: number;
}

/** What the adapter needs from the support desk: relaying what staff write in a ticket topic. */
export interface StaffDesk {
  onStaffMessage(input: StaffMessageInput): Promise<StaffMessageOutcome>;
}

export interface TelegramDeskSetup {
  /** The staff supergroup (`-100…`, forum topics enabled, the bot an admin who manages topics). */
  readonly groupChatId: number;
  /** Optional log chat for transcripts of closed tickets (SUPPORT_LOG_CHANNEL `telegram:<id>`). */
  readonly logChatId?: number;
}

export interface TelegramAdapter extends PlatformAdapter {
  readonly platform: "telegram";
  /** False once getUpdates has failed for over a minute (liveness: restart the process). */
  intakeAlive(now?: number): boolean;
  /** The bot's @username once started. */
  username(): string | undefined;
  /**
   * Makes `groupChatId` the staff group (its members are desk staff; messages in its topics are
   * staff messages) and returns the desk channel that posts into it. Call once, before `start()`.
   */
  deskChannel(setup: TelegramDeskSetup): DeskChannel;
  /**
   * Where staff messages written in ticket topics go: the support desk, which is built after the
   * adapters (it needs the desk channel). Until attached, staff messages are not relayed.
   */
  attachDesk(desk: StaffDesk): void;
}
