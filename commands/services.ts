/**
 * What commands may use beyond pure core functions. Each member is optional: a command checks
 * for it and explains kindly when the feature is not set up (e.g. no support desk configured).
 * Implementations live in `src/` (store, support desk); tests pass real ones.
 */
import type {
  BlockOutcome,
  CloseOutcome,
  OpenOutcome,
  RelayOutcome,
  ReplyOutcome,
  SendCodeOutcome,
  SnippetOutcome,
  UnblockOutcome,
} from "../src/core/desk.js";
import type { FaqMatcher } from "../src/core/faq/index.js";
import type { LearnedView, TeachResult } from "../src/core/faq/teaching.js";
import type { Locale } from "../src/core/i18n/locales.js";
import type { ReplyAttachment } from "../src/core/reply.js";
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
        /** What the bot last answered about (an FAQ entry id, or `decode`), and when (ms). */
        lastTopic?: { id: string; at: number } | undefined;
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
      lastTopic?: { id: string; at: number };
    },
  ): Promise<void>;
}

/**
 * The support desk as commands and the ticket-relay text handler use it (src/app-support.ts
 * adapts the desk, src/support/desk, to it). User methods act for `ctx.user`; staff methods act on
 * the ticket whose desk thread is `ctx.conversation`. Every method returns a named outcome
 * (src/core/desk.ts); commands word it (commands/replies/desk.ts).
 * Present only when SUPPORT_DESK is configured.
 */
export interface SupportService {
  /** Opens (or adds to) the user's ticket. `vin` is shown to staff (dealer look-up). */
  open(
    ctx: CommandContext,
    input: { message?: string; source: "command" | "action" | "vin"; vin?: string },
  ): Promise<OpenOutcome>;
  /**
   * A private message while a ticket is open (or shortly after it closed, when `mayReopen`).
   * Undefined: no ticket, not for the desk. `"silent"`: relayed, nothing to say.
   */
  relayFromUser(
    ctx: CommandContext,
    text: string,
    options?: { mayReopen?: boolean },
  ): Promise<RelayOutcome | "silent" | undefined>;
  reply(ctx: CommandContext, text: string, options: { anonymous: boolean }): Promise<ReplyOutcome>;
  snippet(ctx: CommandContext, faqId: string): Promise<SnippetOutcome>;
  sendCode(ctx: CommandContext, precode: string): Promise<SendCodeOutcome>;
  /** As read by the /close parser (commands/close-args.ts): `delayMs` absent closes now. */
  close(ctx: CommandContext, input: { delayMs?: number; silent: boolean }): Promise<CloseOutcome>;
  /** `durationMs` null: until unblocked. */
  block(ctx: CommandContext, durationMs: number | null): Promise<BlockOutcome>;
  unblock(ctx: CommandContext): Promise<UnblockOutcome>;
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
  /** What was answered could not be stored for the next message (follow-ups): logged, the answer goes out. */
  topicNotStored?(error: unknown): void;
}

/**
 * FAQ learning (src/support/faq/learning.ts): the matcher with learned phrasings, and what staff
 * do with them. Present whenever the bot has a store.
 */
export interface FaqLearningService {
  matcher(): Promise<FaqMatcher>;
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

/** A support desk is configured: replies may send users to it (/support, "contact support"). */
export const hasDesk = (services: Pick<Services, "support">): boolean => services.support !== undefined;

/** Label photos are read here: a reader is configured and the platform can send photos (not the terminal chat). */
export const takesPhotos = (ctx: {
  readonly services: Pick<Services, "labels">;
  readonly user: { readonly platform: string };
}): boolean => ctx.services.labels !== undefined && ctx.user.platform !== "console";
