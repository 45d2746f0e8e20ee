/**
 * Hostile input (issue #11): malformed updates of every kind, by webhook and by long polling, to
 * the whole bot process. Each is logged with its id and skipped; the process never exits, and the
 * next well-formed update is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";
import { freePort, postUpdate, textUpdate } from "../../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../../support/spawn-bot.js";
import { botEnv, TOKEN } from "./e2e-scenarios.js";

const SECRET = "malformed_secret-1";

/** Shapes a buggy client, a proxy or a misbehaving Bot API server could send. */
const MALFORMED: Record<string, unknown>[] = [
  { message: { message_id: 1, text: "no chat", from: { id: 5, is_bot: false } } },
  { message: { message_id: 2, chat: { id: 5 }, text: "chat without a type" } },
  { message: { message_id: 3, chat: { id: "5", type: "private" }, text: "chat id as text" } },
  { message: { message_id: 4, chat: { id: 5, type: "private" }, from: { id: 5 }, text: 42 } },
  { message: { message_id: 5, chat: { id: 5, type: "private" }, from: { id: 5 }, photo: [{}] } },
  { message: null },
  { callback_query: { id: "cq1", data: "dk.r:A123.pr" } }, // no `from`
  { callback_query: { id: 7, from: { id: 5 }, data: "x" } },
  { callback_query: { id: "cq2", from: { id: 5 }, message: { message_id: 9 }, data: "x" } },
  { inline_query: { id: "iq1", query: "A123" } },
  { inline_query: { id: "iq2", from: { id: 5 }, query: null } },
  {
    message: { message_id: 6, chat: { id: 5, type: "private" }, from: { id: "five" }, text: "/dokker A123" },
  },
  { message: "just a string" },
  { edited_message: { foo: "bar" } }, // a kind we don't subscribe to: ignored
];

const PIN = "4727";

describe("malformed Telegram updates (whole process)", () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await createFakeTelegram({ token: TOKEN });
  });
  afterAll(async () => {
    await fake.close();
  });

  it("GIVEN malformed updates by webhook THEN each is skipped with its id logged and the next update is answered", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    const bot: BotProcess = await spawnBot(
      botEnv(fake.apiRoot, tempDatabaseUrl(), {
        HTTP_PORT: String(port),
        TELEGRAM_WEBHOOK_URL: url,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      }),
    );
    try {
      let id = 500_000;
      for (const bad of MALFORMED) {
        const res = await postUpdate(url, SECRET, { update_id: ++id, ...bad });
        expect(res.status).toBe(200); // recorded as handled: Telegram must not send it again
      }
      // Not JSON, no update_id: refused outright.
      expect((await postUpdate(url, SECRET, { message: { text: "no id" } })).status).toBe(400);
      const user = 861_001;
      fake.addChat({ id: user, type: "private" });
      expect((await postUpdate(url, SECRET, textUpdate(++id, user, "/dokker V284"))).status).toBe(200);
      await fake.waitFor(() => fake.sentMessages(user).find((m) => (m.text ?? "").includes(PIN)), 15_000);
      const skipped = bot.logs().filter((l) => l.msg === "malformed telegram update skipped");
      expect(skipped.length).toBeGreaterThanOrEqual(MALFORMED.length - 2);
      expect(skipped.every((l) => typeof l.updateId === "number")).toBe(true);
      expect(bot.child.exitCode).toBeNull();
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 60_000);

  it("GIVEN malformed updates from getUpdates THEN polling goes on and the next update is answered", async () => {
    const bot: BotProcess = await spawnBot(botEnv(fake.apiRoot, tempDatabaseUrl()));
    try {
      for (const bad of MALFORMED) fake.pushUpdate(bad as never);
      const user = 861_002;
      fake.userMessage({ from: { id: user }, text: "/dokker V284" });
      await fake.waitFor(() => fake.sentMessages(user).find((m) => (m.text ?? "").includes(PIN)), 15_000);
      expect(
        bot.logs().filter((l) => l.msg === "malformed telegram update skipped").length,
      ).toBeGreaterThanOrEqual(MALFORMED.length - 2);
      expect(bot.child.exitCode).toBeNull();
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 60_000);
});
