/**
 * What commands may use beyond pure core functions. Each member is optional: a command checks
 * for it and explains kindly when the feature is not set up (e.g. no support desk configured).
 * Implementations live in `src/` (store, support desk); tests pass real ones.
 */
import type { FaqMatcher } from "../src/core/faq/index.js";
import type { Locale } from "../src/core/i18n/locales.js";
import type { Reply, ReplyAttachment } from "../src/core/reply.js";
import type { LabelReader } from "./label-photo.js";
import type { CommandContext } from "./types.js";

export interface LockoutReminders {
  /** Stores a reminder to send when the wait after `attempt` ends. */
  schedule(input: {
    userKey: string;
    conversation: string;
    locale: Locale;
    dueAt: Date;
    attempt: number;
    precode?: string;
  }): Promise<void>;
}

export interface ProfileStore {
  get(userKey: string): Promise<
    | {
        locale?: Locale | undefined;
        lastPrecode?: string | undefined;
        /** Language of the user's last question (set without `/language`). */
        conversationLocale?: Locale | undefined;
      }
    | undefined
  >;
  update(
    userKey: string,
    patch: {
      locale?: Locale;
      lastPrecode?: string;
      lastPin?: string;
      radioType?: string;
      wrongAttempts?: number;
      conversationLocale?: Locale;
    },
  ): Promise<void>;
}

/**
 * The support desk as commands and the ticket-relay text handler use it (implemented by
 * `src/support/desk/service.ts`). User methods act for `ctx.user`; staff methods act on the ticket whose
 * desk thread is `ctx.conversation` and answer the staff member in `ctx.locale`.
 * Present only when SUPPORT_DESK is configured.
 */
export interface SupportService {
  /** Opens (or adds to) the user's ticket. `vin` is shown to staff (dealer look-up). */
  open(
    ctx: CommandContext,
    input: { message?: string; source: "command" | "action" | "vin"; vin?: string },
  ): Promise<Reply>;
  /**
   * A private message while a ticket is open (or shortly after it closed, when `mayReopen`).
   * Undefined: no ticket, not for the desk. `"silent"`: relayed, nothing to say.
   */
  relayFromUser(
    ctx: CommandContext,
    text: string,
    options?: { mayReopen?: boolean },
  ): Promise<Reply | "silent" | undefined>;
  reply(ctx: CommandContext, text: string, options: { anonymous: boolean }): Promise<Reply>;
  snippet(ctx: CommandContext, faqId: string): Promise<Reply>;
  sendCode(ctx: CommandContext, precode: string): Promise<Reply>;
  /** `delay`/`silent` as typed (`10m`, `silent`); the service parses them. */
  close(ctx: CommandContext, input: { delay?: string; silent?: boolean }): Promise<Reply>;
  block(ctx: CommandContext, duration?: string): Promise<Reply>;
  unblock(ctx: CommandContext): Promise<Reply>;
  /** FAQ ids for `/snippet` autocomplete (empty when no FAQ is wired). */
  faqIds(): readonly string[];
}

export interface ForgetSummary {
  readonly profile: boolean;
  readonly tickets: number;
  readonly messages: number;
  readonly reminders: number;
}

/** `/forget`: deletes what is stored about a user (works with or without a support desk). */
export interface PrivacyService {
  forget(userKey: string): Promise<ForgetSummary>;
  /** `/mydata`: everything stored about the user, as JSON-ready data. */
  exportData?(userKey: string): Promise<object>;
}

/** Observations for operators (logs, metrics); never changes a reply. */
export interface Observer {
  /** A question no FAQ entry matched: counted and logged for review. */
  faqUnmatched(question: string, lang: Locale): void;
}

/** A learned FAQ phrasing as staff see it (`/learned`, `dokker-bot faq learned`). */
export interface LearnedView {
  readonly id: number;
  readonly entryId: string;
  readonly locale: string;
  readonly text: string;
}

export type TeachResult =
  | { readonly ok: true; readonly entryId: string; readonly text: string; readonly locale: Locale }
  | { readonly ok: false; readonly reason: "unknown-entry" | "no-question" };

/**
 * FAQ learning (src/support/faq/learning.ts): the matcher with learned phrasings, and what staff
 * do with them. Present whenever the bot has a store.
 */
export interface FaqLearningService {
  matcher(): FaqMatcher;
  /** Stores the question that opened the ticket in desk thread `deskThread` as a phrasing of `entryId`. */
  teachFromTicket(deskThread: string, entryId: string): Promise<TeachResult>;
  list(): Promise<LearnedView[]>;
  remove(id: number): Promise<boolean>;
  /** A question no entry matched (no user id is kept). */
  recordMiss(question: string, lang: Locale): void;
  /** `/forget`: removes phrasings that are this user's own words. */
  forgetUser(userKey: string): Promise<void>;
}

export interface Services {
  /** Reads the pre-code from label photos (src/images), when photos are enabled. */
  readonly labels?: LabelReader;
  /** Draws the faceplate picture for a decode; absent or returning undefined: no picture. */
  readonly faceplate?: (radio: string, pin: string, locale: Locale) => Promise<ReplyAttachment | undefined>;
  readonly faqLearning?: FaqLearningService;
  readonly observer?: Observer;
  readonly reminders?: LockoutReminders;
  readonly profiles?: ProfileStore;
  readonly support?: SupportService;
  readonly privacy?: PrivacyService;
}
