/**
 * Fault test (issue #7): PostgreSQL is restarted while users write to the bot (Telegram webhook,
 * store on PostgreSQL). No reply may be lost and the process must stay up: the store retries
 * connecting while the server is down and re-runs a statement whose connection died
 * (src/store/pg-resilient.ts); de-duplication degrades to "handle anyway".
 *
 * A restart disturbs every other test using the same server, so this runs only when asked:
 * FAULT_PG_RESTART=1 with TEST_DATABASE_URL and `pg_ctlcluster` available. `.ci/run` runs it as
 * its own step after the main suite.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { beforeMarker, MARKER_PRECODE } from "../support/markers.js";
import { freePort, postUpdate, probe, textUpdate } from "../support/net.js";
import { type BotProcess, spawnBot } from "../support/spawn-bot.js";

const DB = process.env.TEST_DATABASE_URL;
const enabled = process.env.FAULT_PG_RESTART === "1" && !!DB && existsSync("/usr/bin/pg_ctlcluster");
const SECRET = "pg_restart_secret";
const schema = `pgrestart_${process.pid}_${Date.now().toString(36)}`;

if (!enabled) console.warn("test/faults/pg-restart: set FAULT_PG_RESTART=1 (with TEST_DATABASE_URL) to run");

function restartPostgres(): void {
  const version = readdirSync("/etc/postgresql").sort().at(-1) ?? "15";
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], {
    stdio: "ignore",
  });
}

describe.skipIf(!enabled)("PostgreSQL restarted during traffic", () => {
  let fake: FakeTelegram;
  let bot: BotProcess;
  let base: string;

  beforeAll(async () => {
    fake = await createFakeTelegram({ token: TOKEN });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const url = new URL(DB ?? "");
    url.searchParams.set("schema", schema);
    bot = await spawnBot({
      DATABASE_URL: url.toString(),
      HTTP_PORT: String(port),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: `${base}/telegram/webhook`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      LOG_LEVEL: "info",
    });
  });
  afterAll(async () => {
    if (bot && bot.child.exitCode === null) await bot.stop("SIGKILL");
    await fake?.close();
    const client = new pg.Client({ connectionString: DB });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it("GIVEN a restart while users write THEN every reply is delivered once and the process stays up", async () => {
    const chats = Array.from({ length: 120 }, (_, i) => 91_000 + i);
    for (const c of chats) fake.addChat({ id: c, type: "private" }); // users who write to the bot
    const posts: Promise<number>[] = [];
    let restarted = false;
    for (const [i, chat] of chats.entries()) {
      posts.push(
        postUpdate(`${base}/telegram/webhook`, SECRET, textUpdate(800_000 + i, chat, "A123")).then(
          (r) => r.status,
          () => -1, // refused: the process died (its log is shown below)
        ),
      );
      if (i === 30) {
        restartPostgres(); // blocks this loop for the restart; posts keep going after it
        restarted = true;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(restarted).toBe(true);
    const statuses = await Promise.all(posts);
    expect(bot.child.exitCode, `the bot exited; its log:\n${bot.stderr().slice(-3000)}`).toBeNull();
    expect(statuses).toEqual(chats.map(() => 200));
    await fake.waitFor(() => chats.every((c) => fake.sentMessages(c).length > 0) || undefined, 30_000);
    // Exactly once: counted up to the answer to a later marker message.
    const before = await beforeMarker(fake, chats, (c) =>
      postUpdate(`${base}/telegram/webhook`, SECRET, textUpdate(810_000 + c, c, MARKER_PRECODE)),
    );
    for (const c of chats) {
      const sent = before.get(c) ?? [];
      expect(sent, `chat ${c}`).toHaveLength(1);
      expect(sent[0]?.text).toContain("0086");
    }
    expect(bot.child.exitCode).toBeNull();
    expect((await probe(`${base}/readyz`)).status).toBe(200);
  }, 60_000);
});
