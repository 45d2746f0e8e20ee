/** What every platform adapter offers the rest of the app (vercel/chat's `Adapter` idea). */

import type { Reply } from "../core/reply.js";
import type { Platform } from "../core/user-key.js";
import type { JsonObject } from "../store/types.js";

/** What an outgoing message is, for the outbox: its kind, whose it is, what to do if it fails. */
export interface SendOptions {
  readonly kind?: string;
  /** The user it belongs to (erased with them by /forget); default: the conversation's user. */
  readonly userKey?: string | null;
  /** Passed back to failure listeners (e.g. `{ ticketId }`: tell staff the relay failed). */
  readonly meta?: JsonObject | null;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  /** Connects and starts receiving. Resolves once the adapter is ready. */
  start(): Promise<void>;
  /** Stops receiving, finishes in-flight replies, disconnects. */
  stop(): Promise<void>;
  /**
   * Sends a reply outside a request (reminders, support relay) to `platform:…` conversation ids.
   * Resolves once the message is durably queued (the outbox sends it).
   */
  send(conversation: string, reply: Reply, options?: SendOptions): Promise<void>;
  /** True when connected (readiness). */
  isReady(): boolean;
  /** False when receiving has failed for too long (liveness); absent: always alive. */
  intakeAlive?(): boolean;
}

/**
 * What a platform's direct-call layer reports for metrics: `rate-limited` (the platform answered
 * 429), `retry` (the call will be tried again: 429, 5xx or network), `failed` (given up for good).
 */
export type DeliveryEvent =
  | { readonly type: "rate-limited"; readonly method: string }
  | { readonly type: "retry"; readonly method: string; readonly reason: "429" | "5xx" | "network" }
  | { readonly type: "failed"; readonly method: string };
