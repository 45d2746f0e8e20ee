/**
 * `outbox.intake` on a real (in-memory SQLite) store: what a handler queued is written with the
 * update's claim; a handler that failed for good is claimed anyway (a poison update must not come
 * back forever); a handler that failed because the store went away is not claimed, so the
 * platform delivers the update again and its answer is not lost.
 */
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { NewOutboxRow } from "../../src/store/types.js";
import { memoryOutbox } from "../support/outbox.js";

const quiet = pino({ level: "silent" });
const row = (text: string): NewOutboxRow => ({
  platform: "telegram",
  conversation: "chat:1",
  kind: "reply",
  payload: { text },
});
const claim = { source: "test", updateId: "7" };
const storeAway = () => new Error("Connection terminated unexpectedly");

describe("outbox intake", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it("GIVEN the store went away during the handler THEN the update is not claimed and its next delivery is answered", async () => {
    const box = await memoryOutbox(quiet);
    close = box.close;
    await expect(
      box.outbox.intake(claim, async () => {
        await box.outbox.enqueue([row("half an answer")]);
        throw storeAway();
      }),
    ).rejects.toThrow(/Connection terminated/);
    const again = await box.outbox.intake(claim, () => box.outbox.enqueue([row("the answer")]));
    expect(again.accepted).toBe(true);
    const rows = await box.store.outbox.claim({
      now: Date.now() + 1,
      limit: 10,
      owner: "t",
      platforms: ["telegram"],
      leaseMs: 1000,
    });
    expect(rows.map((r) => r.payload.text)).toEqual(["the answer"]);
  });

  it("GIVEN a handler that failed for another reason THEN the update is claimed (never comes back)", async () => {
    const box = await memoryOutbox(quiet);
    close = box.close;
    await expect(
      box.outbox.intake(claim, async () => {
        throw new TypeError("a bug");
      }),
    ).rejects.toThrow(/a bug/);
    const again = await box.outbox.intake(claim, () => box.outbox.enqueue([row("the answer")]));
    expect(again.accepted).toBe(false);
  });
});
