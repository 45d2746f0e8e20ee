/**
 * getUpdates long polling, as Telegram does it:
 * - `offset` confirms (drops) every update with a smaller id; a negative offset keeps the last |n|;
 * - with nothing pending the request is parked for `timeout` seconds and answered as soon as an
 *   update arrives;
 * - only one consumer at a time: by default a new request terminates the parked one with
 *   409 "Conflict: terminated by other getUpdates request" (Telegram's behaviour, which also makes
 *   telegraf's stop() — abort, then getUpdates {offset, limit: 1} — race-free);
 * - while a webhook is set getUpdates answers 409.
 *
 * A parked poll watches the RESPONSE's close event: on Node 20 the request's `close` fires as soon
 * as its body has been read, which would drop every long poll immediately.
 * @see https://core.telegram.org/bots/api#getupdates
 */
import { ABANDONED, type MethodContext } from "./dispatch.js";
import { ApiError } from "./errors.js";
import type { TgUpdate } from "./types.js";
import type { UpdateQueue } from "./updates.js";

interface Parked {
  finish(outcome: TgUpdate[] | ApiError | typeof ABANDONED): void;
}

export class LongPoll {
  private parked: Parked | undefined;

  constructor(
    private readonly queue: UpdateQueue,
    private readonly webhookActive: () => boolean,
    private readonly policy: "terminate-older" | "reject-newer",
  ) {}

  get isParked(): boolean {
    return this.parked !== undefined;
  }

  /** Ends the parked poll (setWebhook, close()). */
  terminate(outcome: ApiError | typeof ABANDONED): void {
    this.parked?.finish(outcome);
  }

  async getUpdates({ p, conn }: MethodContext): Promise<TgUpdate[] | typeof ABANDONED> {
    if (this.webhookActive()) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    if (this.parked) {
      const conflict = new ApiError(
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      );
      if (this.policy === "reject-newer") throw conflict;
      this.parked.finish(conflict);
    }
    this.queue.confirm(p.int("offset"));
    const limit = Math.min(100, Math.max(1, p.int("limit") ?? 100));
    const timeoutSec = Math.max(0, p.int("timeout") ?? 0);
    const ready = this.queue.peek(limit);
    if (ready.length > 0 || timeoutSec === 0 || conn.closed) return ready;

    const outcome = await new Promise<TgUpdate[] | ApiError | typeof ABANDONED>((resolve) => {
      let done = false;
      const parked: Parked = {
        finish: (value) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          unsubscribe();
          if (this.parked === parked) this.parked = undefined;
          resolve(value);
        },
      };
      const timer = setTimeout(() => parked.finish(this.queue.peek(limit)), timeoutSec * 1000);
      const unsubscribe = this.queue.onPush(() => parked.finish(this.queue.peek(limit)));
      conn.onClose(() => parked.finish(ABANDONED));
      this.parked = parked;
    });
    if (outcome instanceof ApiError) throw outcome;
    return outcome;
  }
}
