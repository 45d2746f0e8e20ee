import { describe, expect, it } from "vitest";
import { type Harness, T0 } from "./harness.js";

export function limitsContract(h: Harness): void {
  describe("limits", () => {
    it("GIVEN hits in one window THEN counts 1, 2, 3…; a new window starts again at 1; no user id stored", async () => {
      const store = await h.open();
      const counts = [];
      for (let i = 0; i < 3; i += 1)
        counts.push(await store.limits.hit("msg", "telegram:123456789", 60_000, T0 + i));
      expect(counts).toEqual([1, 2, 3]);
      expect(await store.limits.hit("msg", "telegram:123456789", 60_000, T0 + 60_000)).toBe(1);
      expect(await store.limits.hit("photo", "telegram:123456789", 60_000, T0)).toBe(1);
      const exported = JSON.stringify(await store.privacy.exportUser("telegram:123456789"));
      expect(exported).not.toContain("rate"); // counters are not personal data: hashed keys only
    });

    it("GIVEN 30 concurrent hits from two instances THEN every count 1…30 is seen exactly once", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const counts = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          (i % 2 ? other : store).limits.hit("msg", "discord:9", 60_000, T0),
        ),
      );
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    });

    it("GIVEN purgeBefore THEN only windows that started earlier are gone", async () => {
      const store = await h.open();
      await store.limits.hit("msg", "telegram:1", 60_000, T0);
      await store.limits.hit("msg", "telegram:1", 60_000, T0 + 120_000);
      expect(await store.limits.purgeBefore(T0 + 60_000)).toBe(1);
      expect(await store.limits.hit("msg", "telegram:1", 60_000, T0 + 120_000)).toBe(2);
    });
  });
}

export function privacyContract(h: Harness): void {
  describe("privacy (erase and export)", () => {
    async function seed(userKey: string) {
      const store = await h.open();
      await store.profiles.update(
        userKey,
        {
          displayName: "Zebediah",
          lastPrecode: "V284",
          lastPin: "4727",
          conversationLocale: "ro",
          lastTopic: "steering-wheel-entry",
          lastTopicAt: T0,
        },
        T0,
      );
      const { ticket } = await store.tickets.openFor({
        userKey,
        platform: "telegram",
        conversation: `telegram:${userKey.split(":")[1]}`,
        locale: "en",
        at: T0,
      });
      await store.tickets.setDeskThread(ticket.id, "telegram:-1009:77", T0);
      await store.tickets.addMessage({
        ticketId: ticket.id,
        direction: "user",
        authorKey: userKey,
        authorName: "Zebediah",
        text: "radio zqxplonk",
        createdAt: T0,
      });
      await store.tickets.addMessage({
        ticketId: ticket.id,
        direction: "staff",
        authorKey: "discord:staff",
        authorName: "Alice",
        text: "Hi Zebediah",
        createdAt: T0 + 1,
      });
      const reminder = await store.reminders.schedule({
        userKey,
        platform: "telegram",
        conversation: "telegram:5",
        locale: "en",
        dueAt: T0 + 60_000,
        kind: "lockout",
        payload: { precode: "V284" },
        at: T0,
      });
      return { store, ticket, reminder };
    }

    it("GIVEN a user with profile, ticket, messages and reminders THEN export has them all", async () => {
      const { store } = await seed("telegram:5");
      const text = JSON.stringify(await store.privacy.exportUser("telegram:5"));
      for (const s of [
        "Zebediah",
        "V284",
        "4727",
        "zqxplonk",
        "Hi Zebediah",
        "lockout",
        "steering-wheel-entry",
        '"ro"',
      ])
        expect(text).toContain(s);
    });

    it("GIVEN eraseUser THEN profile, tickets, every message of them and reminders (any state) are deleted; others untouched", async () => {
      const { store, ticket, reminder } = await seed("telegram:5");
      const other = await store.tickets.openFor({
        userKey: "telegram:6",
        platform: "telegram",
        conversation: "telegram:6",
        locale: "en",
        at: T0,
      });
      await store.reminders.markSent(reminder, T0 + 1);
      const erased = await store.privacy.eraseUser("telegram:5");
      expect(erased).toMatchObject({
        profile: true,
        tickets: 1,
        messages: 2,
        reminders: 1,
        deskThreads: ["telegram:-1009:77"],
        logMessages: [],
      });
      expect(await store.profiles.get("telegram:5")).toBeNull();
      expect(await store.tickets.get(ticket.id)).toBeNull();
      expect(await store.tickets.messages(ticket.id)).toEqual([]);
      expect(await store.reminders.get(reminder)).toBeNull();
      expect(await store.tickets.get(other.ticket.id)).not.toBeNull();
      const after = JSON.stringify(await store.privacy.exportUser("telegram:5"));
      for (const s of ["Zebediah", "V284", "zqxplonk"]) expect(after).not.toContain(s);
      // Idempotent: nothing left to erase.
      expect(await store.privacy.eraseUser("telegram:5")).toMatchObject({
        profile: false,
        tickets: 0,
        messages: 0,
      });
    });

    it("GIVEN transcripts in the log channel THEN eraseUser returns the user's sent ones and deletes them (pending ones too); another user's untouched", async () => {
      const store = await h.open();
      const transcript = (conversation: string, userKey: string, ticketId: number) => ({
        platform: "telegram",
        conversation,
        userKey,
        kind: "transcript",
        payload: { method: "sendDocument", params: { chat_id: -1005, caption: "Ticket #" } },
        meta: { transcriptOf: ticketId },
      });
      await store.outbox.enqueue(
        [
          transcript("telegram:-1005", "telegram:5", 11),
          transcript("telegram:-1005", "telegram:6", 12),
          transcript("telegram:-1006", "telegram:5", 13),
        ],
        { at: T0 },
      );
      const claimed = await store.outbox.claim({
        now: T0,
        limit: 10,
        owner: "a",
        platforms: ["telegram"],
        leaseMs: 30_000,
      });
      // Both heads are claimed (-1005's first row, -1006's only row); -1006's stays pending.
      const byTicket = new Map(claimed.map((r) => [r.meta?.transcriptOf, r]));
      await store.outbox.markSent(byTicket.get(11)?.id ?? 0, "501", T0 + 1);
      const [next] = await store.outbox.claim({
        now: T0 + 2,
        limit: 10,
        owner: "a",
        platforms: ["telegram"],
        leaseMs: 30_000,
      });
      expect(next?.meta).toEqual({ transcriptOf: 12 });
      await store.outbox.markSent(next?.id ?? 0, "502", T0 + 3);

      const erased = await store.privacy.eraseUser("telegram:5");
      expect(erased.logMessages).toEqual([
        { platform: "telegram", conversation: "telegram:-1005", messageId: "501", ticketId: 11 },
      ]);
      expect(erased.outbox).toBe(2); // the sent transcript and the pending one (never sent)
      expect((await store.outbox.stats(T0 + 4)).pending).toBe(0);
      expect((await store.privacy.eraseUser("telegram:5")).logMessages).toEqual([]);
      // Another user's transcript stays, and is theirs to erase.
      expect((await store.privacy.eraseUser("telegram:6")).logMessages).toEqual([
        { platform: "telegram", conversation: "telegram:-1005", messageId: "502", ticketId: 12 },
      ]);
    });

    it("GIVEN finished reminders older than the retention THEN they are purged, pending ones kept", async () => {
      const { store, reminder } = await seed("telegram:7");
      await store.reminders.markSent(reminder, T0 + 1);
      expect(await store.privacy.purgeFinishedReminders(T0)).toBe(0);
      expect(await store.privacy.purgeFinishedReminders(Date.now() + 1)).toBe(1);
    });

    it("GIVEN idle profiles THEN those without an open ticket or pending reminder are purged", async () => {
      const { store, ticket, reminder } = await seed("telegram:9");
      await store.profiles.update("telegram:10", { locale: "fr" }, T0);
      await store.profiles.update("telegram:11", { locale: "de" }, T0 + 10_000);
      // Before the cut-off: nothing. After it: the idle one only (9 has a ticket and a reminder).
      expect(await store.privacy.purgeIdleProfiles(T0)).toBe(0);
      expect(await store.privacy.purgeIdleProfiles(T0 + 5_000)).toBe(1);
      expect(await store.profiles.get("telegram:10")).toBeNull();
      expect(await store.profiles.get("telegram:11")).not.toBeNull();
      expect(await store.profiles.get("telegram:9")).not.toBeNull();
      // Ticket closed: the pending reminder still keeps the profile; once it is sent, it goes.
      await store.tickets.close(ticket.id, { by: "staff", at: T0 + 1 });
      expect(await store.privacy.purgeIdleProfiles(T0 + 5_000)).toBe(0);
      await store.reminders.markSent(reminder, T0 + 2);
      expect(await store.privacy.purgeIdleProfiles(T0 + 5_000)).toBe(1);
      expect(await store.profiles.get("telegram:9")).toBeNull();
    });
  });
}

export function hostileTextContract(h: Harness): void {
  describe("hostile text", () => {
    it("GIVEN NUL and control characters in a staff name and message THEN stored cleaned (PostgreSQL accepts it)", async () => {
      const store = await h.open();
      const { ticket } = await store.tickets.openFor({
        userKey: "telegram:8",
        platform: "telegram",
        conversation: "telegram:8",
        locale: "en",
        at: T0,
      });
      const saved = await store.tickets.addMessage({
        ticketId: ticket.id,
        direction: "staff",
        authorKey: "telegram:9",
        authorName: "Al\u0000ice\u202E",
        text: "hello\u0000 there\u001b[2J",
        createdAt: T0,
      });
      expect(saved).toMatchObject({ authorName: "Alice", text: "hello there[2J" });
    });
  });
}
