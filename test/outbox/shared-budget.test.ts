/**
 * Two instances sharing one bot's budget through the store, in virtual time: each has its own
 * planner, reserves slots from one shared "theoretical arrival time" (as `outbox_budget` does)
 * with a round trip, asks for more ahead while a few are still held, and wakes late by a random
 * jitter. Whatever the jitter and the store's latency: together they never go over the budget
 * (a token bucket of 30/s that holds 2 + SLOT_LATE_MS / spacing slots: the slots of the last
 * SLOT_LATE_MS and one kept however late), every chat keeps its own limit, everything is sent even
 * when the store answers slower than SLOT_LATE_MS, and with a backlog (store round trips up to
 * 80 ms, wake-ups up to 150 ms late) they use at least 90 % of the budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LaneLimit, lane } from "../../src/outbox/lanes.js";
import { type PlanItem, SendPlan, SLOT_LATE_MS } from "../../src/outbox/plan.js";

const GLOBAL_MS = 1000 / 30;
/** What the outbox asks the store for at once when instances share a bot (index.ts). */
const SHARED_RESERVE = 10;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 10 : undefined;
const params = { numRuns: 100, ...(seed === undefined ? {} : { seed }) };

interface Item extends PlanItem {
  readonly chat: number;
}

const lanesOf = (chat: number): LaneLimit[] => [lane(`chat:${chat}`, 1, 1000, 3)];

interface Scenario {
  /** Items: arrival time and chat; chat parity picks the instance (a conversation has one). */
  readonly items: readonly { at: number; chat: number }[];
  /** Store latency of one reservation, each way (ms). */
  readonly latencyMs: number;
  /** How late each wake-up comes (cycled). */
  readonly jitters: readonly number[];
}

interface Instance {
  readonly plan: SendPlan<Item>;
  wakeAt: number | undefined;
  /** A reservation in flight: done in the store at `execAt`, answered at `replyAt`. */
  reservation: { execAt: number; replyAt: number; count: number; first?: number } | undefined;
}

function simulate({ items, latencyMs, jitters }: Scenario) {
  const instances: Instance[] = [0, 1].map(() => ({
    plan: new SendPlan<Item>(new Map([["telegram", GLOBAL_MS]])),
    wakeAt: 0,
    reservation: undefined,
  }));
  const arrivals = items.map((a, id) => ({ ...a, id })).sort((a, b) => a.at - b.at || a.id - b.id);
  let storeTat = 0;
  let j = 0;
  const jitter = () => jitters[j++ % jitters.length] ?? 0;
  const sends: { at: number; item: Item }[] = [];
  let next = 0;

  const pump = (inst: Instance, now: number) => {
    const { send, need, nextAt } = inst.plan.take(now, 64);
    for (const item of send) sends.push({ at: now, item });
    const wanted = need.get("telegram");
    if (wanted !== undefined && !inst.reservation)
      inst.reservation = {
        execAt: now + latencyMs,
        replyAt: now + 2 * latencyMs,
        count: Math.max(1, Math.min(wanted, SHARED_RESERVE)),
      };
    inst.wakeAt = nextAt === undefined ? undefined : Math.max(nextAt, now) + jitter();
  };

  for (let guard = 0; guard < 200_000; guard++) {
    const times: number[] = [];
    if (next < arrivals.length) times.push(arrivals[next]?.at ?? 0);
    for (const inst of instances) {
      if (inst.wakeAt !== undefined) times.push(inst.wakeAt);
      const r = inst.reservation;
      if (r) times.push(r.first === undefined ? r.execAt : r.replyAt);
    }
    if (times.length === 0) break;
    const now = Math.min(...times);
    while (next < arrivals.length && (arrivals[next]?.at ?? 0) <= now) {
      const a = arrivals[next++];
      if (!a) continue;
      const inst = instances[Math.abs(a.chat) % 2] as Instance;
      inst.plan.add({ id: a.id, platform: "telegram", lanes: lanesOf(a.chat), chat: a.chat }, now);
      // A new row pokes the scheduler (after the jitter of its timer).
      inst.wakeAt = Math.min(inst.wakeAt ?? Number.POSITIVE_INFINITY, now + jitter());
    }
    for (const inst of instances) {
      const r = inst.reservation;
      if (r && r.first === undefined && r.execAt <= now) {
        // The store: whole milliseconds, as `reserve` in src/store/outbox.ts.
        const span = Math.ceil(r.count * GLOBAL_MS);
        const first = Math.max(storeTat, Math.floor(r.execAt));
        storeTat = first + span;
        r.first = first;
      }
      if (r && r.first !== undefined && r.replyAt <= now) {
        inst.plan.grant("telegram", r.first, r.count);
        inst.reservation = undefined;
        pump(inst, now);
      } else if (inst.wakeAt !== undefined && inst.wakeAt <= now) pump(inst, now);
    }
  }
  return { sends, left: instances.reduce((n, i) => n + i.plan.size, 0) };
}

/** Token bucket check: `perMs` refill, `capacity` tokens, never below zero. */
function conforms(times: readonly number[], perMs: number, capacity: number): boolean {
  let tokens = capacity;
  let last = times[0] ?? 0;
  for (const at of times) {
    tokens = Math.min(capacity, tokens + (at - last) * perMs);
    last = at;
    tokens -= 1;
    if (tokens < -1e-6) return false;
  }
  return true;
}

function chatsConform(sends: readonly { at: number; item: Item }[]): boolean {
  const byChat = new Map<number, number[]>();
  for (const s of sends) byChat.set(s.item.chat, [...(byChat.get(s.item.chat) ?? []), s.at]);
  return [...byChat.values()].every((times) => conforms(times, 1 / 1000, 3));
}

const jitters = fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 40 });
const latency = fc.integer({ min: 1, max: 40 });
/** Slower than SLOT_LATE_MS each way: every slot arrives late. */
const slowLatency = fc.integer({ min: 1, max: 400 });

describe("a budget shared by two instances (virtual time)", () => {
  it("together never over the bot's budget, every chat within its limit, everything sent once", () => {
    const items = fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 3000 }), chat: fc.integer({ min: -20, max: 60 }) }),
      { minLength: 1, maxLength: 200 },
    );
    fc.assert(
      fc.property(items, slowLatency, jitters, (list, latencyMs, js) => {
        const { sends, left } = simulate({ items: list, latencyMs, jitters: js });
        expect(left).toBe(0);
        expect(new Set(sends.map((s) => s.item.id)).size).toBe(list.length);
        expect(sends).toHaveLength(list.length);
        const times = sends.map((s) => s.at).sort((a, b) => a - b);
        expect(conforms(times, 1 / GLOBAL_MS, 2 + SLOT_LATE_MS / GLOBAL_MS)).toBe(true);
        expect(chatsConform(sends)).toBe(true);
      }),
      params,
    );
  });

  it("with a backlog of first-time chats, together they send at ≥ 0.9 of the budget", () => {
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 400 }), latency, jitters, (n, latencyMs, js) => {
        const items = Array.from({ length: n }, (_, i) => ({ at: Math.floor(i / 10), chat: 1000 + i }));
        const { sends } = simulate({ items, latencyMs, jitters: js });
        expect(sends).toHaveLength(n);
        const last = Math.max(...sends.map((s) => s.at));
        expect(n / (last / 1000) / 30).toBeGreaterThanOrEqual(0.9);
      }),
      params,
    );
  });
});
