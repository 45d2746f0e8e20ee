/**
 * One behavioural contract for every Store backend. A backend passes when `open()` yields an empty,
 * isolated database; with `peer`, the cross-instance races run against two real connections.
 */
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/index.js";
import { harness, type StoreFactory, T0 } from "./contract/harness.js";
import { outboxContract } from "./contract/outbox.js";
import { hostileTextContract, limitsContract, privacyContract } from "./contract/privacy-limits.js";
import { profilesContract } from "./contract/profiles.js";
import { remindersContract } from "./contract/reminders.js";
import { ticketMessagesContract } from "./contract/ticket-messages.js";
import { openInput, ticketsContract } from "./contract/tickets.js";
import { blocksContract, updatesContract } from "./contract/updates-blocks.js";

export type { StoreFactory } from "./contract/harness.js";

export function storeContract(
  name: string,
  open: () => Promise<Store>,
  options: Omit<StoreFactory, "open"> = {},
): void {
  describe(`Store contract: ${name}`, () => {
    const h = harness({ open, peer: options.peer });

    it("GIVEN an open store THEN ping answers, and close is idempotent and final", async () => {
      const store = await open();
      await expect(store.ping()).resolves.toBeUndefined();
      expect(["sqlite", "postgres"]).toContain(store.dialect);
      expect(store.instanceId).not.toBe("");
      await store.close();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });

    it("GIVEN a fresh database THEN it is empty", async () => {
      const store = await h.open();
      expect(await store.tickets.countOpen()).toBe(0);
      expect(await store.reminders.countPending()).toBe(0);
    });

    it.skipIf(!options.peer)(
      "GIVEN data written, store closed and reopened THEN the data survives",
      async () => {
        const peer = options.peer;
        if (!peer) return;
        const first = await open();
        await first.profiles.update("telegram:1", { locale: "ro", lastPin: "0042" }, T0);
        const { ticket } = await first.tickets.openFor(openInput(1));
        await first.tickets.addMessage({
          ticketId: ticket.id,
          direction: "user",
          authorKey: "telegram:1",
          authorName: null,
          text: "hello",
          createdAt: T0,
        });
        await first.updates.claim("telegram", "1", T0);
        await first.close();

        const again = await h.track(await peer(first));
        expect(await again.profiles.get("telegram:1")).toMatchObject({ locale: "ro", lastPin: "0042" });
        expect((await again.tickets.findOpenByUser("telegram:1"))?.id).toBe(ticket.id);
        expect((await again.tickets.messages(ticket.id)).map((m) => m.text)).toEqual(["hello"]);
        expect(await again.updates.claim("telegram", "1", T0)).toBe(false);
      },
    );

    profilesContract(h);
    updatesContract(h);
    blocksContract(h);
    ticketsContract(h);
    ticketMessagesContract(h);
    remindersContract(h);
    outboxContract(h);
    limitsContract(h);
    privacyContract(h);
    hostileTextContract(h);
  });
}
