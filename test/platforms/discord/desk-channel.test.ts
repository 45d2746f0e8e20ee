/**
 * The Discord desk channel in-process: the real discord.js REST client against the fake (no
 * gateway needed, the channel uses REST only). Covers what the whole-process E2E does not reach
 * easily: forums without Open/Closed tags, long text split at 2000, ThreadGone on every verb,
 * a closed post staying closed after a late note, and the pure rendering helpers.
 */
import { Client, PermissionFlagsBits, Routes } from "discord.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDiscordDeskChannel } from "../../../src/platforms/discord/desk.js";
import { deskMessages, splitContent, threadName } from "../../../src/platforms/discord/render.js";
import { deskPostContent } from "../../../src/support/desk/post.js";
import type { DeskPost, TicketHeader } from "../../../src/support/desk/types.js";
import { ThreadGone } from "../../../src/support/errors.js";
import { createFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";
import { memoryLogger } from "../../support/logger.js";

const TOKEN = "desk-channel.test.token";
let fake: FakeDiscord;
let client: Client;

const header: TicketHeader = {
  ticketId: 7,
  title: "#7 · discord · Jane",
  lines: ["User: Jane (discord)", "Language: English (en)"],
  user: { key: "discord:1", platform: "discord", displayName: "Jane" },
  locale: "en",
  source: "command",
  wrongAttempts: 0,
  recreated: false,
};
const note = (text: string): DeskPost => ({ kind: "note", event: "reopened", text });
const userPost = (text: string): DeskPost => ({
  kind: "user",
  text,
  message: { ticketId: 7, user: header.user, text, attachments: [], at: 0 },
});

function channel(over: { logChannelId?: string } = {}) {
  const log = memoryLogger("debug");
  const desk = createDiscordDeskChannel({
    client,
    forumChannelId: fake.defaults.forumChannelId,
    logger: log.logger,
    ...over,
  });
  return { desk, log };
}
const idOf = (threadId: string) => threadId.replace(/^discord:/, "");
const meta = (id: string) => fake.channel(id)?.thread_metadata as { archived: boolean; locked: boolean };

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN });
  client = new Client({ intents: [], rest: { api: fake.api } });
  client.rest.setToken(TOKEN);
});
afterAll(async () => {
  await client.destroy();
  await fake.close();
});

describe("Discord desk channel (REST against the fake)", () => {
  const forum = () => fake.channel(fake.defaults.forumChannelId) ?? {};
  let savedTags: unknown;
  beforeEach(() => {
    savedTags ??= forum().available_tags;
    forum().available_tags = savedTags;
  });

  it("GIVEN a forum without Open/Closed tags THEN posts are created untagged and it warns once", async () => {
    forum().available_tags = [
      { id: "1", name: "Dealer", moderated: false, emoji_id: null, emoji_name: null },
    ];
    const { desk, log } = channel();
    const a = await desk.openThread(header);
    await desk.setState(a, "closed");
    await desk.openThread(header);
    expect(fake.channel(idOf(a))?.applied_tags).toEqual([]);
    expect(meta(idOf(a))).toMatchObject({ archived: true, locked: true });
    expect(log.lines().filter((l) => String(l.msg).includes("no Open/Closed tags"))).toHaveLength(1);
  });

  it("GIVEN tags named in another case THEN found by name; staff's own tags are kept on close", async () => {
    const { open, closed } = fake.defaults.tags;
    forum().available_tags = [
      { id: open, name: "OPEN" },
      { id: closed, name: "closed" },
      { id: "77", name: "Dealer" },
    ];
    const { desk } = channel();
    const t = await desk.openThread(header);
    expect(fake.channel(idOf(t))?.applied_tags).toEqual([open]);
    Object.assign(fake.channel(idOf(t)) ?? {}, { applied_tags: [open, "77"] }); // staff added a tag
    await desk.setState(t, "closed", "#7 · solved");
    expect(fake.channel(idOf(t))).toMatchObject({ applied_tags: [closed, "77"], name: "#7 · solved" });
    await desk.setState(t, "open");
    expect(fake.channel(idOf(t))?.applied_tags).toEqual([open, "77"]);
    expect(meta(idOf(t))).toMatchObject({ archived: false, locked: false });
  });

  it("GIVEN 4500 characters THEN three messages of at most 2000, in order, nothing lost", async () => {
    const { desk } = channel();
    const t = await desk.openThread(header);
    const words = Array.from({ length: 900 }, (_, i) => `w${i}`).join(" ");
    await desk.post(t, userPost(words));
    const posted = fake.channelMessages(idOf(t)).slice(1); // after the starter message
    expect(posted.length).toBeGreaterThanOrEqual(3);
    for (const m of posted) expect(String(m.content).length).toBeLessThanOrEqual(2000);
    const joined = posted.map((m) => String(m.content)).join(" ");
    expect(joined).toContain("w0 w1");
    expect(joined.split(/\s+/).filter((w) => /^w\d+$/.test(w))).toHaveLength(900);
  });

  it("GIVEN a deleted post THEN post and setState throw ThreadGone", async () => {
    const { desk } = channel();
    const t = await desk.openThread(header);
    fake.threadDelete(idOf(t));
    await expect(desk.post(t, note("x"))).rejects.toBeInstanceOf(ThreadGone);
    await expect(desk.setState(t, "closed")).rejects.toBeInstanceOf(ThreadGone);
  });

  it("GIVEN a closed post THEN a late note is posted and the post stays archived and locked", async () => {
    const { desk } = channel();
    const t = await desk.openThread(header);
    await desk.setState(t, "closed");
    await desk.post(t, note("This ticket is closed."));
    expect(fake.channelMessages(idOf(t)).at(-1)?.content).toContain("This ticket is closed.");
    expect(meta(idOf(t))).toMatchObject({ archived: true, locked: true });
  });

  it("GIVEN an open ticket's post archived (inactivity, or staff closed it by hand) THEN posting reopens it for good", async () => {
    const { desk } = channel();
    const idle = await desk.openThread(header);
    Object.assign(meta(idOf(idle)), { archived: true });
    await desk.post(idle, userPost("still broken"));
    expect(meta(idOf(idle))).toMatchObject({ archived: false, locked: false });
    const byHand = await desk.openThread(header); // Open tag, but archived and locked in the client
    Object.assign(meta(idOf(byHand)), { archived: true, locked: true });
    await desk.post(byHand, userPost("hello?"));
    expect(meta(idOf(byHand))).toMatchObject({ archived: false, locked: false });
    expect(fake.channelMessages(idOf(byHand)).at(-1)?.content).toContain("hello?");
  });

  it("GIVEN a log channel THEN postToLog uploads the transcript file there", async () => {
    const { desk } = channel({ logChannelId: fake.defaults.textChannelId });
    const data = new TextEncoder().encode("Transcript of ticket #7\n");
    await desk.postToLog?.({
      kind: "transcript",
      ticketId: 7,
      text: "Transcript of ticket #7 (1 messages)",
      file: { name: "ticket-7.txt", contentType: "text/plain", size: data.length, data },
    });
    const upload = fake.requests
      .filter((r) => r.path === `/channels/${fake.defaults.textChannelId}/messages`)
      .at(-1);
    expect(upload?.files[0]?.data.toString()).toBe("Transcript of ticket #7\n");
    expect(channel().desk.postToLog).toBeUndefined();
  });

  it("GIVEN eraseLogMessage THEN the message goes; one already gone counts as deleted; no access any more is refused (50001)", async () => {
    const { desk } = channel({ logChannelId: fake.defaults.textChannelId });
    const log = fake.defaults.textChannelId;
    const conversation = `discord:${log}`;
    const posted = async (content: string) =>
      String(
        ((await client.rest.post(Routes.channelMessages(log), { body: { content } })) as { id: string }).id,
      );
    const first = await posted("transcript of #8");
    const second = await posted("transcript of #9");
    await desk.eraseLogMessage?.({ conversation, messageId: first });
    await desk.eraseLogMessage?.({ conversation, messageId: first }); // staff deleted it already
    expect(fake.channelMessages(log).map((m) => String(m.id))).not.toContain(first);
    fake.setBotPermissions(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
    fake.denyBotPermissions(log, PermissionFlagsBits.ViewChannel);
    try {
      await expect(desk.eraseLogMessage?.({ conversation, messageId: second })).rejects.toMatchObject({
        code: 50001,
      });
    } finally {
      fake.setBotPermissions(PermissionFlagsBits.Administrator); // the other tests' bot again
    }
    expect(fake.channelMessages(log).map((m) => String(m.id))).toContain(second);
  });
});

describe("desk rendering", () => {
  it("GIVEN user text with markup and mentions THEN escaped, name and key in bold, no mentions allowed", () => {
    const [m] = deskMessages(deskPostContent(userPost("**hi** @everyone <@&123>")));
    expect(m?.body.content).toBe(
      `**👤 Jane (${header.user.key})**\n\\*\\*hi\\*\\* @\u200beveryone <@&\u200b123>`,
    );
    expect(m?.body.allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN long text THEN pieces ≤ 2000 never ending in a lone backslash; names ≤ 100", () => {
    const text = `${"a".repeat(1999)}\\*${"b".repeat(10)}`;
    const pieces = splitContent(text);
    expect(pieces.every((p) => p.length <= 2000 && !p.endsWith("\\"))).toBe(true);
    expect(pieces.join("")).toBe(text);
    expect(threadName("x".repeat(300))).toHaveLength(100);
    expect(threadName("  ")).toBe("ticket");
  });
});
