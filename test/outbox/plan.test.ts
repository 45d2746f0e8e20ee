/**
 * The scheduler's planner in virtual time (no timers, no I/O): whatever arrives, it never sends
 * faster than any lane or the bot's budget allows, keeps each conversation's order, and needs
 * O(1) wake-ups per send.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LaneLimit, lane } from "../../src/outbox/lanes.js";
import { type PlanItem, SendPlan } from "../../src/outbox/plan.js";

const GLOBAL_MS = 1000 / 30;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 10 : undefined;
const params = { numRuns: 150, ...(seed === undefined ? {} : { seed }) };

interface Item extends PlanItem {
  readonly chat: number;
  readonly order: number;
}

function lanesOf(chat: number): LaneLimit[] {
  const out = [lane(`chat:${chat}`, 1, 1000, 3)];
  if (chat < 0) out.push(lane(`group:${chat}`, 20, 60_000, 20));
  return out;
}

/** An independent check: a token bucket per lane, refilled continuously; never below zero. */
function conforms(sends: { at: number; item: Item }[]): boolean {
  const buckets = new Map<string, { tokens: number; last: number; limit: LaneLimit }>();
  for (const { at, item } of sends) {
    for (const l of item.lanes) {
      const b = buckets.get(l.key) ?? { tokens: l.burst, last: at, limit: l };
      b.tokens = Math.min(l.burst, b.tokens + (at - b.last) / l.intervalMs);
      b.last = at;
      b.tokens -= 1;
      if (b.tokens < -1e-9) return false;
      buckets.set(l.key, b);
    }
  }
  return true;
}

function simulate(arrivals: { at: number; chat: number }[]) {
  const plan = new SendPlan<Item>(new Map([["telegram", GLOBAL_MS]]));
  // Arrival order (by time, then list position) is each conversation's order.
  const sorted = arrivals
    .map((a, i) => ({ ...a, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((a, order) => ({ at: a.at, chat: a.chat, order }));
  let budgetTat = 0;
  const sends: { at: number; item: Item }[] = [];
  let i = 0;
  let now = 0;
  let wakes = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    while (i < sorted.length && (sorted[i]?.at ?? 0) <= now) {
      const a = sorted[i++];
      if (a)
        plan.add(
          { id: a.order, platform: "telegram", lanes: lanesOf(a.chat), chat: a.chat, order: a.order },
          now,
        );
    }
    let result = plan.take(now, 64);
    for (const [platform, count] of result.need) {
      const first = Math.max(budgetTat, now);
      budgetTat = first + count * GLOBAL_MS;
      plan.grant(platform, first, count);
      const more = plan.take(now, 64);
      result = { send: [...result.send, ...more.send], need: more.need, nextAt: more.nextAt };
    }
    for (const item of result.send) sends.push({ at: now, item });
    const nextArrival = sorted[i]?.at;
    const candidates = [result.nextAt, nextArrival].filter((x): x is number => x !== undefined);
    if (candidates.length === 0) break;
    const next = Math.min(...candidates);
    if (next === result.nextAt && next !== nextArrival) wakes += 1;
    now = Math.max(next, now);
  }
  return { sends, wakes, left: plan.size };
}

const arrivals = fc.array(
  fc.record({ at: fc.integer({ min: 0, max: 4000 }), chat: fc.constantFrom(1, 2, 3, 4, 5, 6, -7, -8) }),
  { minLength: 1, maxLength: 120 },
);

describe("SendPlan (virtual time)", () => {
  it("sends everything, never over a chat's or a group's limit", () => {
    fc.assert(
      fc.property(arrivals, (list) => {
        const { sends, left } = simulate(list);
        expect(left).toBe(0);
        expect(sends).toHaveLength(list.length);
        expect(conforms(sends)).toBe(true);
      }),
      params,
    );
  });

  it("never sends more than the bot's budget in any second", () => {
    fc.assert(
      fc.property(arrivals, (list) => {
        const times = simulate(list).sends.map((s) => s.at);
        for (let a = 0; a < times.length; a++) {
          let n = 0;
          for (let b = a; b < times.length && (times[b] ?? 0) < (times[a] ?? 0) + 1000; b++) n += 1;
          expect(n).toBeLessThanOrEqual(31);
        }
      }),
      params,
    );
  });

  it("keeps each conversation's order", () => {
    fc.assert(
      fc.property(arrivals, (list) => {
        const byChat = new Map<number, number[]>();
        for (const { item } of simulate(list).sends)
          byChat.set(item.chat, [...(byChat.get(item.chat) ?? []), item.order]);
        for (const orders of byChat.values()) expect(orders).toEqual([...orders].sort((a, b) => a - b));
      }),
      params,
    );
  });

  it("wakes O(1) times per send", () => {
    fc.assert(
      fc.property(arrivals, (list) => {
        const { sends, wakes } = simulate(list);
        expect(wakes).toBeLessThanOrEqual(2 * sends.length + 1);
      }),
      params,
    );
  });

  it("a 429 holds the chat's lane until retry_after, then the chat goes on", () => {
    const plan = new SendPlan<Item>(new Map());
    const l = lanesOf(1);
    plan.add({ id: 1, platform: "p", lanes: l, chat: 1, order: 1 }, 0);
    expect(plan.take(0, 10).send).toHaveLength(1);
    plan.hold(l[0] as LaneLimit, 5000);
    plan.add({ id: 2, platform: "p", lanes: l, chat: 1, order: 2 }, 10);
    const blocked = plan.take(10, 10);
    expect(blocked.send).toHaveLength(0);
    expect(blocked.nextAt).toBe(5000);
    expect(plan.take(5000, 10).send.map((s) => s.id)).toEqual([2]);
  });
});
