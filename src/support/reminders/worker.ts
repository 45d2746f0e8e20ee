/**
 * Lockout reminders: "the wait is over, you can try the code again now", sent on the user's
 * platform when the radio's lockout after a wrong code ends.
 *
 * Durable: reminders live in the store, so they survive restarts (overdue ones are simply due and
 * go out on the first tick). With several instances on PostgreSQL, `claimDue` leases each
 * reminder to exactly one of them (FOR UPDATE SKIP LOCKED), so each is sent once - unless a send
 * outlives the lease (default 60 s), which a send never should.
 */

import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import { isPlatformError, isUnreachable } from "../../platforms/errors.js";
import type { Reminder, ReminderRepository } from "../../store/index.js";
import type { Messenger } from "../desk/types.js";
import { asLocale } from "../locale.js";
import { LOCKOUT_KIND } from "./schedule.js";

/**
 * Words a lockout reminder in the user's language (commands/replies/lockout.ts): `attempt` is the
 * wrong code the wait followed; `precode` is there when the user's pre-code is known (the PIN is
 * never stored: the reply recomputes it).
 */
export type LockoutReminderWords = (locale: Locale, attempt: number, precode: string | undefined) => Reply;

export interface ReminderWorkerOptions {
  readonly store: {
    readonly reminders: Pick<ReminderRepository, "claimDue" | "markSent" | "release" | "markFailed">;
  };
  readonly messenger: Messenger;
  readonly words: LockoutReminderWords;
  readonly logger: Logger;
  /** This process's identity in reminder leases (INSTANCE_ID). */
  readonly instanceId: string;
  readonly pollMs: number;
  /** Reminders claimed per round. */
  readonly batch?: number;
  readonly clock?: () => number;
}

export interface ReminderWorker {
  /** Runs one round at once (overdue reminders after a restart), then every `pollMs`. */
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
  /** One round: claim what is due at `now`, send, record. Returns how many were sent. */
  tick(now?: number): Promise<number>;
}

/** Retry after a transient failure: 30 s, 1 min, 2 min … capped at 30 min. */
function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts), 30 * 60_000);
}

export function createLockoutReminderWorker(options: ReminderWorkerOptions): ReminderWorker {
  const { store, messenger, instanceId, words } = options;
  const logger = options.logger.child({ component: "reminders", instanceId });
  const clock = options.clock ?? Date.now;
  const batch = options.batch ?? 50;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function deliver(reminder: Reminder, now: number): Promise<boolean> {
    try {
      if (reminder.kind !== LOCKOUT_KIND) throw new Error(`unknown reminder kind ${reminder.kind}`);
      const { attempt, precode } = reminder.payload;
      const reply = words(
        asLocale(reminder.locale),
        Number(attempt ?? 1),
        typeof precode === "string" ? precode : undefined,
      );
      await messenger.send(reminder.conversation, reply);
      await store.reminders.markSent(reminder.id, clock());
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isUnreachable(error)) {
        // Permanent for this user (blocked the bot, DMs closed): retrying only adds noise.
        logger.info({ reminderId: reminder.id, reason: error.reason }, "reminder recipient unreachable");
        await store.reminders.markFailed(reminder.id, message, clock());
      } else if (isPlatformError(error) && !error.retryable) {
        // Refused for good (a malformed conversation id): the same answer every time.
        logger.warn({ err: error, reminderId: reminder.id }, "reminder refused for good");
        await store.reminders.markFailed(reminder.id, message, clock());
      } else {
        logger.warn(
          { err: error, reminderId: reminder.id, attempts: reminder.attempts },
          "reminder send failed",
        );
        await store.reminders.release(reminder.id, {
          // Relative to the round's `now` (the time the reminder was claimed for).
          retryAt: now + backoffMs(reminder.attempts),
          error: message,
        });
      }
      return false;
    }
  }

  async function round(now: number): Promise<number> {
    const due = await store.reminders.claimDue(now, batch, instanceId);
    let sent = 0;
    // In order, one at a time: sends to one chat must not burst (Telegram ~1 msg/s per chat), and
    // the batch size bounds the round.
    for (const reminder of due) if (await deliver(reminder, now)) sent += 1;
    return sent;
  }

  async function tick(now = clock()): Promise<number> {
    // Never two rounds at once in one process (a slow round and the next timer).
    while (running) await running.catch(() => undefined);
    running = round(now);
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }

  const loop = () => {
    tick().catch((error: unknown) => logger.error({ err: error }, "reminder round failed"));
  };

  return {
    start() {
      if (timer) return;
      loop();
      timer = setInterval(loop, options.pollMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
    tick,
  };
}
