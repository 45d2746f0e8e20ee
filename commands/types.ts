/**
 * The shape of a command file (the discord.js guide's `data` + `execute`, except that `handle`
 * returns a platform-neutral `Reply` and the adapter does the replying).
 */
import type { MessageKey } from "../src/core/i18n/index.js";
import type { Locale } from "../src/core/i18n/locales.js";
import type { Reply } from "../src/core/reply.js";
import type { Platform } from "../src/core/user-key.js";
import type { Services } from "./services.js";

export interface UserRef {
  readonly platform: Platform;
  /** Platform user id as a string. */
  readonly id: string;
  readonly displayName?: string | undefined;
}

/** Where a request's language came from: `/language`, the last question's language, the app's, or the default. */
export type LocaleSource = "choice" | "conversation" | "platform" | "default";

export interface CommandContext {
  readonly locale: Locale;
  /** Set by the adapters with `locale` (src/bot/locale.ts); absent: unknown. */
  readonly localeFrom?: LocaleSource;
  readonly user: UserRef;
  /**
   * What the bot last answered this user about (an FAQ entry id, or `decode` after a pre-code)
   * and when: a short follow-up ("how long?") is read with it. From the profile, with `locale`.
   */
  readonly lastTopic?: { readonly id: string; readonly at: number };
  /** Where replies go: `telegram:{chatId}[:{topicId}]`, `discord:{channelId}`, `console:local`. */
  readonly conversation: string;
  readonly chat: "private" | "group";
  /**
   * Where to reach this user privately later (lockout reminders, support replies): their DM or
   * private chat with the bot. A PIN never goes to a shared channel. Defaults to `conversation`.
   */
  readonly privateConversation?: string;
  readonly now: Date;
  readonly services: Services;
  /** Set by the adapter: the sender is support staff (Discord staff role / Telegram staff group). */
  readonly staff?: boolean;
  /**
   * Files that came with the message (relayed by the support desk, read as a label photo), or
   * attached to the command (an `attachment` option, the message a context menu was used on).
   */
  readonly attachments?: readonly IncomingAttachment[];
}

/**
 * A file a user or staff member sent. `data` is the downloaded bytes (re-uploaded, never linked).
 * A file over the platform's download cap is not fetched but still reported, so the user hears
 * why (`tooLarge`: `data` is empty, `size` is the size the platform announced).
 */
export interface IncomingAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Uint8Array;
  /** Set when the file was over the cap (`maxBytes`) and not downloaded. */
  readonly tooLarge?: { readonly maxBytes: number };
}

export interface CommandOption {
  readonly name: string;
  /**
   * `attachment`: a file the user attaches to the command (Discord's ATTACHMENT option). Its bytes
   * arrive in `ctx.attachments`, downloaded by the adapter; typed commands never fill it.
   */
  readonly type: "string" | "integer" | "attachment";
  readonly description: MessageKey;
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly autocomplete?: boolean;
}

export type OptionValues = Readonly<Record<string, string | number | undefined>>;

export interface CommandInput {
  readonly options: OptionValues;
}

/** Answers a button. `payload` is the compact state the button carried. */
export interface ActionHandler {
  /** Stable short id, e.g. `dk.r`. `id:payload` must fit 64 bytes (Telegram callback_data). */
  readonly id: string;
  handle(payload: string, ctx: CommandContext): Reply | Promise<Reply>;
}

export interface Command {
  readonly name: string;
  readonly description: MessageKey;
  readonly options: readonly CommandOption[];
  /** `staff` commands only run for desk staff (checked by the dispatcher). */
  readonly audience?: "everyone" | "staff";
  /** Hidden from menus (e.g. `/start`, which Telegram sends by itself). */
  readonly hidden?: boolean;
  /**
   * `desk`: only useful with a support desk (SUPPORT_DESK): left out of /help and the command
   * menus without one, where it could only say that support is not available.
   */
  readonly needs?: "desk";
  readonly actions?: readonly ActionHandler[];
  handle(input: CommandInput, ctx: CommandContext): Reply | Promise<Reply>;
  /** Autocomplete suggestions for an option (Discord). */
  autocomplete?(
    option: string,
    value: string,
    ctx: CommandContext,
  ): { name: string; value: string }[] | Promise<{ name: string; value: string }[]>;
}
