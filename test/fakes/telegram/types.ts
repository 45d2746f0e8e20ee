/**
 * Wire types (the subset of the Bot API the fake speaks) and the fake's own public types.
 * Wire objects use Telegram's snake_case names so they can be compared with real payloads.
 * @see https://core.telegram.org/bots/api#available-types
 */

export type Params = Record<string, unknown>;

/** A file part of a multipart/form-data request (telegraf uses multipart when uploading). */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type ChatType = "private" | "group" | "supergroup" | "channel";

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface BotUser extends TgUser {
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
  can_connect_to_business?: boolean;
  has_main_web_app?: boolean;
}

export interface TgChat {
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  is_forum?: true;
}

export interface TgMessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
}

export interface InlineKeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
  [key: string]: unknown;
}

export interface ReplyMarkup {
  inline_keyboard?: InlineKeyboardButton[][];
  [key: string]: unknown;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface TgDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface TgMessage {
  message_id: number;
  date: number;
  chat: TgChat;
  from?: TgUser;
  message_thread_id?: number;
  is_topic_message?: true;
  text?: string;
  entities?: TgMessageEntity[];
  caption?: string;
  caption_entities?: TgMessageEntity[];
  photo?: TgPhotoSize[];
  document?: TgDocument;
  reply_markup?: ReplyMarkup;
  reply_to_message?: TgMessage;
  edit_date?: number;
  [key: string]: unknown;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message?: TgMessage;
  inline_message_id?: string;
  chat_instance: string;
  data?: string;
}

export interface TgInlineQuery {
  id: string;
  from: TgUser;
  query: string;
  offset: string;
  chat_type?: ChatType | "sender";
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  callback_query?: TgCallbackQuery;
  inline_query?: TgInlineQuery;
  chosen_inline_result?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface BotCommand {
  command: string;
  description: string;
}

/** Administrator rights the fake checks; every right is granted unless setRights() took it away. */
export interface AdminRights {
  can_delete_messages: boolean;
  can_manage_topics: boolean;
  can_pin_messages: boolean;
}

export type MemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

/** A message as the fake stores it: the wire object plus what the bot asked for. */
export interface StoredMessage {
  message_id: number;
  chat_id: number;
  /** Who wrote it: the bot (through the API) or a user (an injected update). */
  author: "bot" | "user";
  /** API method that created it (`sendMessage`, `copyMessage`, …) or `update` for injected ones. */
  method: string;
  /** Text exactly as sent (raw HTML when parse_mode is HTML). */
  text?: string;
  caption?: string;
  parse_mode?: string;
  reply_markup?: ReplyMarkup;
  message_thread_id?: number;
  reply_to_message_id?: number;
  link_preview_options?: unknown;
  disable_notification?: boolean;
  reactions: unknown[];
  /** Bytes uploaded with the message (multipart) — empty when a file_id was reused. */
  files: UploadedFile[];
  deleted: boolean;
  edits: number;
  /** The message as Telegram would return it now (plain text + entities, current markup). */
  message: TgMessage;
}

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  bytes: Buffer;
  file_name?: string;
  mime_type?: string;
  /**
   * The file's size when larger than `bytes` (a big document the fake need not hold). Over 20 MB
   * getFile refuses it ("file is too big"), as the cloud Bot API does.
   */
  size?: number;
}

export interface ForumTopic {
  message_thread_id: number;
  name: string;
  icon_color: number;
  icon_custom_emoji_id?: string;
  closed: boolean;
  deleted: boolean;
}

export interface CallRecord {
  method: string;
  params: Params;
  /** Files uploaded with the call (multipart). */
  files: UploadedFile[];
  /** Date.now() when the request arrived. */
  at: number;
  /** HTTP status of the answer; 0 while pending or when the connection was reset. */
  status: number;
  outcome: "pending" | "ok" | "error" | "reset" | "abandoned";
  result?: unknown;
  description?: string;
  /** `http` for normal calls, `webhook-reply` for a method returned in a webhook response body. */
  via: "http" | "webhook-reply";
}

export interface WebhookDelivery {
  update_id: number;
  at: number;
  /** HTTP status returned by the bot; 0 while in flight or after a network error / timeout. */
  status: number;
  error?: string;
}

export interface RateLimits {
  /** Telegram: about 1 message per second per chat (short bursts tolerated). */
  perChatPerSecond?: number;
  /** Messages a chat may receive at once before perChatPerSecond applies. Default perChatPerSecond. */
  perChatBurst?: number;
  /** Telegram: 20 messages per minute per group. */
  perGroupPerMinute?: number;
  /** Telegram: about 30 messages per second overall. */
  globalPerSecond?: number;
  /** Methods that are limited; defaults to the methods that post or edit messages. */
  methods?: string[];
}

export interface FailSpec {
  status: number;
  /** Seconds, sent as `parameters.retry_after` (defaults to 1 for 429). */
  retryAfter?: number;
  times?: number;
  description?: string;
}

export interface FailRateSpec {
  ratio: number;
  status: number;
  retryAfter?: number;
  description?: string;
}

export interface OutageSpec {
  /** Absolute end (Date.now() milliseconds). */
  untilMs?: number;
  durationMs?: number;
  status?: number;
}

export interface ChatInit {
  id: number;
  type?: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  isForum?: boolean;
}

export interface FakeTelegramOptions {
  /** The bot's token; any other token gets 401 Unauthorized (API calls and file downloads). */
  token: string;
  bot?: Partial<BotUser>;
  /**
   * Unknown chat ids → 400 "chat not found", as in Telegram: a chat exists once a user has written
   * to the bot (userMessage) or the test registered it (addChat / chats). Default true; `false`
   * creates chats on first use.
   */
  strictChats?: boolean;
  /** Auto-created supergroups (-100…) are forums (topics enabled). Default true. */
  forumByDefault?: boolean;
  /** Seed for failRate's pseudo-random generator. Default 42. */
  seed?: number;
  /** Delay before a failed webhook delivery is retried. Default 200 ms. */
  webhookRetryDelayMs?: number;
  /** A webhook delivery that takes longer is aborted and retried. Default 10 000 ms. */
  webhookTimeoutMs?: number;
  /**
   * Flood limits; default TELEGRAM_LIMITS (1 msg/s per chat with a burst of 3, 20/min per group,
   * 30/s overall). A test that needs them off says so with `limits: "off"`.
   */
  limits?: RateLimits | "off";
  /**
   * What happens when a second getUpdates arrives while one is parked. Real Telegram answers the
   * OLDER request with 409 "terminated by other getUpdates request" (the default); `reject-newer`
   * answers the new one with 409 instead.
   */
  getUpdatesConflict?: "terminate-older" | "reject-newer";
  chats?: ChatInit[];
  /** Oldest calls are dropped beyond this many (benchmarks). Default 100 000. */
  maxRecordedCalls?: number;
}

export interface FakeStats {
  requests: number;
  tooManyRequests: number;
  injectedFaults: number;
  connectionResets: number;
  /** TCP connections clients opened to the Bot API (a keep-alive client opens few). */
  connections: number;
  webhookDeliveries: number;
  webhookFailures: number;
}
