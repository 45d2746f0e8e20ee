/**
 * The durable outbox (issue #10): every outgoing message that is not the immediate answer to an
 * interaction is written to the store first and sent from there by one scheduler per process.
 *
 * - `intake(claim, fn)`: what `fn` queues (through `enqueue`, from any depth of the call - an
 *   AsyncLocalStorage buffer) is written in ONE transaction with the update's claim. Intake
 *   returns once that transaction committed; no handler waits for a send.
 * - The scheduler claims due head-of-conversation rows (leases), plans them under each platform's
 *   limits (plan.ts: lanes per chat/group, a budget per bot shared through the store when several
 *   instances run), sends, and records the result: sent (payload cleared, message id kept),
 *   retried later (429, 5xx, network), failed for good, or dropped when older than `maxAgeMs`.
 * - One timer per process; a send costs one wake-up.
 * - `stop(graceMs)`: no new sends, in-flight sends finish (bounded), leases are given back so the
 *   next start resumes at once.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "../logger.js";
import { isConnectionLost } from "../store/errors.js";
import type { NewOutboxRow, OutboxRepository, OutboxRow } from "../store/types.js";
import { failureOf } from "./failure.js";
import { SendPlan } from "./plan.js";
import type { FailedRow, OutboxEvent, OutboxSender } from "./types.js";

export { type LaneLimit, lane } from "./lanes.js";
export type { FailedRow, OutboxEvent, OutboxSender } from "./types.js";

export interface OutboxOptions {
  readonly store: OutboxRepository;
  readonly logger: Logger;
  /** This instance's name in leases. */
  readonly owner: string;
  /** True when other instances share the store (PostgreSQL): budgets are reserved there. */
  readonly shared: boolean;
  /** Rows older than this are dropped, not sent late. Default 24 h. */
  readonly maxAgeMs?: number;
  /** How often the store is looked at for rows from elsewhere (retries, other instances). */
  readonly pollMs?: number;
  readonly leaseMs?: number;
  /** Sends in flight at once. */
  readonly maxInFlight?: number;
  /** Rows held (leased) by this instance at once. */
  readonly maxHeld?: number;
  readonly onEvent?: (event: OutboxEvent) => void;
  readonly clock?: () => number;
}

export interface Outbox {
  /** Queues rows: inside `intake` with its transaction, otherwise written at once. */
  enqueue(rows: readonly NewOutboxRow[]): Promise<void>;
  /** Runs `fn`, then writes what it queued together with the update's claim (see above). */
  intake<T>(
    claim: { source: string; updateId: string } | undefined,
    fn: () => Promise<T>,
  ): Promise<{ accepted: boolean; value: T }>;
  register(sender: OutboxSender): void;
  /** Called for every row given up or dropped (desk relays tell staff). */
  onFailed(listener: (failed: FailedRow) => Promise<void> | void): void;
  start(): Promise<void>;
  /** Stops sending; waits at most `graceMs` for sends in flight. */
  stop(graceMs?: number): Promise<void>;
  /** Sends in flight and rows held (for tests and metrics). */
  busy(): number;
}

interface Held extends OutboxRow {
  readonly lanes: ReturnType<OutboxSender["lanes"]>;
}

interface Buffer {
  readonly rows: NewOutboxRow[];
  open: boolean;
}

const DAY_MS = 86_400_000;
/**
 * Budget slots taken from the store at once when instances share a bot: asked for while
 * SLOTS_LOW (plan.ts) are still held, so sends go on during the round trip. 5 taken only once
 * none were left stalled every 5th send on the store (two instances: 0.51-0.69 of 30/s).
 */
const SHARED_RESERVE = 10;
/** In memory (one instance) slots cost nothing: up to a second's worth at once. */
const LOCAL_RESERVE = 30;

/** 1 s, 2 s, 4 s … capped at 60 s (retries go on until the row is too old). */
function retryDelayMs(attempts: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.min(6, Math.max(0, attempts)));
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { store, owner } = options;
  const log = options.logger.child({ component: "outbox" });
  const clock = options.clock ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? DAY_MS;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 30_000;
  const maxInFlight = options.maxInFlight ?? 32;
  const maxHeld = options.maxHeld ?? 128;
  const lowWater = Math.max(1, Math.floor(maxHeld / 2));
  const senders = new Map<string, OutboxSender>();
  const listeners: ((f: FailedRow) => Promise<void> | void)[] = [];
  const als = new AsyncLocalStorage<Buffer>();
  const held = new Map<number, Held>();
  const inFlight = new Set<Promise<void>>();
  const localBudget = new Map<string, number>();
  const reserving = new Set<string>();
  let plan = new SendPlan<Held>(new Map());
  /** The one wake-up: a timer, or an immediate for work due now (see `schedule`). */
  let timer: { readonly cancel: () => void } | undefined;
  let wakeAt: number | undefined;
  let nextPollAt = 0;
  let nextRenewAt = 0;
  let claimWanted = true;
  /** The last claim filled every free slot: more rows may be due than were taken. */
  let claimFull = false;
  /**
   * Rows this process queued and has not claimed yet, per conversation. A finished send claims
   * again only when its conversation has one waiting behind it (or the last claim was full):
   * everything else is found when it is queued here (poke) or by the poll. Without this, every
   * send cost a claim query, most of them finding nothing (issue #10).
   */
  const waiting = new Map<string, number>();
  const MAX_WAITING = 10_000;
  let claiming: Promise<void> | undefined;
  let running = false;

  const emit = (event: OutboxEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // Metrics never break delivery.
    }
  };

  function schedule(at: number): void {
    if (!running) return;
    if (timer && wakeAt !== undefined && wakeAt <= at) return;
    timer?.cancel();
    wakeAt = at;
    // Due now (a finished send, slots just granted): later in this turn of the event loop. A
    // zero-delay timer is a 1 ms sleep and one more wake-up of the process per send.
    const delay = at - clock();
    if (delay <= 0) {
      const immediate = setImmediate(tick);
      timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(tick, delay);
      timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  function poke(): void {
    claimWanted = true;
    schedule(clock());
  }

  function queued(rows: readonly NewOutboxRow[]): void {
    // Rows taken by another instance are never claimed here: keep the map bounded.
    if (waiting.size > MAX_WAITING) waiting.clear();
    for (const row of rows) waiting.set(row.conversation, (waiting.get(row.conversation) ?? 0) + 1);
  }

  function claimed(conversation: string): void {
    const n = (waiting.get(conversation) ?? 0) - 1;
    if (n > 0) waiting.set(conversation, n);
    else waiting.delete(conversation);
  }

  function tick(): void {
    timer = undefined;
    wakeAt = undefined;
    if (!running) return;
    const now = clock();
    // Rows held here may wait for the bot's budget longer than a lease: keep them ours, or
    // another instance would take them over and send them twice.
    if (held.size > 0 && now >= nextRenewAt) {
      nextRenewAt = now + leaseMs / 3;
      store
        .renewLeases(owner, now + leaseMs)
        .catch((error: unknown) => log.warn({ err: error }, "outbox leases not renewed"));
    }
    // A poke claims at once while few rows are held; with a backlog held (rows waiting for the
    // send budget) the poll and the drop below half take the next ones: each claim scans every
    // pending row, so claiming per queued update made it quadratic in the backlog.
    const wanted = claimWanted && held.size < lowWater;
    if ((wanted || now >= nextPollAt) && !claiming && held.size < maxHeld) {
      claiming = claim(now)
        .catch((error: unknown) => log.error({ err: error }, "outbox claim failed"))
        .finally(() => {
          claiming = undefined;
          pump(clock());
        });
      return;
    }
    // Full (or already claiming): look again a poll later; a finished send pokes sooner.
    if (now >= nextPollAt) nextPollAt = now + pollMs;
    pump(now);
  }

  async function claim(now: number): Promise<void> {
    claimWanted = false;
    nextPollAt = now + pollMs;
    plan.prune(now);
    const limit = maxHeld - held.size;
    const rows = await store.claim({
      now,
      limit,
      owner,
      platforms: [...senders.keys()],
      leaseMs,
    });
    claimFull = rows.length >= limit;
    for (const row of rows) {
      claimed(row.conversation);
      const sender = senders.get(row.platform);
      if (!sender || held.has(row.id)) continue;
      if (row.resumed) {
        emit({ type: "resumed", platform: row.platform });
        log.warn(
          { outboxId: row.id, kind: row.kind },
          "outbox row resumed after a lost lease: it may be sent twice",
        );
      }
      const entry: Held = { ...row, lanes: sender.lanes(row) };
      held.set(row.id, entry);
      plan.add(entry, clock());
    }
  }

  function pump(now: number): void {
    if (!running) return;
    const { send, need, nextAt } = plan.take(now, maxInFlight - inFlight.size);
    for (const row of send) dispatch(row);
    for (const [platform, count] of need) reserve(platform, count);
    let next = nextPollAt;
    if (nextAt !== undefined) next = Math.min(next, nextAt);
    // Slots granted from memory just now (one instance): take again at once. (The store's answer
    // pumps by itself; before, the claim after every send happened to wake this up.)
    if (need.size > 0 && !options.shared) next = Math.min(next, now);
    // A claim in flight pumps when it is answered: no need to look again before.
    if (claimWanted && held.size < lowWater && !claiming) next = Math.min(next, now);
    schedule(next);
  }

  /** Budget slots: in memory for one instance, in the store for several. */
  function reserve(platform: string, wanted: number): void {
    const sender = senders.get(platform);
    if (!sender || reserving.has(platform)) return;
    const { key, intervalMs } = sender.budget;
    const count = Math.max(1, Math.min(wanted, options.shared ? SHARED_RESERVE : LOCAL_RESERVE));
    const now = clock();
    if (!options.shared) {
      const first = Math.max(localBudget.get(key) ?? now, now);
      localBudget.set(key, first + count * intervalMs);
      plan.grant(platform, first, count);
      return;
    }
    reserving.add(platform);
    store
      .reserve(key, count, intervalMs, now)
      .then((first) => plan.grant(platform, first, count))
      .catch((error: unknown) => log.error({ err: error }, "outbox budget reservation failed"))
      .finally(() => {
        reserving.delete(platform);
        pump(clock());
      });
  }

  function dispatch(row: Held): void {
    const p = send(row).finally(() => {
      inFlight.delete(p);
      held.delete(row.id);
      // The next row of this conversation may now be the head; a full claim may have left more.
      if (claimFull || (waiting.get(row.conversation) ?? 0) > 0) poke();
      else pump(clock());
    });
    inFlight.add(p);
  }

  async function fail(failed: FailedRow): Promise<void> {
    const { row, state, reason } = failed;
    await store.finish(row.id, state, reason, clock());
    if (state === "failed")
      emit({ type: "failed", platform: row.platform, reason: reason.split(":")[0] ?? reason });
    else emit({ type: "dropped", platform: row.platform });
    for (const l of listeners) {
      try {
        await l(failed);
      } catch (error) {
        log.error({ err: error, outboxId: row.id }, "outbox failure listener failed");
      }
    }
  }

  async function send(row: Held): Promise<void> {
    const sender = senders.get(row.platform);
    if (!sender) return;
    const started = clock();
    if (started - row.createdAt > maxAgeMs) {
      log.warn(
        { outboxId: row.id, kind: row.kind, ageMs: started - row.createdAt },
        "outbox row too old: dropped",
      );
      await fail({ row, state: "dropped", reason: "too old" }).catch((e: unknown) =>
        log.error({ err: e }, "outbox drop failed"),
      );
      return;
    }
    let messageId: string | null;
    try {
      messageId = await sender.send(row);
    } catch (error) {
      await failed(sender, row, error).catch((e: unknown) =>
        log.error({ err: e, outboxId: row.id }, "outbox result not recorded"),
      );
      return;
    }
    emit({ type: "sent", platform: row.platform });
    try {
      await store.markSent(row.id, messageId, clock());
    } catch (error) {
      // The lease runs out and the row goes again: a duplicate, counted as `resumed` then.
      log.error({ err: error, outboxId: row.id }, "outbox row sent but not marked");
    }
  }

  async function failed(sender: OutboxSender, row: Held, error: unknown): Promise<void> {
    const f = failureOf(error);
    const now = clock();
    if (f.kind === "retry") {
      const at = now + (f.afterMs ?? retryDelayMs(row.attempts));
      if (f.afterMs !== undefined && row.lanes[0]) plan.hold(row.lanes[0], at);
      emit({ type: "retry", platform: row.platform, reason: f.why });
      log.warn(
        { outboxId: row.id, kind: row.kind, attempt: row.attempts + 1, reason: f.reason },
        "outbox send retried",
      );
      await store.reschedule(row.id, at, f.reason);
      return;
    }
    const fields = { outboxId: row.id, kind: row.kind, conversation: row.conversation, reason: f.reason };
    if (f.expected) log.warn(fields, "outbox send refused for good");
    else log.error(fields, "outbox send failed for good");
    const instead = sender.fallback?.(row, f.error);
    if (instead && instead.length > 0) {
      await store.enqueue(instead);
      queued(instead);
    }
    await fail({ row, state: "failed", reason: f.reason, error: f.error });
  }

  return {
    async enqueue(rows) {
      if (rows.length === 0) return;
      const buffer = als.getStore();
      if (buffer?.open) {
        buffer.rows.push(...rows);
        return;
      }
      await store.enqueue(rows);
      queued(rows);
      poke();
    },

    async intake(claimKey, fn) {
      const buffer: Buffer = { rows: [], open: true };
      let value: Awaited<ReturnType<typeof fn>> | undefined;
      let error: unknown;
      let threw = false;
      try {
        value = await als.run(buffer, fn);
      } catch (e) {
        threw = true;
        error = e;
      }
      buffer.open = false;
      // The store went away while `fn` ran: nothing is claimed, so the update comes again.
      if (threw && isConnectionLost(error)) throw error;
      const { accepted } = await store.enqueue(buffer.rows, claimKey ? { claim: claimKey } : {});
      if (buffer.rows.length > 0 && accepted) {
        queued(buffer.rows);
        poke();
      }
      if (threw) throw error;
      return { accepted, value: value as Awaited<ReturnType<typeof fn>> };
    },

    register(sender) {
      senders.set(sender.platform, sender);
      plan = new SendPlan<Held>(new Map([...senders.values()].map((s) => [s.platform, s.budget.intervalMs])));
      for (const row of held.values()) plan.add(row, clock());
    },

    onFailed(listener) {
      listeners.push(listener);
    },

    async start() {
      if (running) return;
      // One instance on SQLite: leases left by a previous (killed) process are void.
      if (!options.shared) {
        const released = await store.releaseLeases();
        if (released > 0) log.warn({ rows: released }, "outbox rows leased by a previous process resumed");
      }
      running = true;
      poke();
    },

    async stop(graceMs = 5000) {
      running = false;
      timer?.cancel();
      timer = undefined;
      await claiming;
      let t: NodeJS.Timeout | undefined;
      const settled = await Promise.race([
        Promise.allSettled([...inFlight]).then(() => true),
        new Promise<boolean>((resolve) => {
          t = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(t);
      if (!settled) log.warn({ inFlight: inFlight.size }, "outbox sends still in flight at stop");
      try {
        const released = await store.releaseLeases(owner);
        log.info({ released, pendingHere: held.size }, "outbox stopped");
      } catch (error) {
        log.warn({ err: error }, "outbox leases not released (they expire on their own)");
      }
      held.clear();
      plan = new SendPlan<Held>(new Map([...senders.values()].map((s) => [s.platform, s.budget.intervalMs])));
    },

    busy: () => inFlight.size + held.size,
  };
}
