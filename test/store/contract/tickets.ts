import { describe, expect, it } from "vitest";
import type { OpenTicketInput, Store } from "../../../src/store/index.js";
import { type Harness, T0, user } from "./harness.js";

export function openInput(n: number | string, extra: Partial<OpenTicketInput> = {}): OpenTicketInput {
  return { ...user(n), platform: "telegram", locale: "en", at: T0, ...extra };
}

async function closedAndOpen(store: Store, n: number) {
  const first = (await store.tickets.openFor(openInput(n))).ticket;
  await store.tickets.close(first.id, { by: "discord:staff", at: T0 + 1 });
  const second = (await store.tickets.openFor(openInput(n, { at: T0 + 2 }))).ticket;
  return { first, second };
}

export function ticketsContract(h: Harness): void {
  describe("tickets: lifecycle", () => {
    it("GIVEN openFor twice THEN the second call returns the same ticket, created=false", async () => {
      const store = await h.open();
      const a = await store.tickets.openFor(
        openInput(1, { subject: "PIN wrong", context: { precode: "V123", tries: [1, 2] } }),
      );
      expect(a.created).toBe(true);
      expect(a.ticket).toMatchObject({
        userKey: "telegram:1",
        conversation: "telegram:1",
        status: "open",
        subject: "PIN wrong",
        context: { precode: "V123", tries: [1, 2] },
        createdAt: T0,
        closeAt: null,
        closeSilent: false,
      });
      expect(typeof a.ticket.id).toBe("number");
      const b = await store.tickets.openFor(openInput(1, { subject: "other" }));
      expect(b).toEqual({ ticket: a.ticket, created: false });
      expect(await store.tickets.findOpenByUser("telegram:1")).toEqual(a.ticket);
      expect(await store.tickets.get(a.ticket.id)).toEqual(a.ticket);
      expect(await store.tickets.get(a.ticket.id + 1000)).toBeNull();
    });

    it("GIVEN 20 concurrent openFor for one user from two instances THEN exactly one ticket is created", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).tickets.openFor(openInput(7))),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
      expect(await store.tickets.countOpen()).toBe(1);
    });

    it("GIVEN close THEN it happens once, and the next openFor creates a new ticket", async () => {
      const store = await h.open();
      const { ticket } = await store.tickets.openFor(openInput(2));
      await store.tickets.scheduleClose(ticket.id, T0 + 500);
      const closed = await store.tickets.close(ticket.id, { by: "discord:staff", at: T0 + 100 });
      expect(closed).toMatchObject({
        status: "closed",
        closedAt: T0 + 100,
        closedBy: "discord:staff",
        closeAt: null,
      });
      expect(await store.tickets.close(ticket.id, { by: "system:auto", at: T0 + 200 })).toBeNull();
      expect(await store.tickets.countOpen()).toBe(0);
      const next = await store.tickets.openFor(openInput(2));
      expect(next.created).toBe(true);
      expect(next.ticket.id).not.toBe(ticket.id);
    });

    it("GIVEN a closed ticket and a newer open one THEN reopen fails cleanly with the other id", async () => {
      const store = await h.open();
      const { first, second } = await closedAndOpen(store, 3);
      const conflict = await store.tickets.reopen(first.id, T0 + 3);
      expect(conflict).toEqual({
        ok: false,
        code: "ticket.other-open",
        context: { ticketId: first.id, otherTicketId: second.id },
      });
      expect((await store.tickets.get(first.id))?.status).toBe("closed");
      expect(await store.tickets.reopen(second.id)).toMatchObject({ ok: false, code: "ticket.already-open" });
      expect(await store.tickets.reopen(second.id + 1000)).toMatchObject({
        ok: false,
        code: "ticket.not-found",
      });

      await store.tickets.close(second.id, { by: "discord:staff", at: T0 + 4 });
      const reopened = await store.tickets.reopen(first.id, T0 + 5);
      expect(reopened.ok && reopened.value).toMatchObject({ id: first.id, status: "open", closedAt: null });
      expect((await store.tickets.findOpenByUser("telegram:3"))?.id).toBe(first.id);
    });

    it("GIVEN two concurrent reopens of two closed tickets of one user THEN at most one succeeds", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const { first, second } = await closedAndOpen(store, 4);
      await store.tickets.close(second.id, { by: "x", at: T0 + 3 });
      const results = await Promise.all([store.tickets.reopen(first.id), other.tickets.reopen(second.id)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ code: "ticket.other-open" });
      expect(await store.tickets.countOpen()).toBe(1);
    });

    it("GIVEN a scheduled close THEN it is due only from its time, and cancelling removes it", async () => {
      const store = await h.open();
      const { ticket } = await store.tickets.openFor(openInput(5));
      const { ticket: loud } = await store.tickets.openFor(openInput(6));
      expect(await store.tickets.scheduleClose(ticket.id, T0 + 1000, { silent: true })).toBe(true);
      expect(await store.tickets.scheduleClose(loud.id, T0 + 500)).toBe(true);
      expect(await store.tickets.dueCloses(T0 + 499)).toEqual([]);
      const due = await store.tickets.dueCloses(T0 + 1000);
      expect(due.map((t) => [t.id, t.closeAt, t.closeSilent])).toEqual([
        [loud.id, T0 + 500, false],
        [ticket.id, T0 + 1000, true],
      ]);
      expect(await store.tickets.cancelScheduledClose(ticket.id)).toBe(true);
      expect(await store.tickets.cancelScheduledClose(ticket.id)).toBe(false);
      expect((await store.tickets.dueCloses(T0 + 10_000)).map((t) => t.id)).toEqual([loud.id]);
      await store.tickets.close(loud.id, { by: "system:auto-close", at: T0 + 600 });
      expect(await store.tickets.dueCloses(T0 + 10_000)).toEqual([]);
      expect(await store.tickets.scheduleClose(loud.id, T0 + 700)).toBe(false);
    });

    it("GIVEN a desk thread THEN the ticket is found by it", async () => {
      const store = await h.open();
      const { ticket } = await store.tickets.openFor(openInput(8));
      expect(await store.tickets.findByDeskThread("discord:500:600")).toBeNull();
      expect(await store.tickets.setDeskThread(ticket.id, "discord:500:600")).toBe(true);
      expect((await store.tickets.findByDeskThread("discord:500:600"))?.id).toBe(ticket.id);
      expect(await store.tickets.setDeskThread(ticket.id + 1000, "discord:1:2")).toBe(false);
    });

    it("GIVEN claims by two staff THEN the second is refused unless forced; closed tickets refuse", async () => {
      const store = await h.open();
      const { ticket } = await store.tickets.openFor(openInput(9));
      const a = await store.tickets.claim(ticket.id, "discord:alice", { at: T0 + 1 });
      expect(a.ok && a.value).toMatchObject({ claimedBy: "discord:alice", claimedAt: T0 + 1 });
      expect(await store.tickets.claim(ticket.id, "discord:alice")).toMatchObject({ ok: true });
      expect(await store.tickets.claim(ticket.id, "discord:bob")).toEqual({
        ok: false,
        code: "ticket.claimed-by-other",
        context: { ticketId: ticket.id, claimedBy: "discord:alice" },
      });
      const forced = await store.tickets.claim(ticket.id, "discord:bob", { force: true });
      expect(forced.ok && forced.value.claimedBy).toBe("discord:bob");
      await store.tickets.close(ticket.id, { by: "discord:bob" });
      expect(await store.tickets.claim(ticket.id, "discord:bob")).toMatchObject({ code: "ticket.closed" });
      expect(await store.tickets.claim(ticket.id + 1000, "discord:bob")).toMatchObject({
        code: "ticket.not-found",
      });
    });
  });
}
