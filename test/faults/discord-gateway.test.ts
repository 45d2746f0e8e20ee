/**
 * Fault test (issue #7): the Discord gateway closes with codes @discordjs/ws resumes after
 * (4000 unknown error, 4002 decode error, 4009 session timed out) in the middle of traffic. The
 * session resumes; interactions sent before, during and after the close are each answered exactly
 * once; the process stays up. (4008 "rate limited" is NOT resumed by @discordjs/ws 1.2: it
 * identifies afresh, and events sent while disconnected are gone — as on Discord.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../fakes/discord/index.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const TOKEN = "faults-discord-token.SECRET-0123456789";
let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
  bot = await spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API: fake.api,
    DATABASE_URL: tempDatabaseUrl(),
    LOG_LEVEL: "info",
  });
});
afterAll(async () => {
  if (bot && bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake?.close();
});

const burst = (n: number) =>
  Array.from({ length: n }, () => fake.slashCommand({ name: "dokker", options: { precode: "A123" } }).id);

describe("Discord gateway closes with resumable codes", () => {
  for (const code of [4000, 4002, 4009]) {
    it(`GIVEN close ${code} mid-traffic THEN the session resumes and every interaction is answered once`, async () => {
      const resumesBefore = fake.stats.resumes;
      const before = burst(5);
      fake.closeConnection(code);
      const during = burst(5); // dispatched while disconnected: replayed on RESUME
      await fake.waitFor(() => fake.stats.resumes > resumesBefore || undefined, 15_000, "for a RESUME");
      const after = burst(5);
      const ids = [...before, ...during, ...after];
      for (const id of ids) await fake.waitForResponse(id, () => true, 10_000);
      // A replayed (duplicate) answer would come before the answer to a later marker interaction.
      const [marker] = burst(1);
      await fake.waitForResponse(marker ?? "", () => true, 10_000);
      for (const id of ids) {
        const responses = fake.interactionResponses(id);
        expect(responses).toHaveLength(1);
        expect(JSON.stringify(responses[0]?.embeds)).toContain("0086");
      }
      expect(bot.child.exitCode).toBeNull();
    }, 30_000);
  }
});
