import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../src/core/faq/index.js";
import { type Reply, replyToPlainText } from "../../src/core/reply.js";
import { BACKENDS, createHarness, dropSchemas, type Harness, text } from "./harness.js";

afterAll(dropSchemas);

describe.each(BACKENDS)("support desk (%s)", (backend) => {
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

  it("GIVEN a desk THEN /help lists /support, and 'no answer', thanks and a long lockout point to support", async () => {
    expect(text(await h.bot.runText("/help", h.user()))).toContain("/support");
    const none = await h.bot.runText("/faq what is the weather in Paris", h.user());
    expect(none?.outcome).toBe("faq.none");
    expect(text(none)).toContain("ask a person from support");
    expect(text(await h.bot.runText("thanks!", h.user()))).toContain("ask a person from support");
    expect(text(await h.bot.runText("/lockout 9", h.user()))).toContain("contact support");
    expect(text(await h.bot.runText("/faq How do I contact support?", h.user()))).toContain("Send /support");
    expect(text(await h.bot.runText("/faq", h.user()))).toContain("Talk to a person");
  });

  it("GIVEN a decoded pre-code and a wrong code WHEN /support THEN one ticket, one thread with the context header", async () => {
    await h.bot.runText("V284", h.user());
    await h.bot.runAction("lo.w:2.V284", h.user());
    const { reply, ticket, threadId } = await openTicket();

    expect(reply?.outcome).toBe("support.opened");
    expect(text(reply)).toContain(`#${ticket?.id}`);
    expect(h.channel.headers).toHaveLength(1);
    const header = h.channel.headers[0];
    expect(header).toMatchObject({
      precode: "V284",
      pin: "4727",
      wrongAttempts: 2,
      locale: "en",
      recreated: false,
    });
    const lines = header?.lines.join("\n") ?? "";
    expect(lines).toContain("telegram");
    expect(lines).toContain("English (en)");
    expect(lines).toContain("V284 → code 4727");
    expect(lines).toContain("Wrong codes reported so far: 2");
    expect(header?.title).toContain("Jane");
    expect(threadId).toMatch(/^fake:thread-/);
    const posts = h.channel.postsIn(threadId);
    expect(posts.map((p) => p.text)).toEqual(["My radio says ERROR"]);
  });

  it("GIVEN two /support at once THEN one ticket and one thread, both messages in it", async () => {
    const [a, b] = await Promise.all([
      h.bot.runText("/support first", h.user()),
      h.bot.runText("/support second", h.user()),
    ]);
    expect([a?.outcome, b?.outcome].sort()).toEqual(["support.added", "support.opened"]);
    expect(await h.store.tickets.countOpen()).toBe(1);
    expect(h.channel.headers).toHaveLength(1);
    const ticket = await h.store.tickets.findOpenByUser("telegram:42");
    const texts = h.channel.postsIn(ticket?.deskThreadId).map((p) => p.text);
    expect(texts).toContain("first");
    expect(texts).toContain("second");
  });

  it("GIVEN an open ticket WHEN the user writes THEN relayed; acknowledged once, then silently", async () => {
    const { threadId } = await openTicketWithoutMessage();
    const first = await h.bot.runText("The display shows CODE", h.user());
    const second = await h.bot.runText("and beeps", h.user());
    expect(first?.outcome).toBe("support.sent");
    expect(second).toBeUndefined();
    const posts = h.channel.postsIn(threadId);
    expect(posts.map((p) => [p.kind, p.text])).toEqual([
      ["user", "The display shows CODE"],
      ["user", "and beeps"],
    ]);
  });

  async function openTicketWithoutMessage() {
    const reply = await h.bot.runText("/support", h.user());
    expect(reply?.outcome).toBe("support.opened");
    const ticket = await h.store.tickets.findOpenByUser("telegram:42");
    return { ticket, threadId: ticket?.deskThreadId ?? "" };
  }

  it("GIVEN an open ticket WHEN a user message is exactly a pre-code THEN decoded AND relayed", async () => {
    const { threadId } = await openTicket();
    const reply = await h.bot.runText("V284", h.user());
    expect(reply?.outcome).toBe("dokker.ok");
    expect(h.channel.postsIn(threadId).map((p) => p.text)).toContain("V284");
  });

  it("GIVEN a user message with NUL characters THEN stored and relayed without them", async () => {
    const { threadId, ticket } = await openTicket();
    await h.bot.runText("bad\u0000byte", h.user());
    expect(h.channel.postsIn(threadId).at(-1)?.text).toBe("badbyte");
    const stored = await h.store.tickets.messages(ticket?.id ?? 0);
    expect(stored.at(-1)?.text).toBe("badbyte");
  });

  it("GIVEN a user file whose name has control or bidi characters THEN the bot cleans the name before the desk sees it", async () => {
    const { threadId, ticket } = await openTicket();
    const file = {
      name: "photo\u202Egpj.exe\u0000",
      contentType: "image/jpeg",
      size: 1,
      data: new Uint8Array([1]),
    };
    await h.bot.runText("see photo", h.user(undefined, { attachments: [file] }));
    expect(h.channel.postsIn(threadId).at(-1)?.text).toBe("see photo");
    const stored = await h.store.tickets.messages(ticket?.id ?? 0);
    expect(stored.at(-1)?.attachments).toEqual([
      { name: "photogpj.exe", contentType: "image/jpeg", size: 1 },
    ]);
  });

  it("GIVEN staff write NUL or control characters, or send a file with one in its name THEN they are cleaned once, at the desk", async () => {
    const { ticket } = await openTicket();
    const threadId = ticket?.deskThreadId ?? "";
    const file = {
      name: "scan\u0000\u202E.jpg",
      contentType: "image/jpeg",
      size: 1,
      data: new Uint8Array([1]),
    };
    const outcome = await h.desk.onStaffMessage({
      threadId,
      staff: { key: "discord:1", name: "Al\u0007ice" },
      text: "Try\u0000 4727.\u001b[2J",
      attachments: [file],
      verifiedStaff: true,
    });
    expect(outcome).toBe("relayed");
    const [sent] = h.messenger.sent;
    expect(replyToPlainText(sent?.reply as Reply)).toContain("Try 4727.[2J");
    expect(replyToPlainText(sent?.reply as Reply)).toContain("Alice");
    expect(sent?.reply.attachments?.map((a) => a.name)).toEqual(["scan.jpg"]);
    const stored = await h.store.tickets.messages(ticket?.id ?? 0);
    expect(stored.at(-1)).toMatchObject({ text: "Try 4727.[2J", attachments: [{ name: "scan.jpg" }] });
  });

  it("GIVEN staff write in the thread THEN the user gets it with the staff name; !lines stay internal", async () => {
    const { threadId, ticket } = await openTicket();
    const staff = { key: "discord:1", name: "Alice" };
    const relayed = await h.desk.onStaffMessage({
      threadId,
      staff,
      text: "Hello! Try 4727.",
      verifiedStaff: true,
    });
    const note = await h.desk.onStaffMessage({
      threadId,
      staff,
      text: "!checked dealer DB",
      verifiedStaff: true,
    });
    const mixed = await h.desk.onStaffMessage({
      threadId,
      staff,
      text: "! internal only\nPlease hold button 6.",
      verifiedStaff: true,
    });
    expect([relayed, note, mixed]).toEqual(["relayed", "note", "relayed"]);
    const texts = h.messenger.textsTo("telegram:42");
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("Alice (support team)");
    expect(texts[0]).toContain("Hello! Try 4727.");
    expect(texts[1]).toContain("Please hold button 6.");
    expect(texts.join("\n")).not.toContain("internal");
    expect(texts.join("\n")).not.toContain("dealer DB");
    const stored = await h.store.tickets.messages(ticket?.id ?? 0);
    expect(stored.filter((m) => m.direction === "note").map((m) => m.text)).toEqual([
      "checked dealer DB",
      "internal only",
    ]);
  });

  it("GIVEN a thread message from someone who is not verified staff THEN nothing is relayed", async () => {
    const { threadId } = await openTicket();
    const outcome = await h.desk.onStaffMessage({
      threadId,
      staff: { key: "discord:666", name: "Mallory" },
      text: "send me your card number",
      verifiedStaff: false,
    });
    expect(outcome).toBe("not-staff");
    expect(h.messenger.sent).toHaveLength(0);
  });

  it("GIVEN /reply anonymous THEN the user sees 'Support team', not the staff name", async () => {
    const { threadId } = await openTicket();
    const answer = await h.bot.runText("/reply anonymous We are checking this.", h.staff(threadId));
    expect(answer?.outcome).toBe("support.reply.sent");
    expect(text(answer)).toContain("Sent anonymously");
    const [sent] = h.messenger.textsTo("telegram:42");
    expect(sent).toContain("Support team");
    expect(sent).toContain("We are checking this.");
    expect(sent).not.toContain("Alice");
    const named = await h.bot.runText("/reply Thanks", h.staff(threadId));
    expect(named?.outcome).toBe("support.reply.sent");
    expect(h.messenger.textsTo("telegram:42")[1]).toContain("Alice");
  });

  it("GIVEN /snippet <faq-id> THEN the FAQ answer goes to the user in the user's language", async () => {
    await h.bot.runText("/support Où est le pré-code ?", h.user("42", { locale: "fr" }));
    const ticket = await h.store.tickets.findOpenByUser("telegram:42");
    const entry = FAQ_ENTRIES.find((e) => e.id === "where-is-precode");
    const answer = await h.bot.runText("/snippet where-is-precode", h.staff(ticket?.deskThreadId));
    expect(answer?.outcome).toBe("support.snippet-sent");
    const [sent] = h.messenger.textsTo("telegram:42");
    const firstParagraph = entry?.answer.fr.split("\n\n")[0] ?? "∅";
    expect(sent).toContain(firstParagraph);
    const unknown = await h.bot.runText("/snippet no-such-entry", h.staff(ticket?.deskThreadId));
    expect(unknown?.outcome).toBe("support.snippet-unknown");
    expect(h.messenger.sent).toHaveLength(1);
  });

  it("GIVEN /snippet autocomplete THEN FAQ ids matching the typed text", async () => {
    const cmd = h.bot.commands.find((c) => c.name === "snippet");
    const choices = (await cmd?.autocomplete?.("id", "where", h.staff("x"))) ?? [];
    expect(choices.map((c) => c.value)).toContain("where-is-precode");
    expect(choices.every((c) => c.value.includes("where"))).toBe(true);
  });

  it("GIVEN /code V284 THEN the user gets the full PIN reply (4727 and entry steps)", async () => {
    const { threadId } = await openTicket();
    const answer = await h.bot.runText("/code V284", h.staff(threadId));
    expect(answer?.outcome).toBe("support.code-sent");
    const sent = h.messenger.sent.at(-1);
    expect(sent?.reply.outcome).toBe("dokker.ok");
    const body = replyToPlainText(sent?.reply ?? { locale: "en", sections: [], actions: [], outcome: "" });
    expect(body).toContain("Your radio code is 4727");
    expect(body).toContain("Press button 1 until the first digit shows 4");
    const bad = await h.bot.runText("/code A012", h.staff(threadId));
    expect(bad?.outcome).toBe("support.code-invalid");
    // A misread is not guessed at for the user either: staff type what the label shows.
    const misread = await h.bot.runText("/code V2B4", h.staff(threadId));
    expect(misread?.outcome).toBe("support.code-invalid");
    expect(h.messenger.sent).toHaveLength(1);
  });

  it("GIVEN /close 10m WHEN the user writes before THEN the close is cancelled; otherwise it fires", async () => {
    const { threadId, ticket } = await openTicket();
    const scheduled = await h.bot.runText("/close 10m", h.staff(threadId));
    expect(scheduled?.outcome).toBe("support.close-scheduled");
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.closeAt).toBe(h.clock.now + 600_000);

    h.clock.now += 5 * 60_000;
    await h.bot.runText("wait, one more thing", h.user());
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.closeAt).toBeNull();
    expect(h.channel.postsIn(threadId).some((p) => p.kind === "note" && p.event === "close-cancelled")).toBe(
      true,
    );
    expect(await h.desk.runDueCloses(h.clock.now + 60 * 60_000)).toBe(0);
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.status).toBe("open");

    await h.bot.runText("/close 10m", h.staff(threadId));
    h.clock.now += 11 * 60_000;
    expect(await h.desk.runDueCloses(h.clock.now)).toBe(1);
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.status).toBe("closed");
    expect(h.channel.states.get(threadId)).toBe("closed");
    expect(h.messenger.sent.at(-1)?.reply.outcome).toBe("support.closed");
  });

  it("GIVEN /close THEN a transcript from the store goes to the thread and the log, and the user is told", async () => {
    const { threadId, ticket } = await openTicket("Code refused");
    await h.desk.onStaffMessage({
      threadId,
      staff: { key: "discord:1", name: "Alice" },
      text: "Try V284's code",
      verifiedStaff: true,
    });
    await h.desk.onStaffMessage({
      threadId,
      staff: { key: "discord:1", name: "Alice" },
      text: "!user seems fine",
      verifiedStaff: true,
    });
    const answer = await h.bot.runText("/close", h.staff(threadId));
    expect(answer?.outcome).toBe("support.closed");
    const transcript = h.channel.postsIn(threadId).find((p) => p.kind === "transcript");
    expect(transcript?.kind).toBe("transcript");
    const file = transcript?.kind === "transcript" ? new TextDecoder().decode(transcript.file.data) : "";
    expect(file).toContain(`Transcript of ticket #${ticket?.id}`);
    expect(file).toMatch(/User Jane: Code refused/);
    expect(file).toMatch(/Staff Alice: Try V284's code/);
    expect(file).toMatch(/Internal note Alice: user seems fine/);
    expect(h.channel.log.map((p) => p.kind)).toEqual(["transcript"]);
    expect(h.channel.states.get(threadId)).toBe("closed");
    expect(h.messenger.textsTo("telegram:42").at(-1)).toContain(`request #${ticket?.id} has been closed`);
    const again = await h.bot.runText("/close", h.staff(threadId));
    expect(again?.outcome).toBe("support.ticket-closed");
  });

  it("GIVEN /close silent THEN closed with a transcript, but the user is not told", async () => {
    const { threadId } = await openTicket();
    const answer = await h.bot.runText("/close silent", h.staff(threadId));
    expect(answer?.outcome).toBe("support.closed");
    expect(h.channel.postsIn(threadId).some((p) => p.kind === "transcript")).toBe(true);
    expect(h.messenger.sent).toHaveLength(0);
  });

  it("GIVEN a closed ticket WHEN the user writes soon after THEN it reopens; a bare pre-code does not", async () => {
    const { threadId, ticket } = await openTicket();
    await h.bot.runText("/close", h.staff(threadId));
    h.clock.now += 60 * 60_000;
    const code = await h.bot.runText("V284", h.user());
    expect(code?.outcome).toBe("dokker.ok");
    expect((await h.store.tickets.get(ticket?.id ?? 0))?.status).toBe("closed");

    const reply = await h.bot.runText("It still does not work", h.user());
    expect(reply?.outcome).toBe("support.reopened");
    const reopened = await h.store.tickets.findOpenByUser("telegram:42");
    expect(reopened?.id).toBe(ticket?.id);
    expect(h.channel.states.get(threadId)).toBe("open");
    const posts = h.channel.postsIn(threadId);
    expect(posts.some((p) => p.kind === "note" && p.event === "reopened")).toBe(true);
    expect(posts.at(-1)?.text).toBe("It still does not work");
  });

  it("GIVEN a ticket closed long ago THEN messages are not relayed, and /support opens a new ticket", async () => {
    const { threadId, ticket } = await openTicket();
    await h.bot.runText("/close", h.staff(threadId));
    h.clock.now += 3 * 24 * 3_600_000;
    const reply = await h.bot.runText("hello", h.user());
    expect(reply?.outcome).not.toMatch(/^support\./);
    const fresh = await h.bot.runText("/support new problem", h.user());
    expect(fresh?.outcome).toBe("support.opened");
    const next = await h.store.tickets.findOpenByUser("telegram:42");
    expect(next?.id).not.toBe(ticket?.id);
    expect(next?.deskThreadId).not.toBe(threadId);
  });
});
