/**
 * The adapter in-process with the real discord.js client against the fake: the slow-handler path
 * (defer within the deadline, then edit / follow up), `send()` outside a request (channel, DM,
 * closed DMs → unreachable) and the intents sent in IDENTIFY.
 */
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../../../src/bot/index.js";
import { paragraph, plain, type Reply } from "../../../src/core/reply.js";
import type { FailedRow } from "../../../src/outbox/index.js";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/platforms/discord/index.js";
import { createFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";
import { memoryOutbox } from "../../support/outbox.js";

const TOKEN = "adapter.test.token";
const logger = pino({ level: "silent" });
let fake: FakeDiscord;
let adapter: DiscordAdapter | undefined;
let box: Awaited<ReturnType<typeof memoryOutbox>> | undefined;

/** A bot whose handlers take `delayMs` longer than usual, to force the defer path. */
function slowBot(delayMs: number) {
  const bot = createBot({ logger });
  const wait = () => new Promise((r) => setTimeout(r, delayMs));
  return {
    ...bot,
    runCommand: async (...args: Parameters<typeof bot.runCommand>) => {
      await wait();
      return bot.runCommand(...args);
    },
    runAction: async (...args: Parameters<typeof bot.runAction>) => {
      await wait();
      return bot.runAction(...args);
    },
  };
}

async function start(delayMs = 0, deferAfterMs = 2000): Promise<DiscordAdapter> {
  box = await memoryOutbox(logger);
  adapter = createDiscordAdapter({
    outbox: box.outbox,
    token: TOKEN,
    applicationId: fake.applicationId,
    api: fake.api,
    bot: delayMs > 0 ? slowBot(delayMs) : createBot({ logger }),
    services: {},
    logger,
    defaultLocale: "en",
    deferAfterMs,
  });
  await adapter.start();
  await box.outbox.start();
  return adapter;
}

async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const note = (text: string): Reply => ({
  locale: "en",
  sections: [{ blocks: [paragraph(plain(text))] }],
  actions: [],
  outcome: "test.note",
});

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN });
});
beforeEach(() => fake.reset());
afterEach(async () => {
  await adapter?.stop();
  adapter = undefined;
  await box?.close();
  box = undefined;
});
afterAll(async () => {
  await fake.close();
});

describe("Discord adapter in-process", () => {
  it("GIVEN the default config THEN it identifies with Guilds + DirectMessages only and is ready", async () => {
    const a = await start();
    expect(a.isReady()).toBe(true);
    expect(fake.gateway.identifyLog.at(-1)?.intents).toBe((1 << 0) | (1 << 12));
  });

  it("GIVEN a handler slower than deferAfterMs THEN the command is deferred ephemerally, then edited with the PIN", async () => {
    await start(400, 100);
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "A123" } });
    const edit = await fake.waitForResponse(id, (r) => r.kind === "edit");
    const [first] = fake.interactionResponses(id);
    expect(first?.callbackType).toBe(5);
    expect((first?.flags ?? 0) & 64).toBe(64);
    expect(JSON.stringify(edit.embeds)).toContain("`0086`");
    expect(edit.flags & 64).toBe(64);
  });

  it("GIVEN a slow radio-switch button THEN deferUpdate (6) then the message is edited in place", async () => {
    await start(400, 100);
    const { id } = fake.button({ customId: "dk.r:A123.pr" });
    const edit = await fake.waitForResponse(id, (r) => r.kind === "edit");
    expect(fake.interactionResponses(id)[0]?.callbackType).toBe(6);
    expect(JSON.stringify(edit.embeds)).toContain("Plug");
  });

  it("GIVEN a slow wrong-code button THEN deferUpdate then an ephemeral follow-up with the lockout advice", async () => {
    await start(400, 100);
    const { id } = fake.button({ customId: "lo.w:1.A123" });
    const followUp = await fake.waitForResponse(id, (r) => r.kind === "followup");
    expect(fake.interactionResponses(id)[0]?.callbackType).toBe(6);
    expect(followUp.flags & 64).toBe(64);
    expect(JSON.stringify(followUp.components)).toContain("lo.w:2.A123");
  });

  it("GIVEN send() to a channel and to a user's DM THEN both messages arrive as embeds without mentions", async () => {
    const a = await start();
    await a.send(`discord:${fake.defaults.textChannelId}`, note("hello @everyone"));
    await a.send(`discord:dm:${fake.defaults.user.id}`, note("your wait is over"));
    // Both were queued in the outbox; its scheduler sends them.
    await until(() => fake.dmMessages(fake.defaults.user.id).length > 0);
    await until(() => fake.channelMessages(fake.defaults.textChannelId).length > 0);
    const inChannel = fake.channelMessages(fake.defaults.textChannelId).at(-1);
    expect(JSON.stringify(inChannel?.embeds)).toContain("@\u200beveryone");
    const post = fake.requests.find((r) => r.method === "POST" && r.path.endsWith("/messages"));
    expect((post?.body as { allowed_mentions?: unknown } | undefined)?.allowed_mentions).toEqual({
      parse: [],
    });
    expect(JSON.stringify(fake.dmMessages(fake.defaults.user.id).at(-1)?.embeds)).toContain(
      "your wait is over",
    );
  });

  it("GIVEN a user whose DMs are closed THEN the queued message fails for good as unreachable (50007)", async () => {
    const a = await start();
    const failed: FailedRow[] = [];
    box?.outbox.onFailed((f) => {
      failed.push(f);
    });
    const user = fake.addUser({ username: "closed" });
    fake.closeDms(user.id);
    await a.send(`discord:dm:${user.id}`, note("hi"), { meta: { ticketId: 7 } });
    await until(() => failed.length > 0);
    expect(failed[0]?.state).toBe("failed");
    expect(failed[0]?.reason).toMatch(/^unreachable: /);
    expect(failed[0]?.error).toMatchObject({
      kind: "unreachable",
      reason: "dms-closed",
      platform: "discord",
    });
    expect(failed[0]?.row.meta).toEqual({ ticketId: 7 });
    expect(fake.dmMessages(user.id)).toEqual([]);
  });

  it("GIVEN a conversation id of another platform THEN send() rejects without calling Discord", async () => {
    const a = await start();
    const before = fake.requests.length;
    await expect(a.send("telegram:123", note("x"))).rejects.toMatchObject({
      kind: "refused",
      reason: "bad-conversation-id",
      message: expect.stringMatching(/not a Discord conversation/),
    });
    expect(fake.requests.length).toBe(before);
  });

  it("GIVEN stop() THEN the client disconnects and the adapter is no longer ready", async () => {
    const a = await start();
    await a.stop();
    adapter = undefined;
    expect(a.isReady()).toBe(false);
  });
});
