import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createKeyedSerial } from "../../../src/platforms/telegram/serial.js";

const tick = () => new Promise<void>((r) => setImmediate(r));

describe("keyed serial with a cap on tasks at once", () => {
  it("GIVEN tasks on random keys THEN per key in order, never more than the cap at once, all run", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 40,
        }),
        async (cap, tasks) => {
          const serial = createKeyedSerial(cap);
          let active = 0;
          let most = 0;
          const order = new Map<number, number[]>();
          await Promise.all(
            tasks.map(([key, turns], i) =>
              serial
                .run(`k${key}`, async () => {
                  active += 1;
                  most = Math.max(most, active);
                  for (let t = 0; t < turns; t++) await tick();
                  order.set(key, [...(order.get(key) ?? []), i]);
                  active -= 1;
                  if (i % 7 === 3) throw new Error("a failing task frees its slot too");
                })
                .catch(() => undefined),
            ),
          );
          expect(most).toBeLessThanOrEqual(cap);
          expect([...order.values()].flat()).toHaveLength(tasks.length);
          for (const seen of order.values()) expect(seen).toEqual([...seen].sort((a, b) => a - b));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("GIVEN the cap is taken THEN a timer still fires between the waiting tasks (the loop turns)", async () => {
    const serial = createKeyedSerial(1);
    const events: string[] = [];
    setTimeout(() => events.push("timer"), 0);
    // Synchronous tasks, as with a synchronous store: without a turn of the event loop between
    // them, all 50 would run before the timer.
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        serial.run(`k${i}`, async () => {
          const until = performance.now() + 1;
          while (performance.now() < until) {
            // busy for 1 ms
          }
          events.push(`task${i}`);
        }),
      ),
    );
    expect(events).toHaveLength(51);
    expect(events.indexOf("timer")).toBeLessThan(10);
  });
});
