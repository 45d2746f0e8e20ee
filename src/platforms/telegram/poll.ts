/**
 * Long polling of our own (issue #10), instead of telegraf's `launch()`, whose loop ends for good
 * on a 409 Conflict or 401 while the process looks healthy.
 * - The offset moves past an update only once `handle` reported it durably recorded (claimed,
 *   replies in the outbox); an update that could not be recorded is fetched again.
 * - Every failure (409 another poller or a webhook, 401, 5xx, network) is logged and retried with
 *   backoff (1 s … 60 s), forever; `status()` tells readiness and liveness what is going on.
 * - `stop()` aborts the long poll and confirms the offset with one short getUpdates.
 */
import type { Logger } from "../../logger.js";
import { fromTelegram } from "./errors.js";
import type { ApiCall } from "./types.js";

export interface PollStatus {
  /** The last time getUpdates answered (ms epoch); 0 before the first answer. */
  readonly lastOkAt: number;
  /** The error of the last failed getUpdates, until one succeeds again. */
  readonly lastError: string | undefined;
}

export interface Poller {
  start(): void;
  stop(): Promise<void>;
  status(): PollStatus;
}

export function createPoller(input: {
  readonly api: ApiCall;
  readonly allowedUpdates: readonly string[];
  readonly handle: (update: unknown) => Promise<boolean>;
  readonly logger: Logger;
  /** Long-poll timeout in seconds (Telegram's maximum is 50). */
  readonly timeoutSec?: number;
  readonly clock?: () => number;
}): Poller {
  const log = input.logger;
  const clock = input.clock ?? Date.now;
  const timeoutSec = input.timeoutSec ?? 50;
  let offset = 0;
  let running = false;
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;
  let lastOkAt = 0;
  let lastError: string | undefined;

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      signal.addEventListener("abort", () => {
        clearTimeout(t);
        resolve();
      });
    });

  async function once(signal: AbortSignal): Promise<void> {
    const updates = (await input.api(
      "getUpdates",
      { offset, timeout: timeoutSec, allowed_updates: input.allowedUpdates },
      AbortSignal.any([signal, AbortSignal.timeout((timeoutSec + 15) * 1000)]),
    )) as unknown;
    lastOkAt = clock();
    lastError = undefined;
    if (!Array.isArray(updates)) return;
    const ids = updates.map((u) => (u as { update_id?: unknown } | null)?.update_id);
    const results = await Promise.all(updates.map((u) => input.handle(u)));
    // Past every update up to the first one that could not be recorded.
    for (let i = 0; i < updates.length; i++) {
      const id = ids[i];
      if (!results[i]) break;
      if (typeof id === "number" && Number.isSafeInteger(id)) offset = Math.max(offset, id + 1);
    }
    if (results.includes(false)) throw new Error("an update could not be recorded");
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      controller = new AbortController();
      try {
        await once(controller.signal);
        failures = 0;
      } catch (raw) {
        if (!running) break;
        failures += 1;
        const error = fromTelegram(raw, "getUpdates");
        lastError = `${error.kind}: ${error.message}`;
        const waitMs = Math.min(60_000, 1000 * 2 ** Math.min(6, failures - 1));
        log.error(
          { kind: error.kind, reason: error.message, attempt: failures, waitMs },
          "telegram getUpdates failed; retrying",
        );
        await pause(waitMs, controller.signal);
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      if (!running) return;
      running = false;
      controller?.abort();
      await loop;
      // Confirm what was handled, so a restart does not receive it again.
      try {
        await input.api("getUpdates", { offset, limit: 1, timeout: 0 }, AbortSignal.timeout(5000));
        log.info({ offset }, "telegram polling stopped, offset confirmed");
      } catch (raw) {
        log.warn(
          { reason: fromTelegram(raw, "getUpdates").message },
          "telegram offset not confirmed at stop",
        );
      }
    },
    status: () => ({ lastOkAt, lastError }),
  };
}
