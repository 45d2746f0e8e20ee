/**
 * The scheduler's one wake-up: work due now (a finished send whose conversation has a successor,
 * budget slots just granted) runs later in the same turn of the event loop, not after a zero-delay
 * timer — each of those was a 1 ms sleep and one more wake-up of the process per send (issue #10).
 */
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { OutboxSender } from "../../src/outbox/types.js";
import { memoryOutbox } from "../support/outbox.js";

const quiet = pino({ level: "silent" });

describe("outbox wake-ups", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await close?.();
    close = undefined;
  });

  it("GIVEN rows due at once THEN they are sent in order without a zero-delay timer", async () => {
    const box = await memoryOutbox(quiet);
    close = box.close;
    const sent: string[] = [];
    let allSent: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      allSent = resolve;
    });
    const sender: OutboxSender = {
      platform: "telegram",
      budget: { key: "telegram:1", intervalMs: 0 },
      lanes: () => [],
      async send(row) {
        sent.push(String(row.payload.text));
        if (sent.length === 6) allSent();
        return String(sent.length);
      },
    };
    box.outbox.register(sender);
    await box.outbox.start();
    const shortTimers = vi.spyOn(globalThis, "setTimeout");
    for (const chat of [1, 2]) {
      await box.outbox.intake({ source: "test", updateId: `u${chat}` }, () =>
        box.outbox.enqueue(
          [1, 2, 3].map((n) => ({
            platform: "telegram",
            conversation: `telegram:${chat}`,
            kind: "reply",
            payload: { text: `${chat}.${n}` },
          })),
        ),
      );
    }
    await done;
    expect(sent.filter((t) => t.startsWith("1."))).toEqual(["1.1", "1.2", "1.3"]);
    expect(sent.filter((t) => t.startsWith("2."))).toEqual(["2.1", "2.2", "2.3"]);
    const zeroDelay = shortTimers.mock.calls.filter(([, ms]) => (Number(ms) || 0) <= 1);
    expect(zeroDelay).toEqual([]);
  });
});
