/**
 * How the outbox goes on after a failed send, read from the platform error family
 * (src/platforms/errors.ts) the same way for every platform: a rate limit waits as long as the
 * platform asked, network failures and 5xx back off, everything else is final. A recipient who
 * can't be reached (or whose chat is gone) is an expected refusal: logged at warn, not error.
 */
import { isPlatformError, isUnreachable, type PlatformError } from "../platforms/errors.js";

export type SendFailure =
  | {
      readonly kind: "retry";
      /** The platform said how long to wait (429 retry_after); else the outbox backs off. */
      readonly afterMs?: number;
      /** The metrics label. */
      readonly why: "429" | "5xx" | "network";
      readonly reason: string;
    }
  | {
      readonly kind: "permanent";
      readonly reason: string;
      readonly expected: boolean;
      readonly error: PlatformError;
    };

/** Extra time on top of `retry_after`, so the retry lands after the platform's window. */
const AFTER_MARGIN_MS = 50;

export function failureOf(error: unknown): SendFailure {
  if (!isPlatformError(error)) {
    // Not a platform's answer (a desk that runs in another process, a store hiccup): later.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "retry", why: "5xx", reason: `error: ${message}` };
  }
  // The kind first: the failure metric's label is the reason up to its first colon.
  const reason = `${error.kind}: ${error.message}`;
  if (error.kind === "rate-limited") {
    return {
      kind: "retry",
      why: "429",
      reason,
      ...(error.retryAfterMs === undefined ? {} : { afterMs: error.retryAfterMs + AFTER_MARGIN_MS }),
    };
  }
  if (error.kind === "network") {
    return { kind: "retry", why: error.status === undefined ? "network" : "5xx", reason };
  }
  return { kind: "permanent", reason, expected: isUnreachable(error), error };
}
