/**
 * Issue #11 end to end, the whole process against the fake Bot API:
 * - a flood of 200 messages from one user gets at most MESSAGES_PER_MINUTE replies plus one
 *   notice, and another user is answered within a second meanwhile;
 * - /mydata returns the user's id, name, message text and pre-code; after /forget none of them is
 *   left anywhere in the SQLite files (database and WAL), and the desk topic is deleted.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram, type StoredMessage } from "../fakes/telegram/index.js";
import { callbackDataOf } from "../fakes/telegram/markup.js";
import { createDesk, DESK_LIMITS, deskEnv, GROUP } from "../platforms/telegram/desk-helpers.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const LIMIT = 20;
let fake: FakeTelegram;
let bot: BotProcess;
let dbPath: string;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN, limits: DESK_LIMITS });
  fake.addChat({ id: GROUP, type: "supergroup", title: "Dokker staff", isForum: true });
  const url = tempDatabaseUrl();
  dbPath = url.slice("sqlite:".length);
  bot = await spawnBot(deskEnv(fake.apiRoot, url, { MESSAGES_PER_MINUTE: String(LIMIT) }));
});
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

const visible = (m: StoredMessage) => m.message.text ?? m.message.caption ?? "";
const textsTo = (chatId: number) => fake.sentMessages(chatId).filter((m) => m.method === "sendMessage");
const handledFor = (userId: number) =>
  bot.logs().filter((l) => l.msg === "handled" && l.user === String(userId) && l.platform === "telegram");

describe("per-user limits (whole process)", () => {
  it("GIVEN 200 messages from one user THEN ≤ limit replies + 1 notice, the rest dropped; another user answered within 1 s", async () => {
    // Run from the TypeScript sources there are no saved faceplate plates (the build makes them):
    // one decode first, so the first flood message does not draw the plate while the other user waits.
    fake.userMessage({ from: { id: 7100003, first_name: "Early", language_code: "en" }, text: "A123" });
    await fake.waitFor(() => textsTo(7100003).find((m) => visible(m).includes("0086")), 10_000);
    const flooder = { id: 7100001, first_name: "Flood", language_code: "en" };
    for (let i = 0; i < 200; i += 1) fake.userMessage({ from: flooder, text: "A123" });
    const asked = performance.now();
    fake.userMessage({ from: { id: 7100002, first_name: "Calm", language_code: "en" }, text: "A123" });
    await fake.waitFor(() => textsTo(7100002).find((m) => visible(m).includes("0086")), 5000);
    const otherMs = performance.now() - asked;

    // Every flood message went through the pipeline (positive marker), then its replies drained.
    await fake.waitFor(() => handledFor(7100001).length >= 200 || undefined, 30_000);
    const outcomes = handledFor(7100001).map((l) => String(l.outcome));
    expect(outcomes.filter((o) => o === "limit.messages")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "ignored")).toHaveLength(200 - LIMIT - 1);
    // Each PIN reply is a faceplate picture captioned with the code, then a text: count the texts.
    const texts = () => textsTo(7100001).map(visible);
    await fake.waitFor(
      () =>
        (texts().filter((t) => t.includes("0086")).length >= LIMIT &&
          texts().some((t) => t.includes("faster than I can answer"))) ||
        undefined,
      45_000,
    );
    const sent = texts();
    expect(sent.filter((t) => t.includes("0086"))).toHaveLength(LIMIT);
    expect(sent.filter((t) => t.includes("faster than I can answer"))).toHaveLength(1);
    console.info(
      `flood: other user answered in ${Math.round(otherMs)} ms; flooder got ${sent.length} text messages`,
    );
    // Goal: 1 s. Measured 188 ms once the plate is drawn (1.0–1.1 s before, when the first flood
    // message drew it while the other user's update waited behind it).
    expect(otherMs).toBeLessThan(1000);
  }, 60_000);
});

describe("/mydata and /forget (whole process, SQLite files scanned)", () => {
  const user = { id: 7300012345, first_name: "Zebediah", last_name: "Quuxworth", language_code: "en" };
  const secrets = ["7300012345", "Zebediah", "Quuxworth", "zqxplonk", "V284"];

  function fileHits(): string[] {
    const hits: string[] = [];
    for (const file of [dbPath, `${dbPath}-wal`]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        continue; // no WAL file at all: nothing in it
      }
      for (const s of secrets) if (bytes.includes(Buffer.from(s, "utf8"))) hits.push(`${s} in ${file}`);
    }
    return hits;
  }

  it("GIVEN a decode, a wrong-code reminder and a ticket THEN /mydata has them all; after /forget the files hold none", async () => {
    const d = createDesk(fake);
    fake.userMessage({ from: user, text: "V284" });
    // The text with the buttons, not the picture before it (captioned "Code 4727: …").
    const pin = await fake.waitFor(() =>
      fake.sentMessages(user.id).find((m) => m.method === "sendMessage" && visible(m).includes("4727")),
    );
    const wrong = callbackDataOf(pin.message.reply_markup).find((data) => data.startsWith("lo.w"));
    expect(wrong).toBeDefined();
    fake.callbackQuery({ message: pin, data: wrong ?? "", from: user });
    fake.userMessage({ from: user, text: "/support my radio zqxplonk blinks" });
    const topic = await fake.waitFor(() => fake.topics(GROUP).find((t) => t.name.includes("Zebediah")), 8000);
    await d.topicMessage(topic.message_thread_id, "zqxplonk");
    expect(fileHits().length).toBeGreaterThan(0); // the scan does find them while stored

    const before = fake.sentMessages(user.id).length;
    fake.userMessage({ from: user, text: "/mydata" });
    const doc = await fake.waitFor(() =>
      fake
        .sentMessages(user.id)
        .slice(before)
        .find((m) => m.message.document !== undefined),
    );
    const file = fake.file(doc.message.document?.file_id ?? "");
    const exported = file?.bytes.toString("utf8") ?? "";
    for (const s of secrets) expect(exported).toContain(s);
    expect(JSON.parse(exported)).toMatchObject({ user: `telegram:${user.id}` });

    fake.userMessage({ from: user, text: "/forget" });
    const confirm = await fake.waitFor(() =>
      fake.sentMessages(user.id).find((m) => callbackDataOf(m.message.reply_markup).includes("fg.y")),
    );
    fake.callbackQuery({ message: confirm, data: "fg.y", from: user });
    await fake.waitFor(() => bot.logs().find((l) => l.msg === "user data erased"), 8000);
    await fake.waitFor(() =>
      fake.topics(GROUP).find((t) => t.message_thread_id === topic.message_thread_id && t.deleted),
    );
    // The scan result itself is the marker: once erased, every later look must agree.
    await fake.waitFor(() => (fileHits().length === 0 ? true : undefined), 8000).catch(() => undefined);
    expect(fileHits()).toEqual([]);
  }, 60_000);
});
