import { describe, expect, it } from "vitest";
import { FORGET_CLOSER, type NewTicketMessage } from "../../../src/store/index.js";
import { type Harness, T0 } from "./harness.js";
import { openInput } from "./tickets.js";

function msg(ticketId: number, text: string, extra: Partial<NewTicketMessage> = {}): NewTicketMessage {
  return {
    ticketId,
    direction: "user",
    authorKey: "telegram:1",
    authorName: "Ana",
    text,
    createdAt: T0,
    ...extra,
  };
}

export function ticketMessagesContract(h: Harness): void {
  describe("tickets: messages", () => {
    it("GIVEN messages with equal and out-of-order timestamps THEN the transcript is time then insertion order", async () => {
      const store = await h.open();
      const { ticket } = await store.tickets.openFor(openInput(1));
      const { ticket: other } = await store.tickets.openFor(openInput(2));
      await store.tickets.addMessage(msg(ticket.id, "b", { createdAt: T0 + 10 }));
      await store.tickets.addMessage(
        msg(ticket.id, "c", {
          createdAt: T0 + 10,
          direction: "staff",
          authorKey: "discord:alice",
          authorName: "Alice",
          anonymous: true,
          attachments: [
            { name: "radio.jpg", contentType: "image/jpeg", size: 2048, url: "https://x/radio.jpg" },
          ],
        }),
      );
      await store.tickets.addMessage(msg(ticket.id, "a", { createdAt: T0 + 5 }));
      await store.tickets.addMessage(msg(other.id, "elsewhere"));
      await store.tickets.addMessage(
        msg(ticket.id, "d", { createdAt: T0 + 11, direction: "note", authorKey: null }),
      );

      const transcript = await store.tickets.messages(ticket.id);
      expect(transcript.map((m) => m.text)).toEqual(["a", "b", "c", "d"]);
      expect(transcript[2]).toMatchObject({
        ticketId: ticket.id,
        direction: "staff",
        anonymous: true,
        attachments: [
          { name: "radio.jpg", contentType: "image/jpeg", size: 2048, url: "https://x/radio.jpg" },
        ],
      });
      expect(transcript[0]).toMatchObject({ anonymous: false, attachments: [], createdAt: T0 + 5 });
      expect((await store.tickets.get(ticket.id))?.updatedAt).toBe(T0 + 11);
    });

    it("GIVEN a message for a ticket that does not exist THEN it is rejected", async () => {
      const store = await h.open();
      await expect(store.tickets.addMessage(msg(123_456, "orphan"))).rejects.toThrow();
    });

    it("GIVEN anonymise THEN the user's words and identity are gone, open tickets closed, staff replies kept", async () => {
      const store = await h.open();
      const gone = await store.tickets.openFor(
        openInput(1, { subject: "my VIN is …", context: { vin: "X" } }),
      );
      await store.tickets.addMessage(msg(gone.ticket.id, "my precode is V123"));
      await store.tickets.close(gone.ticket.id, { by: "discord:alice", at: T0 + 1 });
      const open = await store.tickets.openFor(openInput(1, { at: T0 + 2 }));
      await store.tickets.addMessage(msg(open.ticket.id, "still locked", { createdAt: T0 + 3 }));
      await store.tickets.addMessage(
        msg(open.ticket.id, "Try 1234", {
          direction: "staff",
          authorKey: "discord:alice",
          authorName: "Alice",
          createdAt: T0 + 4,
        }),
      );
      await store.tickets.addMessage(
        msg(open.ticket.id, "relayed", { authorKey: null, authorName: null, createdAt: T0 + 5 }),
      );
      const bystander = await store.tickets.openFor(openInput(2));
      await store.tickets.addMessage(msg(bystander.ticket.id, "not me", { authorKey: "telegram:2" }));

      const result = await store.tickets.anonymise("telegram:1", T0 + 50);
      expect(result).toEqual({ tickets: 2, messages: 3, closedTicketIds: [open.ticket.id] });

      expect(await store.tickets.findOpenByUser("telegram:1")).toBeNull();
      const closed = await store.tickets.get(open.ticket.id);
      expect(closed).toMatchObject({ status: "closed", closedBy: FORGET_CLOSER, closedAt: T0 + 50 });
      for (const id of [gone.ticket.id, open.ticket.id]) {
        expect(await store.tickets.get(id)).toMatchObject({
          userKey: null,
          conversation: null,
          subject: null,
          context: {},
        });
      }
      const transcript = await store.tickets.messages(open.ticket.id);
      expect(transcript.map((m) => [m.direction, m.text, m.authorKey])).toEqual([
        ["user", "", null],
        ["staff", "Try 1234", "discord:alice"],
        ["user", "", null],
      ]);
      expect((await store.tickets.messages(bystander.ticket.id))[0]?.text).toBe("not me");
      expect((await store.tickets.findOpenByUser("telegram:2"))?.id).toBe(bystander.ticket.id);
      expect(await store.tickets.reopen(open.ticket.id)).toMatchObject({ code: "ticket.anonymised" });
      // The user may come back later: a fresh ticket, unrelated to the erased ones.
      expect((await store.tickets.openFor(openInput(1))).created).toBe(true);
    });

    it("GIVEN purgeClosedBefore THEN only tickets closed before the cut-off go, with their messages", async () => {
      const store = await h.open();
      const old = (await store.tickets.openFor(openInput(1))).ticket;
      await store.tickets.addMessage(msg(old.id, "old"));
      await store.tickets.close(old.id, { by: "x", at: T0 + 100 });
      const recent = (await store.tickets.openFor(openInput(2))).ticket;
      await store.tickets.close(recent.id, { by: "x", at: T0 + 300 });
      const stillOpen = (await store.tickets.openFor(openInput(3))).ticket;

      expect(await store.tickets.purgeClosedBefore(T0 + 200)).toBe(1);
      expect(await store.tickets.get(old.id)).toBeNull();
      expect(await store.tickets.messages(old.id)).toEqual([]);
      expect(await store.tickets.get(recent.id)).not.toBeNull();
      expect(await store.tickets.get(stillOpen.id)).not.toBeNull();
      expect(await store.tickets.purgeClosedBefore(T0 + 200)).toBe(0);
      expect(await store.tickets.countOpen()).toBe(1);
    });
  });
}
