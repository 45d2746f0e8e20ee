/**
 * What to send when: the pure core of the outbox scheduler (no I/O, no timers), so its rules can
 * be checked in virtual time (test/outbox/plan.test.ts).
 *
 * - Each item has lanes (per chat, per group): it waits in a heap keyed by the time its lanes
 *   allow it, then moves to its platform's ready queue (FIFO).
 * - Each platform has a budget (e.g. Telegram 30/s per bot) handed out as slots: the shell
 *   reserves them (in memory, or in the store when several instances share the bot) and grants
 *   them here; one slot, one send.
 * - `take(now)` returns what may go now and the one time the shell should wake next: a send
 *   costs O(log n) and one wake-up, never a sleeping promise per message.
 */
import { MinHeap } from "./heap.js";
import { type LaneLimit, Lanes } from "./lanes.js";

export interface PlanItem {
  readonly id: number;
  readonly platform: string;
  readonly lanes: readonly LaneLimit[];
}

/**
 * A slot may still be used this long after its time (timer jitter, a busy event loop) before it is
 * given up. It was one slot spacing (~33 ms at 30/s), and slots lost to a late timer cost two
 * instances sharing a bot a third of its rate. The budget then behaves like a token bucket that
 * holds 2 + SLOT_LATE_MS / spacing slots (8 at 30/s; Telegram tolerates bursts of 30).
 */
export const SLOT_LATE_MS = 200;
/**
 * With this many slots or fewer still held and more items ready than that, more are asked for
 * ahead (`need`), so sends do not stop while a shared budget answers from the store.
 */
const SLOTS_LOW = 6;

/** Consecutive slots from one reservation: `left` of them, the next at `next`. */
interface Run {
  next: number;
  left: number;
}

interface Slots {
  /** Reservations in time order; two may have a gap (another instance reserved in between). */
  readonly runs: Run[];
  readonly intervalMs: number;
}

export interface TakeResult<T> {
  readonly send: T[];
  /** Platforms that have items ready but no budget slot: reserve this many and `grant` them. */
  readonly need: ReadonlyMap<string, number>;
  /** When something becomes sendable next (undefined: only a new item, grant or capacity will). */
  readonly nextAt: number | undefined;
}

export class SendPlan<T extends PlanItem> {
  private readonly waiting = new MinHeap<T>();
  private readonly ready = new Map<string, T[]>();
  private readonly slots = new Map<string, Slots>();
  readonly lanes = new Lanes();

  /** `budgets`: per platform, the spacing of its shared budget's slots (ms). */
  constructor(private readonly budgets: ReadonlyMap<string, number>) {}

  get size(): number {
    let n = this.waiting.size;
    for (const q of this.ready.values()) n += q.length;
    return n;
  }

  add(item: T, now: number): void {
    const at = this.lanes.readyAt(item.lanes, now);
    if (at <= now) this.queue(item);
    else this.waiting.push(at, item);
  }

  /** Budget slots for a platform: `count` of them, the first at `first`. */
  grant(platform: string, first: number, count: number): void {
    if (count <= 0) return;
    const intervalMs = this.budgets.get(platform) ?? 0;
    let slots = this.slots.get(platform);
    if (!slots) {
      slots = { runs: [], intervalMs };
      this.slots.set(platform, slots);
    }
    const last = slots.runs.at(-1);
    // A reservation follows the ones still held, not necessarily right after them: in a shared
    // budget another instance may hold the slots in between.
    const end = last ? last.next + last.left * intervalMs : first;
    if (last && first <= end) last.left += count;
    else slots.runs.push({ next: first, left: count });
  }

  /** Budget slots held for a platform and not used yet. */
  held(platform: string): number {
    let n = 0;
    for (const run of this.slots.get(platform)?.runs ?? []) n += run.left;
    return n;
  }

  /** The platform asked to wait (429): nothing on this lane before `until`. */
  hold(lane: LaneLimit, until: number): void {
    this.lanes.holdUntil(lane.key, until, lane);
  }

  take(now: number, capacity: number): TakeResult<T> {
    // Items whose lanes have opened move to their platform's ready queue, in order.
    for (let at = this.waiting.peekAt(); at !== undefined && at <= now; at = this.waiting.peekAt()) {
      const item = this.waiting.pop();
      if (!item) break;
      const readyAt = this.lanes.readyAt(item.lanes, now);
      if (readyAt <= now) this.queue(item);
      else this.waiting.push(readyAt, item);
    }
    const send: T[] = [];
    const need = new Map<string, number>();
    let nextAt = this.waiting.peekAt();
    for (const [platform, queue] of this.ready) {
      while (queue.length > 0 && send.length < capacity) {
        const head = queue[0] as T;
        // A lane may have been held (429) since the item was queued.
        const readyAt = this.lanes.readyAt(head.lanes, now);
        if (readyAt > now) {
          queue.shift();
          this.waiting.push(readyAt, head);
          nextAt = Math.min(nextAt ?? readyAt, readyAt);
          continue;
        }
        if (this.budgets.has(platform)) {
          const slot = this.slot(platform, now);
          if (slot === undefined) {
            need.set(platform, queue.length);
            break;
          }
          if (slot > now) {
            nextAt = Math.min(nextAt ?? slot, slot);
            break;
          }
          this.useSlot(platform);
        }
        queue.shift();
        this.lanes.take(head.lanes, now);
        send.push(head);
      }
      // Few slots left and more ready than they cover: ask for more before they run out.
      if (this.budgets.has(platform) && !need.has(platform)) {
        const held = this.held(platform);
        if (held <= SLOTS_LOW && queue.length > held) need.set(platform, queue.length - held);
      }
      if (queue.length === 0) this.ready.delete(platform);
    }
    return { send, need, nextAt };
  }

  /** Drops lanes that are idle again (call now and then). */
  prune(now: number): void {
    this.lanes.prune(now);
  }

  /**
   * The time of the platform's next usable slot (undefined: none held). Slots more than
   * SLOT_LATE_MS in the past are given up: a late send must not burst through a backlog of them.
   * The last one held is kept however late: when the store answers slower than SLOT_LATE_MS every
   * slot arrives late, and sending must slow down, not stop.
   */
  private slot(platform: string, now: number): number | undefined {
    const slots = this.slots.get(platform);
    if (!slots) return undefined;
    const { runs, intervalMs } = slots;
    for (let run = runs[0]; run; run = runs[0]) {
      while (run.left > 0 && run.next + SLOT_LATE_MS < now && (run.left > 1 || runs.length > 1)) {
        run.next += intervalMs;
        run.left -= 1;
      }
      if (run.left > 0) return run.next;
      runs.shift();
    }
    return undefined;
  }

  private useSlot(platform: string): void {
    const slots = this.slots.get(platform);
    const run = slots?.runs[0];
    if (!slots || !run) return;
    run.next += slots.intervalMs;
    run.left -= 1;
    if (run.left <= 0) slots.runs.shift();
  }

  private queue(item: T): void {
    const q = this.ready.get(item.platform);
    if (q) q.push(item);
    else this.ready.set(item.platform, [item]);
  }
}
