/** What the outbox needs from each platform, and what it reports. */
import type { PlatformError } from "../platforms/errors.js";
import type { NewOutboxRow, OutboxRow } from "../store/types.js";
import type { LaneLimit } from "./lanes.js";

/** One platform's way of sending an outbox row (registered by its adapter). */
export interface OutboxSender {
  readonly platform: string;
  /** The bot's shared budget: its key in the store and the spacing of its slots (ms). */
  readonly budget: { readonly key: string; readonly intervalMs: number };
  /** Per-row limits (chat, group). The first lane is the one a 429 holds. */
  lanes(row: OutboxRow): readonly LaneLimit[];
  /**
   * Sends; resolves with the platform's message id (null when the call has none). Failures are
   * thrown as PlatformError (src/platforms/errors.ts), which the outbox reads the same way for
   * every platform (failure.ts); anything else is tried again later.
   */
  send(row: OutboxRow): Promise<string | null>;
  /** Rows to send instead after a final failure (an edit of a deleted message → a new one). */
  fallback?(row: OutboxRow, error: PlatformError): NewOutboxRow[] | undefined;
}

/** A row given up for good (`failed`) or too old to send (`dropped`). */
export interface FailedRow {
  readonly row: OutboxRow;
  readonly state: "failed" | "dropped";
  readonly reason: string;
  /** Why the platform refused it for good (absent for rows dropped as too old). */
  readonly error?: PlatformError;
}

export type OutboxEvent =
  | { readonly type: "sent"; readonly platform: string }
  | { readonly type: "retry"; readonly platform: string; readonly reason: "429" | "5xx" | "network" }
  | { readonly type: "failed"; readonly platform: string; readonly reason: string }
  | { readonly type: "dropped"; readonly platform: string }
  /** Leased before by an instance that never reported back: it may have gone out twice. */
  | { readonly type: "resumed"; readonly platform: string };
