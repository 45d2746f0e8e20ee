/**
 * Support desk on Discord, end to end: the WHOLE bot process (real discord.js client, SQLite file)
 * against the fake Discord, with SUPPORT_DESK=discord:<forum>. Users write in their DM with the
 * bot; staff work in forum posts. Tests run in order and share one ticket story (start-up costs a
 * few seconds); one test kills the process with SIGKILL and starts it again on the same database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../../src/core/faq/index.js";
import { type ApiUser, createFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../../support/spawn-bot.js";
import { desk as deskView, responseText, shown } from "./desk-helpers.js";

const TOKEN = "desk-e2e-discord-token.SECRET-0123456789";
let fake: FakeDiscord;
let bot: BotProcess;
let env: Record<string, string>;
let d: ReturnType<typeof deskView>;
let alice: ApiUser;
let bob: ApiUser;
let staff: ApiUser;
let mallory: ApiUser;
/** Alice's ticket post (replaced when staff delete it). */
let thread = "";

/** Every process started (the first one is killed with SIGKILL half-way). */
const processes: BotProcess[] = [];
const startBot = async () => {
  bot = await spawnBot(env);
  processes.push(bot);
  await bot.waitForLog((l) => l.msg === "discord ready");
};
const dm = (user: ApiUser, content: string, attachments?: { filename: string; data: Buffer }[]) =>
  fake.messageCreate({ dm: true, author: { id: user.id }, content, ...(attachments ? { attachments } : {}) });
const inThread = (user: ApiUser, content: string, attachments?: { filename: string; data: Buffer }[]) =>
  fake.messageCreate({
    channelId: thread,
    author: { id: user.id },
    content,
    ...(attachments ? { attachments } : {}),
  });
/** A slash command typed in Alice's post; resolves with the answer's text and flags. */
async function command(user: ApiUser, name: string, options: Record<string, string>, channelId = thread) {
  const { id } = fake.slashCommand({ name, options, channelId, user: { id: user.id } });
  const r = await fake.waitForResponse(id, (x) => x.kind !== "callback" || x.callbackType === 4, 8000);
  return { id, text: responseText(r), flags: r.flags };
}

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
  d = deskView(fake);
  alice = fake.addUser({ username: "alice", globalName: "Alice" });
  bob = fake.addUser({ username: "bob", globalName: "Bob" });
  staff = fake.defaults.staffUser;
  mallory = fake.defaults.user; // a member of the server without the staff role
  env = {
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API: fake.api,
    DATABASE_URL: tempDatabaseUrl(),
    SUPPORT_DESK: `discord:${fake.defaults.forumChannelId}`,
    STAFF_ROLE_ID: fake.defaults.staffRoleId,
    SUPPORT_LOG_CHANNEL: `discord:${fake.defaults.textChannelId}`,
  };
  await startBot();
}, 30_000);

afterAll(async () => {
  await bot?.stop("SIGKILL");
  await fake?.close();
});

describe("Discord support desk E2E (forum posts ↔ DMs)", () => {
  it("GIVEN a decoded V284 and 2 wrong codes WHEN /support in the DM THEN one Open post with the context header", async () => {
    await fake.waitForResponse(
      fake.slashCommand({ name: "dokker", options: { precode: "V284" }, dm: true, user: { id: alice.id } })
        .id,
    );
    await fake.waitForResponse(fake.button({ customId: "lo.w:2.V284", dm: true, user: { id: alice.id } }).id);
    const before = d.posts().length;
    dm(alice, "/support my radio says ERROR");
    thread = await d.newPost(before);
    await d.waitThread(thread, "my radio says ERROR");
    await d.waitDm(alice.id, "has been sent to our support team");
    expect(d.posts()).toHaveLength(before + 1);
    expect(d.tagsOf(thread)).toEqual([d.tags.open]);
    const header = d.threadText(thread).split("\n---\n")[0] ?? "";
    expect(header).toContain("· discord · Alice");
    expect(header).toContain("English (en)");
    expect(header).toContain("V284 → code 4727");
    expect(header).toContain("Wrong codes reported so far: 2");
    const create = fake.requests.find(
      (r) => r.method === "POST" && r.path === `/channels/${fake.defaults.forumChannelId}/threads`,
    );
    expect(
      (create?.body as { message?: { allowed_mentions?: unknown } } | undefined)?.message?.allowed_mentions,
    ).toEqual({
      parse: [],
    });
  });

  it("GIVEN the open ticket WHEN Alice writes markup and @everyone THEN relayed escaped, with no mentions", async () => {
    dm(alice, "The display shows **CODE** @everyone");
    await d.waitThread(thread, "The display shows **CODE** @everyone");
    const post = fake.requests
      .filter((r) => r.method === "POST" && r.path === `/channels/${thread}/messages`)
      .at(-1);
    const body = post?.body as { content: string; allowed_mentions: unknown };
    expect(body.content).toContain("\\*\\*CODE\\*\\*"); // shown literally, not bold
    expect(body.content).toContain("@\u200beveryone");
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN staff write in the post THEN the DM gets it (escaped, no mentions) and !lines stay internal", async () => {
    const seen = d.dmCount(alice.id);
    inThread(staff, "Hello! Try <@123456789012345678> **4727**\n!checked dealer DB");
    const m = await d.waitDm(alice.id, "staff (support team)", seen);
    expect(shown(m)).toContain("Try <@123456789012345678> **4727**");
    expect(JSON.stringify(m.embeds)).toContain("<@\u200b123456789012345678>");
    expect(d.dmText(alice.id)).not.toContain("dealer DB");
    const send = fake.requests
      .filter((r) => r.path === `/channels/${d.dmChannelId(alice.id)}/messages`)
      .at(-1);
    expect((send?.body as { allowed_mentions?: unknown } | undefined)?.allowed_mentions).toEqual({
      parse: [],
    });
  });

  it("GIVEN a member without the staff role THEN their post message is not relayed and their /reply is denied", async () => {
    const seen = d.dmCount(alice.id);
    const msg = inThread(mallory, "send me your card number");
    await fake.waitFor(
      () =>
        fake.requests.find(
          (r) =>
            r.method === "PUT" &&
            r.path.startsWith(`/channels/${thread}/messages/${String(msg.id)}/reactions/`),
        ),
      8000,
      "for the 🚫 reaction",
    );
    const denied = await command(mallory, "reply", { text: "hi from mallory" });
    expect(denied.text).toMatch(/Only support staff can use `?\/reply/);
    expect(d.dmCount(alice.id)).toBe(seen);
    expect(d.dmText(alice.id)).not.toMatch(/card number|mallory/);
  });

  it("GIVEN /reply anonymous, /code V284 THEN the user sees 'Support team' (no name) and the 4727 reply", async () => {
    const seen = d.dmCount(alice.id);
    const anon = await command(staff, "reply", { text: "anonymous We are checking this." });
    expect(anon.text).toContain("Sent anonymously: We are checking this.");
    expect(anon.flags & 64).toBe(0); // visible to colleagues in the post
    const m = await d.waitDm(alice.id, "We are checking this.", seen);
    expect(shown(m)).toContain("Support team");
    expect(shown(m)).not.toContain("staff");
    await command(staff, "code", { precode: "V284" });
    await d.waitDm(alice.id, "4727", seen + 1);
  });

  it("GIVEN files both ways THEN re-uploaded as files with the same bytes, never as links", async () => {
    const photo = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    dm(alice, "label photo", [{ filename: "label.jpg", data: photo }]);
    const up = await fake.waitFor(
      () => d.uploadsTo(thread).find((r) => r.files[0]?.filename === "label.jpg"),
      8000,
      "for the upload",
    );
    expect(up.files[0]?.data.equals(photo)).toBe(true);
    const manual = Buffer.from("PDF-1.4 manual bytes \u0000\u0001");
    inThread(staff, "here is the manual", [{ filename: "manual.pdf", data: manual }]);
    const dmId = d.dmChannelId(alice.id);
    const down = await fake.waitFor(
      () => d.uploadsTo(dmId).find((r) => r.files[0]?.filename === "manual.pdf"),
      8000,
      "for the DM upload",
    );
    expect(down.files[0]?.data.equals(manual)).toBe(true);
    expect(JSON.stringify([up.body, down.body])).not.toContain("/attachments/");
  });

  it("GIVEN a 9 MB photo alone in the DM (over the 8 MB relay cap) THEN 'too large' to the user and nothing relayed", async () => {
    const seen = d.dmCount(alice.id);
    const before = fake.channelMessages(thread).length;
    const fetched = fake.attachmentFetches().length;
    const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    fake.messageCreate({
      dm: true,
      author: { id: alice.id },
      content: "",
      attachments: [
        { filename: "huge.jpg", data: jpegStart, contentType: "image/jpeg", size: 9 * 1024 * 1024 },
      ],
    });
    await d.waitDm(alice.id, "This image is too large (over 8 MB). Send a smaller photo of the label.", seen);
    // The next message is relayed; the photo before it added nothing to the post.
    dm(alice, "marker after the big photo");
    await d.waitThread(thread, "marker after the big photo");
    const added = fake.channelMessages(thread).slice(before);
    expect(added).toHaveLength(1);
    expect(JSON.stringify(added)).toContain("marker after the big photo");
    expect(fake.attachmentFetches().slice(fetched)).toEqual([]);
  });

  it("GIVEN /close 10m WHEN the user writes THEN the scheduled close is cancelled (staff told)", async () => {
    const scheduled = await command(staff, "close", { delay: "10m" });
    expect(scheduled.text).not.toContain("Only support staff");
    dm(alice, "wait, one more thing");
    await d.waitThread(thread, "Scheduled close cancelled: the user wrote again.");
    expect(d.isOpen(thread)).toBe(true);
  });

  it("GIVEN /close THEN answered first, then transcript, Closed tag, archived + locked, log copy, user told", async () => {
    const seen = d.dmCount(alice.id);
    const closed = await command(staff, "close", {});
    await fake.waitFor(() => d.meta(thread).archived === true, 8000, "for the archive");
    expect(d.meta(thread).locked).toBe(true);
    expect(d.tagsOf(thread)).toEqual([d.tags.closed]);
    const transcript = d.uploadsTo(thread).find((r) => r.files[0]?.filename.endsWith(".txt"));
    const file = transcript?.files[0]?.data.toString("utf8") ?? "";
    expect(file).toMatch(/User Alice: my radio says ERROR/);
    expect(file).toMatch(/Internal note staff: checked dealer DB/);
    expect(d.uploadsTo(fake.defaults.textChannelId).some((r) => r.files[0]?.filename.endsWith(".txt"))).toBe(
      true,
    );
    // The answer went out before the post was archived (a locked post refuses it: 50083).
    const answeredAt = fake.requests.findIndex((r) => r.path.startsWith(`/interactions/${closed.id}/`));
    const archivedAt = fake.requests.findIndex(
      (r) =>
        r.method === "PATCH" &&
        r.path === `/channels/${thread}` &&
        (r.body as { archived?: boolean }).archived === true,
    );
    expect(answeredAt).toBeGreaterThanOrEqual(0);
    expect(answeredAt).toBeLessThan(archivedAt);
    await d.waitDm(alice.id, "has been closed", seen);
  });

  it("GIVEN a closed ticket WHEN the user writes THEN it reopens in the same post (Open, unarchived)", async () => {
    const posts = d.posts().length;
    dm(alice, "It still does not work");
    await d.waitDm(alice.id, "has been reopened");
    await d.waitThread(thread, "It still does not work");
    expect(d.threadText(thread)).toContain("Ticket reopened: the user wrote again.");
    expect(d.isOpen(thread)).toBe(true);
    expect(d.tagsOf(thread)).toEqual([d.tags.open]);
    expect(d.posts()).toHaveLength(posts);
  });

  it("GIVEN the user's DMs are closed THEN staff are told in the post", async () => {
    fake.closeDms(alice.id);
    const seen = d.dmCount(alice.id);
    inThread(staff, "Are you there?");
    await d.waitThread(thread, "the user cannot be reached");
    expect(d.dmCount(alice.id)).toBe(seen); // Discord refused the DM (50007): nothing reached her
    fake.openDms(alice.id);
  });

  it("GIVEN staff deleted the post WHEN the user writes THEN a new post carries on the ticket", async () => {
    const old = thread;
    const before = d.posts().length;
    fake.threadDelete(old);
    dm(alice, "hello again");
    thread = await d.newPost(before - 1); // the deleted one is gone from the list
    expect(thread).not.toBe(old);
    await d.waitThread(thread, "hello again");
    expect(d.threadText(thread)).toContain("replaces one that was deleted");
    const seen = d.dmCount(alice.id);
    inThread(staff, "Found your ticket again.");
    await d.waitDm(alice.id, "Found your ticket again.", seen);
  });

  it("GIVEN two /support at once from one user THEN one post with both; /snippet answers in their language", async () => {
    const before = d.posts().length;
    const ids = ["first question", "second question"].map(
      (message) =>
        fake.slashCommand({
          name: "support",
          options: { message },
          dm: true,
          locale: "fr",
          user: { id: bob.id },
        }).id,
    );
    await Promise.all(ids.map((id) => fake.waitForResponse(id, () => true, 8000)));
    const post = await d.newPost(before);
    await d.waitThread(post, "first question");
    await d.waitThread(post, "second question");
    expect(d.posts()).toHaveLength(before + 1);
    const entry = FAQ_ENTRIES.find((e) => e.id === "where-is-precode");
    const first = (entry?.answer.fr.split("\n\n")[0] ?? "∅").slice(0, 40);
    await command(staff, "snippet", { id: "where-is-precode" }, post);
    await d.waitDm(bob.id, first);
  });

  it("GIVEN SIGKILL mid-conversation and a restart on the same database THEN the ticket continues in the same post", async () => {
    dm(alice, "before the crash");
    await d.waitThread(thread, "before the crash");
    await bot.stop("SIGKILL");
    const posts = d.posts().length;
    await startBot();
    dm(alice, "after the restart");
    await d.waitThread(thread, "after the restart");
    expect(d.posts()).toHaveLength(posts);
    const seen = d.dmCount(alice.id);
    inThread(staff, "Still here after the restart.");
    await d.waitDm(alice.id, "Still here after the restart.", seen);
    // The recreated post already holds one .txt (the history); the close adds the transcript.
    const txt = () => d.uploadsTo(thread).filter((r) => r.files[0]?.filename.endsWith(".txt"));
    const earlier = txt().length;
    await command(staff, "close", {});
    const transcript = await fake.waitFor(() => txt()[earlier], 8000, "for the transcript");
    const file = transcript.files[0]?.data.toString("utf8") ?? "";
    for (const line of [
      "my radio says ERROR",
      "before the crash",
      "after the restart",
      "Still here after the restart.",
    ]) {
      expect(file).toContain(line);
    }
  }, 40_000);

  it("GIVEN /forget with an open ticket THEN the post is deleted; the user's data is gone", async () => {
    const bobPost = String(d.posts().find((p) => String(p.name).includes("Bob"))?.id);
    const ask = await fake.waitForResponse(
      fake.slashCommand({ name: "forget", dm: true, user: { id: bob.id } }).id,
    );
    expect(JSON.stringify(ask.components)).toContain("fg.y");
    await fake.waitForResponse(fake.button({ customId: "fg.y", dm: true, user: { id: bob.id } }).id);
    // Erased, not anonymised: the forum post goes with everything in it (Manage Threads).
    await fake.waitFor(
      () => (fake.channel(bobPost) === undefined ? true : undefined),
      8000,
      "for the post to go",
    );
  });

  it("GIVEN /forget from a user whose closed ticket's transcripts are in the log channel THEN they are deleted there", async () => {
    const log = fake.defaults.textChannelId;
    const transcripts = () =>
      fake
        .channelMessages(log)
        .filter((m) =>
          ((m.attachments ?? []) as { filename?: string }[]).some((a) => a.filename?.endsWith(".txt")),
        );
    // Alice's ticket was closed twice (before the crash and after the restart): two copies.
    const before = transcripts().map((m) => String(m.id));
    expect(before).toHaveLength(2);
    await fake.waitForResponse(fake.slashCommand({ name: "forget", dm: true, user: { id: alice.id } }).id);
    await fake.waitForResponse(fake.button({ customId: "fg.y", dm: true, user: { id: alice.id } }).id);
    await fake.waitFor(
      () => (transcripts().length === 0 ? true : undefined),
      8000,
      "for the log channel's transcripts to go",
    );
    const deletes = fake.requests.filter(
      (r) => r.method === "DELETE" && r.path.startsWith(`/channels/${log}/`),
    );
    expect(deletes.map((r) => r.path).sort()).toEqual(
      before.map((id) => `/channels/${log}/messages/${id}`).sort(),
    );
    // Deleted, so nothing to tell staff there.
    expect(fake.channelMessages(log).map(shown).join("\n")).not.toContain("could not be deleted");
  });

  it("THEN no process logged an error, and the token never appeared in any output", () => {
    const lines = processes.flatMap((p) => p.logs());
    expect(lines.some((l) => l.msg === "support desk ready")).toBe(true);
    expect(lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([]);
    for (const p of processes) expect(p.stderr() + p.stdout()).not.toContain(TOKEN);
  });
});
