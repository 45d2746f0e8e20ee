/**
 * Intake never dies quietly (issue #10): getUpdates answering 409 Conflict (another poller or a
 * webhook — an overlapping deploy) or 401 is retried with backoff for as long as it lasts, shown
 * in /readyz, and /healthz fails once intake has been dead for INTAKE_DEAD_AFTER_MS so an
 * orchestrator restarts the process. When the conflict clears, updates are answered again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { botEnv, TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { freePort, probe } from "../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

let fake: FakeTelegram;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN });
  // An overlapping deploy: another getUpdates consumer holds the token when this bot starts.
  fake.failRate("getUpdates", {
    ratio: 1,
    status: 409,
    description: "Conflict: terminated by other getUpdates request",
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = await spawnBot(
    botEnv(fake.apiRoot, tempDatabaseUrl(), { HTTP_PORT: String(port), INTAKE_DEAD_AFTER_MS: "3000" }),
  );
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function until(cond: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The bot's long poll parked before the fault was set: an update ends it, the next poll fails. */
function wakeParkedPoll(user: number): void {
  fake.userMessage({ from: { id: user }, text: "/help" });
}

describe("getUpdates failing (409 Conflict, 401)", () => {
  it("GIVEN 409 on every getUpdates from the start THEN not ready, then not live; WHEN it clears THEN live, ready and answering", async () => {
    expect((await probe(`${base}/healthz`)).status).toBe(200);
    fake.failRate("getUpdates", {
      ratio: 1,
      status: 409,
      description: "Conflict: terminated by other getUpdates request",
    });
    await until(async () => (await probe(`${base}/readyz`)).status === 503, 15_000, "not ready").catch(
      async (e) => {
        console.log(
          await probe(`${base}/readyz`),
          bot
            .logs()
            .filter((l) => Number(l.level) >= 40)
            .slice(-5),
          fake.callsTo("getUpdates").slice(-3),
        );
        throw e;
      },
    );
    expect((await probe(`${base}/readyz`)).body).toContain('"telegram":false');
    await until(async () => (await probe(`${base}/healthz`)).status === 503, 15_000, "not live");
    expect(bot.child.exitCode).toBeNull(); // still running: retrying, never given up
    expect(
      bot.logs().some((l) => l.msg === "telegram getUpdates failed; retrying" && l.kind !== undefined),
    ).toBe(true);

    fake.clearFaults();
    const user = 850_001;
    fake.userMessage({ from: { id: user }, text: "/dokker V284" });
    await fake.waitFor(() => fake.sentMessages(user).find((m) => (m.text ?? "").includes("4727")), 70_000);
    expect((await probe(`${base}/healthz`)).status).toBe(200);
    expect((await probe(`${base}/readyz`)).status).toBe(200);
  }, 120_000);

  it("GIVEN 401 for a while THEN the process stays up and answers once it is accepted again", async () => {
    fake.failRate("getUpdates", { ratio: 1, status: 401, description: "Unauthorized" });
    wakeParkedPoll(850_011);
    await until(
      () =>
        bot.logs().some((l) => l.msg === "telegram getUpdates failed; retrying" && l.kind === "unauthorized"),
      15_000,
      "401 seen",
    );
    fake.clearFaults();
    const user = 850_002;
    fake.userMessage({ from: { id: user }, text: "/dokker V284" });
    await fake.waitFor(() => fake.sentMessages(user).find((m) => (m.text ?? "").includes("4727")), 70_000);
    expect(bot.child.exitCode).toBeNull();
  }, 120_000);
});
