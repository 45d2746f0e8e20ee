/**
 * End to end: the WHOLE bot process (`src/main.ts`, real discord.js client) against the fake
 * Discord. Each command, button and the context menu; a rate-limited callback; an internal error;
 * a forced gateway close in the middle of the run; shutdown on SIGTERM; no token in the logs.
 * Tests run in order and share one bot process (start-up costs a few seconds).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCommands } from "../../../commands/registry.js";
import { createFakeDiscord, type FakeDiscord, type InteractionResponse } from "../../fakes/discord/index.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../../support/spawn-bot.js";

const TOKEN = "e2e-discord-token.SECRET-abcdef0123456789";
const EPHEMERAL = 64;
let fake: FakeDiscord;
let bot: BotProcess;

/** Everything a user reads in the answer: embed titles and descriptions. */
const textOf = (r: InteractionResponse) =>
  r.embeds.map((e) => `${String(e.title ?? "")}\n${String(e.description ?? "")}`).join("\n");
const customIds = (r: InteractionResponse) =>
  r.components.flatMap((row) => (row.components as { custom_id?: string }[]).map((b) => b.custom_id));

async function answer(id: string, predicate?: (r: InteractionResponse) => boolean) {
  return fake.waitForResponse(id, predicate ?? (() => true), 5000);
}

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
  bot = await spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API: fake.api,
    DATABASE_URL: tempDatabaseUrl(),
  });
  await bot.waitForLog((l) => l.msg === "discord ready");
});

afterAll(async () => {
  await bot?.stop("SIGKILL");
  await fake?.close();
});

describe("Discord E2E: the bot process against the fake", () => {
  it("GIVEN /dokker A123 in a server THEN an ephemeral embed with PIN 0086, steps, lockout advice and buttons", async () => {
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "A123" } });
    const r = await answer(id);
    expect(r.kind).toBe("callback");
    expect(r.callbackType).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    const text = textOf(r);
    expect(text).toContain("Radio code for A123");
    expect(text).toContain("`0086`");
    expect(text).toMatch(/1\. .*\n2\. /); // numbered entry steps
    expect(text).toContain("If the code is refused");
    expect(customIds(r)).toEqual(expect.arrayContaining(["lo.w:1.A123", "dk.r:A123.pr"]));
    expect((r.body as { data: { allowed_mentions?: unknown } }).data.allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN /dokker in the bot's DM THEN the answer is a normal (not ephemeral) message", async () => {
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "A123" }, dm: true });
    const r = await answer(id);
    expect(r.callbackType).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(0);
    expect(textOf(r)).toContain("`0086`");
  });

  it("GIVEN a German user THEN the answer is in German", async () => {
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "A123" }, locale: "de" });
    const r = await answer(id);
    expect(textOf(r)).toContain("`0086`");
    expect(textOf(r)).not.toContain("Radio code for");
  });

  it("GIVEN /faq 'radio does not beep' right after /dokker THEN entering the code is the first topic; from another user, the beeps", async () => {
    const user = { id: "771000000000000001", username: "followup" };
    await answer(fake.slashCommand({ name: "dokker", options: { precode: "A123" }, user }).id);
    const labels = (r: InteractionResponse) =>
      r.components.flatMap((row) => (row.components as { label?: string }[]).map((b) => b.label));
    const after = await answer(
      fake.slashCommand({ name: "faq", options: { question: "radio does not beep" }, user }).id,
    );
    expect(labels(after)[0]).toBe("How to enter the code");
    const other = { id: "771000000000000002", username: "stranger" };
    const alone = await answer(
      fake.slashCommand({ name: "faq", options: { question: "radio does not beep" }, user: other }).id,
    );
    expect(labels(alone)[0]).toBe("Scrambled sound and beeps");
  });

  it("GIVEN 'radio says CODE LOCK' in a DM THEN the answer asks how many, and 'twice' gets the wait after 2", async () => {
    const user = { id: "771000000000000003", username: "counter" };
    // The bot's messages in the DM (the channel holds the user's too).
    const dm = () => fake.dmMessages(user.id).filter((m) => (m.author as { id: string }).id !== user.id);
    const labels = (m: { components?: unknown } | undefined) =>
      ((m?.components ?? []) as { components: { label?: string }[] }[]).flatMap((row) =>
        row.components.map((b) => b.label),
      );
    fake.messageCreate({ dm: true, author: user, content: "radio says CODE LOCK" });
    const answerMsg = await fake.waitFor(() => dm()[0], 5000, "for the ERROR answer");
    expect(labels(answerMsg)[0]).toBe("How many wrong codes? Choose");
    fake.messageCreate({ dm: true, author: user, content: "twice" });
    const wait = await fake.waitFor(() => dm()[1], 5000, "for the wait");
    expect(JSON.stringify(wait.embeds)).toContain("**2 minutes**");
  });

  it("GIVEN /lockout attempt 3 THEN it says how long to wait after the third wrong code", async () => {
    const { id } = fake.slashCommand({ name: "lockout", options: { attempt: 3 } });
    const text = textOf(await answer(id));
    expect(text).toContain("wrong code number 3");
    expect(text).toContain("**4 minutes**");
  });

  it("GIVEN /vin with a valid VIN THEN it explains the ways to the code and shows no PIN", async () => {
    const { id } = fake.slashCommand({ name: "vin", options: { vin: "UU18SDDJ4F5123456" } });
    const text = textOf(await answer(id));
    expect(text).toContain("VIN UU18SDDJ4F5123456");
    expect(text).not.toMatch(/`\d{4}`/);
    expect(text).not.toContain("Your radio code is");
  });

  it("GIVEN /help THEN it lists the public commands", async () => {
    const { id } = fake.slashCommand({ name: "help" });
    const text = textOf(await answer(id));
    for (const c of ["/dokker", "/lockout", "/vin", "/help"]) expect(text).toContain(`\`${c}\``);
    expect(text).not.toContain("/start");
  });

  it("GIVEN an invalid pre-code THEN a friendly, ephemeral explanation and no PIN", async () => {
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "hello" } });
    const r = await answer(id);
    expect(r.callbackType).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(r)).toContain("couldn't find a pre-code");
    expect(textOf(r)).not.toContain("Your radio code is");
    expect(textOf(r)).not.toContain("something went wrong");
  });

  it("GIVEN the context menu on 'my code is V284' THEN the PIN 4727", async () => {
    const { id } = fake.messageContextMenu({
      name: "Decode pre-code",
      targetMessage: { content: "my code is V284", author: { username: "asker" } },
    });
    const r = await answer(id);
    expect(r.callbackType).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(r)).toContain("`4727`");
  });

  it("GIVEN the radio-switch button THEN the message is updated in place (type 7) with the other radio's steps", async () => {
    const { id } = fake.button({ customId: "dk.r:A123.pr" });
    const r = await answer(id);
    expect(r.callbackType).toBe(7);
    expect(textOf(r)).toContain("Plug & Radio");
    expect(textOf(r)).toContain("`0086`");
    expect(customIds(r)).not.toContain("dk.r:A123.pr"); // the current radio has no switch button
  });

  it("GIVEN 'Wrong code' twice THEN the attempt advances 1 → 2 and the next button offers 3", async () => {
    const first = await answer(fake.button({ customId: "lo.w:1.A123" }).id);
    expect(first.callbackType).toBe(4);
    expect(textOf(first)).toContain("wrong code number 1");
    expect(customIds(first)).toContain("lo.w:2.A123");
    const second = await answer(fake.button({ customId: "lo.w:2.A123" }).id);
    expect(textOf(second)).toContain("wrong code number 2");
    expect(customIds(second)).toContain("lo.w:3.A123");
  });

  it("GIVEN a 'did you mean' decode button THEN a new message with that pre-code's PIN", async () => {
    const r = await answer(fake.button({ customId: "dk.d:V284", dm: true }).id);
    expect(r.callbackType).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(0);
    expect(textOf(r)).toContain("`4727`");
  });

  it("GIVEN an unknown button THEN a friendly 'out of date' note, ephemeral", async () => {
    const r = await answer(fake.button({ customId: "zz.old:1" }).id);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(r)).toContain("out of date");
  });

  it("GIVEN autocomplete on a command without suggestions THEN an empty choice list (type 8)", async () => {
    const r = await answer(fake.autocomplete({ name: "dokker", options: { precode: "A1" } }).id);
    expect(r.callbackType).toBe(8);
    expect(r.choices).toEqual([]);
  });

  const suggesting = listCommands().find((c) => c.autocomplete && c.options.some((o) => o.autocomplete));
  it.skipIf(!suggesting)(
    "GIVEN autocomplete on a command with suggestions THEN its choices (≤ 25)",
    async () => {
      const option = suggesting?.options.find((o) => o.autocomplete)?.name ?? "";
      const r = await answer(
        fake.autocomplete({ name: suggesting?.name ?? "", options: { [option]: "" } }).id,
      );
      expect(r.callbackType).toBe(8);
      expect(r.choices?.length).toBeGreaterThan(0);
      expect(r.choices?.length).toBeLessThanOrEqual(25);
      for (const c of r.choices ?? []) expect(String(c.name).length).toBeLessThanOrEqual(100);
    },
  );

  it("GIVEN a 429 on the callback route THEN discord.js waits, retries and the answer arrives in time", async () => {
    fake.rateLimitNext("/callback", { retryAfterSec: 0.3 });
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "V284" } });
    const r = await answer(id);
    expect(textOf(r)).toContain("`4727`");
    const calls = fake.requests.filter((q) => q.path.startsWith(`/interactions/${id}/`));
    expect(calls.map((q) => q.status)).toEqual([429, 204]);
    const warn = await bot.waitForLog((l) => l.msg === "discord rate limited; waiting before retry");
    expect(warn.route).toBe("/interactions/:id/:token/callback"); // logged without the interaction token
  });

  it("GIVEN the reply keeps failing with 500 THEN the user still gets the friendly apology, not 'interaction failed'", async () => {
    fake.failNext("/callback", { status: 500, times: 4 });
    const { id, token } = fake.slashCommand({ name: "help" });
    const r = await answer(id, (x) => x.kind === "callback");
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(r)).toContain("something went wrong on my side");
    const line = await bot.waitForLog((l) => l.msg === "discord interaction failed" && l.interaction === id);
    expect(JSON.stringify(line)).not.toContain(token); // the interaction token is a credential too
  });

  it("GIVEN a forced gateway close mid-run THEN the session resumes and later interactions are answered", async () => {
    const identifies = fake.stats.identifies;
    const resumes = fake.stats.resumes;
    fake.closeConnection(4000);
    // Sent while the bot is disconnected: replayed on RESUME.
    const during = fake.slashCommand({ name: "dokker", options: { precode: "A123" } });
    expect(textOf(await answer(during.id))).toContain("`0086`");
    await fake.waitFor(() => fake.stats.resumes > resumes, 5000, "for a RESUME");
    const after = fake.slashCommand({ name: "lockout" });
    expect(textOf(await answer(after.id))).toContain("wrong code number 1");
    expect(fake.stats.identifies).toBe(identifies); // resumed, not re-identified
    await bot.waitForLog((l) => l.msg === "discord gateway resumed");
  });

  it("GIVEN SIGTERM THEN the process disconnects and exits 0, and the token never appeared in its output", async () => {
    const code = await bot.stop("SIGTERM");
    expect(code).toBe(0);
    expect(bot.logs().some((l) => l.msg === "discord stopped")).toBe(true);
    expect(bot.stderr()).not.toContain(TOKEN);
    expect(bot.stdout()).not.toContain(TOKEN);
    expect(bot.stderr()).toContain("discord interaction"); // debug logs were written (so the check means something)
  });
});
