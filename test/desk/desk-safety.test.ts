import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKENDS, createHarness, dropSchemas, type Harness, text } from "./harness.js";

afterAll(dropSchemas);

describe.each(BACKENDS)("support desk: blocks, staff checks, failures, privacy (%s)", (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(backend);
  });
  afterEach(async () => {
    await h.close();
  });

  /** Opens a ticket for user 42 and returns its thread id. */
  async function openTicket(message = "My radio says ERROR") {
    const reply = await h.bot.runText(`/support ${message}`, h.user());
    const ticket = await h.store.tickets.findOpenByUser("telegram:42");
    return { reply, ticket, threadId: ticket?.deskThreadId ?? "" };
  }

  it("GIVEN /block THEN the user's messages are refused and not relayed; /unblock lets them through", async () => {
    const { threadId } = await openTicket();
    const blocked = await h.bot.runText("/block 1d", h.staff(threadId));
    expect(blocked?.outcome).toBe("support.blocked");
    expect(text(blocked)).toContain("2026-11-25 10:00 UTC");
    const before = h.channel.postsIn(threadId).length;
    const refused = await h.bot.runText("hello?", h.user());
    expect(refused?.outcome).toBe("support.blocked");
    expect(h.channel.postsIn(threadId)).toHaveLength(before);
    expect((await h.bot.runText("/support again", h.user()))?.outcome).toBe("support.blocked");

    expect((await h.bot.runText("/unblock", h.staff(threadId)))?.outcome).toBe("support.unblocked");
    await h.bot.runText("hello again", h.user());
    expect(h.channel.postsIn(threadId).at(-1)?.text).toBe("hello again");
    expect((await h.bot.runText("/block forever", h.staff(threadId)))?.outcome).toBe("support.blocked");
    expect((await h.bot.runText("/block soon", h.staff(threadId)))?.outcome).toBe("support.bad-duration");
  });

  it("GIVEN a non-staff user THEN staff commands are denied and change nothing", async () => {
    const { threadId, ticket } = await openTicket();
    const { staff: _unset, ...noStaffFlag } = h.staff(threadId);
    for (const ctx of [h.staff(threadId, { staff: false }), noStaffFlag]) {
      const denied = await h.bot.runText("/close", ctx);
      expect(denied?.outcome).toBe("command.denied");
      expect(text(denied)).toContain("Only support staff can use /close");
    }
    const viaOption = await h.bot.runCommand("reply", { text: "hi" }, h.user());
    expect(viaOption.outcome).toBe("command.denied");
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.status).toBe("open");
    expect(h.messenger.sent).toHaveLength(0);
  });

  it("GIVEN a staff command outside a ticket thread THEN it says so", async () => {
    const answer = await h.bot.runText("/reply hello", h.staff("fake:somewhere-else"));
    expect(answer?.outcome).toBe("support.not-a-ticket");
  });

  it("GIVEN the user cannot be reached THEN staff are told in the thread", async () => {
    const { threadId } = await openTicket();
    h.messenger.unreachable.add("telegram:42");
    const outcome = await h.desk.onStaffMessage({
      threadId,
      staff: { key: "discord:1", name: "Alice" },
      text: "Are you there?",
      verifiedStaff: true,
    });
    expect(outcome).toBe("unreachable");
    const note = h.channel.postsIn(threadId).at(-1);
    expect(note).toMatchObject({ kind: "note", event: "unreachable" });
    expect(note?.text).toContain("cannot be reached");
    const viaCommand = await h.bot.runText("/reply hello?", h.staff(threadId));
    expect(viaCommand?.outcome).toBe("support.unreachable");
    expect(text(viaCommand)).toContain("cannot be reached");
  });

  it("GIVEN staff deleted the thread THEN it is recreated with a 'recreated' header and the message re-posted", async () => {
    const { threadId, ticket } = await openTicket("first message");
    h.channel.deleted.add(threadId);
    await h.bot.runText("are you there?", h.user());

    expect(h.channel.headers).toHaveLength(2);
    expect(h.channel.headers[1]?.recreated).toBe(true);
    expect(h.channel.headers[1]?.lines[0]).toContain("replaces one that was deleted");
    const rebound = await h.store.tickets.get(ticket?.id ?? 0);
    expect(rebound?.deskThreadId).not.toBe(threadId);
    const posts = h.channel.postsIn(rebound?.deskThreadId);
    expect(posts[0]?.kind).toBe("transcript");
    expect(posts.at(-1)?.text).toBe("are you there?");
    // Staff in the new thread reach the user.
    const outcome = await h.desk.onStaffMessage({
      threadId: rebound?.deskThreadId ?? "",
      staff: { key: "discord:1", name: "Alice" },
      text: "Yes!",
      verifiedStaff: true,
    });
    expect(outcome).toBe("relayed");
  });

  it("GIVEN /forget THEN ticket, messages, reminders and profile are deleted and the desk thread too", async () => {
    const { threadId, ticket } = await openTicket("my phone is 0612345678");
    await h.bot.runAction("lo.w:1.V284", h.user());
    expect(await h.store.reminders.countPending()).toBe(1);

    const ask = await h.bot.runText("/forget", h.user());
    expect(ask?.actions.map((a) => a.id)).toEqual(["fg.y"]);
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.status).toBe("open");
    const done = await h.bot.runAction("fg.y", h.user());
    expect(done.outcome).toBe("forget.done");

    expect(await h.store.tickets.get(ticket?.id ?? 0)).toBeNull();
    expect(await h.store.tickets.messages(ticket?.id ?? 0)).toEqual([]);
    expect(await h.store.reminders.countPending()).toBe(0);
    expect(await h.store.profiles.get("telegram:42")).toBeNull();
    expect(JSON.stringify(await h.store.privacy.exportUser("telegram:42"))).not.toContain("0612345678");
    expect(h.channel.deleted.has(threadId ?? "")).toBe(true);
    const staffTry = await h.bot.runText("/reply hello", h.staff(threadId));
    expect(staffTry?.outcome).not.toBe("support.replied");
  });

  it("GIVEN the desk refuses to delete the thread THEN staff are told there what to delete by hand", async () => {
    const { threadId } = await openTicket("my phone is 0612345678");
    h.channel.eraseRefusal = "not enough rights to delete topic";
    await h.bot.runAction("fg.y", h.user());
    const note = h.channel.postsIn(threadId).at(-1);
    expect(note).toMatchObject({ kind: "note", event: "forgotten" });
    expect(note?.kind === "note" ? note.text : "").toContain("not enough rights to delete topic");
    expect(h.channel.deleted.has(threadId ?? "")).toBe(false);
  });

  it("GIVEN /mydata THEN a JSON file with the profile, tickets and their messages, and reminders", async () => {
    await openTicket("my phone is 0612345678");
    await h.bot.runAction("lo.w:1.V284", h.user());
    const reply = await h.bot.runText("/mydata", h.user());
    expect(reply?.outcome).toBe("mydata.ok");
    const file = reply?.attachments?.[0];
    expect(file?.contentType).toBe("application/json");
    const data = JSON.parse(new TextDecoder().decode(file?.data)) as Record<string, unknown>;
    const text = JSON.stringify(data);
    expect(data.user).toBe("telegram:42");
    expect(text).toContain("0612345678");
    expect(text).toContain("V284");
  });

  it("GIVEN closed tickets THEN they are purged only after the retention period", async () => {
    const { threadId, ticket } = await openTicket();
    await h.bot.runText("/close", h.staff(threadId));
    expect(await h.desk.purgeExpired(h.clock.now + 89 * 86_400_000, 90)).toBe(0);
    expect(await h.store.tickets.get(ticket?.id ?? 0)).not.toBeNull();
    expect(await h.desk.purgeExpired(h.clock.now + 91 * 86_400_000, 90)).toBe(1);
    expect(await h.store.tickets.get(ticket?.id ?? 0)).toBeNull();
  });
});
