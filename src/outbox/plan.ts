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

interface Slots {
  next: number;
  left: number;
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
    const intervalMs = this.budgets.get(platform) ?? 0;
    const current = this.slots.get(platform);
    if (current && current.left > 0) {
      // Appended after the slots still held (they are consecutive in a shared budget too).
      current.left += count;
      return;
    }
    this.slots.set(platform, { next: first, left: count, intervalMs });
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
        const slots = this.budgets.has(platform) ? this.slots.get(platform) : undefined;
        if (this.budgets.has(platform)) {
          // Slots that passed unused are gone: a late send must not burst through a backlog of them.
          while (slots && slots.left > 1 && slots.next + slots.intervalMs <= now) {
            slots.next += slots.intervalMs;
            slots.left -= 1;
          }
          if (!slots || slots.left <= 0) {
            need.set(platform, queue.length);
            break;
          }
          if (slots.next > now) {
            nextAt = Math.min(nextAt ?? slots.next, slots.next);
            break;
          }
          slots.next += slots.intervalMs;
          slots.left -= 1;
        }
        queue.shift();
        this.lanes.take(head.lanes, now);
        send.push(head);
      }
      if (queue.length === 0) this.ready.delete(platform);
    }
    return { send, need, nextAt };
  }

  /** Drops lanes that are idle again (call now and then). */
  prune(now: number): void {
    this.lanes.prune(now);
  }

  private queue(item: T): void {
    const q = this.ready.get(item.platform);
    if (q) q.push(item);
    else this.ready.set(item.platform, [item]);
  }
}
