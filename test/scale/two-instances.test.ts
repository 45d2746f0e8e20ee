/**
 * Several instances (issue #7): two bot processes on ONE PostgreSQL database (own schema), both in
 * Telegram webhook mode behind a pretend load balancer, and each running one Discord shard of two.
 * - Telegram: every update is posted to BOTH processes (a load balancer retry plus Telegram's own
 *   redelivery can do exactly that) → the store's de-duplication lets one of them answer, once.
 * - Discord: interactions in guilds on both shards → each answered once, by the owning shard.
 * Needs TEST_DATABASE_URL (skipped with a message otherwise).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../fakes/discord/index.js";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { beforeMarker, MARKER_PRECODE } from "../support/markers.js";
import { freePort, postUpdate, textUpdate } from "../support/net.js";
import { type BotProcess, spawnBot } from "../support/spawn-bot.js";

const DB = process.env.TEST_DATABASE_URL;
const SECRET = "scale_secret-1";
const DISCORD_TOKEN = "scale-discord-token.SECRET-0123456789";
const schema = `scale_${process.pid}_${Date.now().toString(36)}`;

if (!DB) console.warn("test/scale: TEST_DATABASE_URL not set — two-instance test skipped");

function withSchema(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set("schema", name);
  return u.toString();
}

describe.skipIf(!DB)("two bot processes on one PostgreSQL database", () => {
  let telegram: FakeTelegram;
  let discord: FakeDiscord;
  const bots: { proc: BotProcess; url: string }[] = [];

  beforeAll(async () => {
    telegram = await createFakeTelegram({ token: TOKEN });
    discord = await createFakeDiscord({ token: DISCORD_TOKEN, shards: 2, extraGuilds: 5 });
    // Sequential: the first process creates the schema and migrates; the second finds it ready.
    for (const shard of [0, 1]) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/telegram/webhook`;
      const proc = await spawnBot(
        {
          DATABASE_URL: withSchema(DB ?? "", schema),
          HTTP_PORT: String(port),
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: telegram.apiRoot,
          TELEGRAM_WEBHOOK_URL: url,
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          TELEGRAM_RATE_PER_CHAT: "20",
          DISCORD_TOKEN,
          DISCORD_APPLICATION_ID: discord.applicationId,
          DISCORD_API: discord.api,
          SHARDS: `[${shard}]`,
          SHARD_COUNT: "2",
        },
        { readyTimeoutMs: 30_000 },
      );
      bots.push({ proc, url });
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.proc.stop()));
    await telegram?.close();
    await discord?.close();
    const client = new pg.Client({ connectionString: DB });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it("GIVEN each Telegram update posted to both processes THEN each is answered exactly once", async () => {
    const N = 60;
    const base = 900_000_000 + Math.floor(Math.random() * 1_000_000);
    for (let i = 0; i < N; i += 1) telegram.addChat({ id: 7_000_000 + i, type: "private" });
    const statuses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        Promise.all(
          bots.map((b) =>
            postUpdate(b.url, SECRET, textUpdate(base + i, 7_000_000 + i, i % 2 ? "A123" : "/dokker B456")),
          ),
        ),
      ),
    );
    expect(statuses.flat().every((r) => r.status === 200)).toBe(true);
    await telegram.waitFor(() => telegram.callsTo("sendMessage").length >= N || undefined, 15_000);
    // A duplicate would arrive before the answer to a later marker message, which both get too.
    const chats = Array.from({ length: N }, (_, i) => 7_000_000 + i);
    const before = await beforeMarker(telegram, chats, (c) =>
      Promise.all(
        bots.map((b) => postUpdate(b.url, SECRET, textUpdate(base + N + c - 7_000_000, c, MARKER_PRECODE))),
      ),
    );
    for (const c of chats) expect(before.get(c)).toHaveLength(1);
    expect(telegram.callsTo("sendMessage").filter((c) => c.outcome === "ok")).toHaveLength(2 * N);
    // Every update was claimed by one process and refused by the other.
    const ignored = bots.map((b) =>
      b.proc.logs().filter((l) => l.msg === "repeated telegram update ignored"),
    );
    expect(ignored.flat()).toHaveLength(2 * N); // the N updates and the N markers
  });

  it("GIVEN interactions in guilds of both shards THEN each is answered once, by its own shard", async () => {
    const guilds = [discord.defaults.guildId, ...discord.defaults.extraGuildIds];
    const byShard = [0, 1].map((s) => guilds.filter((g) => discord.state.shardOf(g, 2) === s));
    expect(byShard[0]?.length).toBeGreaterThan(0);
    expect(byShard[1]?.length).toBeGreaterThan(0);
    const channelOf = (guildId: string) =>
      [...discord.state.channels.values()].find((c) => c.guild_id === guildId && c.type === 0)?.id as string;
    const sent = guilds.flatMap((guildId) =>
      Array.from({ length: 4 }, () => ({
        guildId,
        ...discord.slashCommand({
          name: "dokker",
          options: { precode: "A123" },
          guildId,
          channelId: channelOf(guildId),
        }),
      })),
    );
    for (const s of sent) await discord.waitForResponse(s.id, () => true, 10_000);
    // A second answer would come before the answer to a later marker interaction in the same guild.
    const markers = guilds.map((guildId) =>
      discord.slashCommand({
        name: "dokker",
        options: { precode: "A123" },
        guildId,
        channelId: channelOf(guildId),
      }),
    );
    for (const m of markers) await discord.waitForResponse(m.id, () => true, 10_000);
    for (const s of sent) expect(discord.interactionResponses(s.id)).toHaveLength(1);
    // Which process answered: its debug log names the interaction.
    const answeredBy = (i: number) =>
      new Set(
        bots[i]?.proc
          .logs()
          .filter((l) => l.msg === "discord interaction answered")
          .map((l) => String(l.interaction)),
      );
    const [a, b] = [answeredBy(0), answeredBy(1)];
    for (const s of sent) {
      const shard = discord.state.shardOf(s.guildId, 2);
      expect([a.has(s.id), b.has(s.id)]).toEqual([shard === 0, shard === 1]);
    }
  });
});
