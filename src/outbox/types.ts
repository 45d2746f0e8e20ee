/** What the outbox needs from each platform, and what it reports. */
import type { NewOutboxRow, OutboxRow } from "../store/types.js";
import type { LaneLimit } from "./lanes.js";

/** How a failed send goes on: again later, or never. */
export type SendFailure =
  | {
      readonly kind: "retry";
      /** The platform said how long to wait (429 retry_after); else the outbox backs off. */
      readonly afterMs?: number;
      readonly reason: string;
    }
  | {
      readonly kind: "permanent";
      readonly reason: string;
      /** An expected refusal (the user blocked the bot, the thread was deleted): logged at warn, not error. */
      readonly expected?: boolean;
    };

/** One platform's way of sending an outbox row (registered by its adapter). */
export interface OutboxSender {
  readonly platform: string;
  /** The bot's shared budget: its key in the store and the spacing of its slots (ms). */
  readonly budget: { readonly key: string; readonly intervalMs: number };
  /** Per-row limits (chat, group). The first lane is the one a 429 holds. */
  lanes(row: OutboxRow): readonly LaneLimit[];
  /** Sends; resolves with the platform's message id (null when the call has none). */
  send(row: OutboxRow): Promise<string | null>;
  classify(error: unknown): SendFailure;
  /** Rows to send instead after a permanent failure (an edit of a deleted message → a new one). */
  fallback?(row: OutboxRow, reason: string): NewOutboxRow[] | undefined;
}

/** A row given up for good (`failed`) or too old to send (`dropped`). */
export interface FailedRow {
  readonly row: OutboxRow;
  readonly state: "failed" | "dropped";
  readonly reason: string;
}

export type OutboxEvent =
  | { readonly type: "sent"; readonly platform: string }
  | { readonly type: "retry"; readonly platform: string; readonly reason: "429" | "5xx" | "network" }
  | { readonly type: "failed"; readonly platform: string; readonly reason: string }
  | { readonly type: "dropped"; readonly platform: string }
  /** Leased before by an instance that never reported back: it may have gone out twice. */
  | { readonly type: "resumed"; readonly platform: string };
