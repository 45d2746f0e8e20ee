/**
 * The support desk's shared vocabulary. The desk (src/support/desk) decides what happens; the
 * command layer decides how it reads. Declared here because both sides use it and neither imports
 * the other:
 * - outcomes: what the desk did, as named outcomes (Sapphire style): a stable `code` plus the data
 *   a reply needs, never the reply. Commands turn them into localised replies
 *   (commands/replies/desk.ts); each code is also the `outcome` of the reply that shows it;
 * - `DeskWords`: the texts the desk itself sends or posts (a staff answer relayed to the user, a
 *   note in the ticket thread, the thread's header, the transcript), written by functions the app
 *   passes in (commands/replies/desk-words.ts). No text is written under src/support.
 */
import type { Locale } from "./i18n/locales.js";
import type { DecodedPrecode } from "./precode.js";
import type { RadioType } from "./radio.js";
import type { Reply, ReplyAttachment } from "./reply.js";

// ---------------------------------------------------------------- outcomes

/** A ticket number, as the user sees it. */
interface WithTicket {
  readonly ticketId: number;
}

/** Why the user's request did not reach the desk. */
export type UserRefusal =
  /** Asked from a group/server without a known private route: they are asked to write privately. */
  { readonly code: "support.private-only" } | { readonly code: "support.blocked" };

/** `/support`, the "Contact support" button, /vin's button. */
export type OpenOutcome =
  | UserRefusal
  /** `withMessage` false: opened without a message, the user is asked to describe the problem. */
  | ({ readonly code: "support.opened"; readonly withMessage: boolean } & WithTicket)
  | ({ readonly code: "support.added" } & WithTicket)
  | ({ readonly code: "support.already-open" } & WithTicket);

/** A private message while a ticket is open (or shortly after it closed). */
export type RelayOutcome =
  | OpenOutcome
  /** The first relayed message of a ticket is acknowledged; later ones are relayed silently. */
  | { readonly code: "support.sent" }
  | ({ readonly code: "support.reopened" } & WithTicket);

/** A staff command used where it cannot act. */
export type TicketRefusal =
  | { readonly code: "support.not-a-ticket" }
  /** The user was erased (/forget): nothing can be sent or blocked. */
  | { readonly code: "support.anonymised" }
  | { readonly code: "support.ticket-closed" };

/** A staff message that could not be delivered (staff are told in the thread as well). */
export type DeliveryRefusal =
  | { readonly code: "support.unreachable" }
  | { readonly code: "support.delivery-failed" }
  | { readonly code: "support.anonymised" };

export type ReplyOutcome =
  | TicketRefusal
  | DeliveryRefusal
  | { readonly code: "support.empty" }
  | { readonly code: "support.reply.sent"; readonly anonymous: boolean; readonly text: string };

export type SnippetOutcome =
  | TicketRefusal
  | DeliveryRefusal
  /** No FAQ is wired into the desk. */
  | { readonly code: "support.snippet-unavailable" }
  | { readonly code: "support.snippet-unknown"; readonly id: string }
  /** `locale`: the user's language, the one the answer was sent in. */
  | { readonly code: "support.snippet-sent"; readonly id: string; readonly locale: Locale };

export type SendCodeOutcome =
  | TicketRefusal
  | DeliveryRefusal
  | { readonly code: "support.code-invalid"; readonly precode: string }
  | {
      readonly code: "support.code-sent";
      readonly precode: string;
      readonly pin: string;
      readonly locale: Locale;
    };

export type CloseOutcome =
  | TicketRefusal
  | { readonly code: "support.close-scheduled"; readonly delayMs: number; readonly silent: boolean }
  /** `staff`: the name of who closed it. */
  | { readonly code: "support.closed"; readonly staff: string; readonly silent: boolean };

export type BlockOutcome =
  | TicketRefusal
  /** `until` null: until unblocked. */
  | { readonly code: "support.blocked"; readonly staff: string; readonly until: number | null };

export type UnblockOutcome =
  | TicketRefusal
  | { readonly code: "support.unblocked"; readonly staff: string }
  | { readonly code: "support.not-blocked" };

/** A staff argument that is not a duration (`/close soon`, `/block later`). Found by the command. */
export interface BadDuration {
  readonly code: "support.bad-duration";
  readonly value: string;
}

/** Every answer to a staff command in a ticket thread. */
export type StaffOutcome =
  | ReplyOutcome
  | SnippetOutcome
  | SendCodeOutcome
  | CloseOutcome
  | BlockOutcome
  | UnblockOutcome
  | BadDuration;

// ---------------------------------------------------------------- words

/** How a ticket was opened. */
export type TicketSource = "command" | "action" | "vin" | "follow-up";

/** A note the desk writes into a ticket's history (the transcript), and usually into its thread. */
export type DeskNote =
  | { readonly kind: "unreachable" | "delivery-failed" | "close-cancelled" | "reopened" | "forgotten" }
  | { readonly kind: "closed"; readonly staff: string; readonly silent: boolean }
  /** Staff wrote in the thread of a closed ticket: nothing was relayed. */
  | { readonly kind: "ticket-closed" }
  /** /forget could not delete the thread: staff are asked to delete it by hand. */
  | { readonly kind: "erased"; readonly reason: string }
  /**
   * /forget could not delete a ticket's transcript in the log channel: staff are asked to delete it
   * by hand (posted in the log channel; names the ticket number only, no user data).
   */
  | { readonly kind: "erased-log"; readonly ticketId: number | null; readonly reason: string }
  /** Kept in the transcript only (the staff member's answer shows it in the thread). */
  | { readonly kind: "blocked"; readonly staff: string; readonly until: number | null };

/** What the first post of a ticket thread shows, gathered by the desk from the store. */
export interface TicketFacts {
  readonly ticketId: number;
  readonly platform: string;
  /** The platform user id (`—` once the user was erased). */
  readonly userId: string;
  /** Display name; the user id when none is known. */
  readonly name: string;
  /** The user's language. */
  readonly language: Locale;
  readonly precode?: string | undefined;
  readonly pin?: string | undefined;
  readonly wrongAttempts: number;
  readonly vin?: string | undefined;
  readonly source: TicketSource;
  readonly previousTicketId?: number | undefined;
  /** The previous thread was deleted and this one replaces it. */
  readonly recreated: boolean;
}

/** One line of a transcript: a stored ticket message. */
export interface TranscriptEntry {
  readonly direction: "user" | "staff" | "note" | "system";
  readonly authorName: string | null;
  readonly anonymous: boolean;
  readonly text: string;
  readonly createdAt: number;
  readonly attachments: readonly { readonly name: string }[];
}

/** A staff message as the user receives it. */
export interface RelayedStaffMessage {
  readonly staff: { readonly name: string };
  /** The user sees "Support team" instead of the staff member's name. */
  readonly anonymous: boolean;
  readonly text: string;
  readonly attachments: readonly ReplyAttachment[];
}

/** The texts of the desk, in the language given: the desk's for staff, the user's for users. */
export interface DeskWords {
  /** A desk note: stored as a system message and posted into the thread. */
  note(locale: Locale, note: DeskNote): string;
  /** The first post of a ticket thread: a short title and the lines staff read first. */
  header(locale: Locale, facts: TicketFacts): { readonly title: string; readonly lines: readonly string[] };
  /** The transcript file's text, and a one-line summary to show with it. */
  transcript(
    locale: Locale,
    ticketId: number,
    messages: readonly TranscriptEntry[],
  ): { readonly summary: string; readonly text: string };
  /** To the user: a message staff wrote (in the thread or with /reply). */
  staffMessage(locale: Locale, message: RelayedStaffMessage): Reply;
  /** To the user: an FAQ answer staff sent with /snippet. */
  faqAnswer(locale: Locale, answer: string): Reply;
  /** To the user: the full PIN reply staff sent with /code. */
  pin(locale: Locale, decoded: DecodedPrecode, radio: RadioType): Reply;
  /** To the user: their ticket was closed. */
  ticketClosed(locale: Locale, ticketId: number): Reply;
}
