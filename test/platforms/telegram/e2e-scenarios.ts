/**
 * End-to-end scenarios run against the whole bot process in BOTH modes (polling and webhook).
 * Each scenario uses its own user / chat ids so they don't disturb each other; every assertion
 * reads what the fake Bot API received (the same wire data real Telegram would get).
 */
import { expect } from "vitest";
import { listCommands } from "../../../commands/registry.js";
import type { FakeTelegram, StoredMessage } from "../../fakes/telegram/index.js";
import { beforeMarker, MARKER_PRECODE } from "../../support/markers.js";

export const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
const USERNAME = "DokkerTestBot";
/** The PIN of pre-code A123 (checked against src/core/pin.ts by the core tests). */
const PIN_A123 = "0086";
/**
 * What the command menu should list: public, non-hidden commands, in registry order; these
 * suites run without a support desk, so /support is left out (desk.e2e.test.ts checks it is in).
 */
export const MENU_COMMANDS = listCommands()
  .filter((c) => !c.hidden && c.audience !== "staff" && c.needs !== "desk")
  .map((c) => c.name);

/**
 * The fake's flood limits for e2e runs: the bot is configured faster than Telegram's per-chat
 * limit (TELEGRAM_RATE_PER_CHAT below), so the fake allows the same per chat; Telegram's group
 * and global limits stay.
 */
export const E2E_LIMITS = {
  perChatPerSecond: 20,
  perChatBurst: 5,
  perGroupPerMinute: 20,
  globalPerSecond: 30,
};

export function botEnv(apiRoot: string, databaseUrl: string, extra: Record<string, string> = {}) {
  return {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    DATABASE_URL: databaseUrl,
    // Faster than Telegram's 1/s per chat so a 60-message run finishes quickly; the delivery
    // tests check the real rates.
    TELEGRAM_RATE_PER_CHAT: "20",
    ...extra,
  };
}

/**
 * The bot's text messages in a chat. A PIN answer may be followed by a picture of the radio
 * (sendPhoto); the scenarios count and read the text answers.
 */
const texts = (fake: FakeTelegram, chatId: number): StoredMessage[] =>
  fake.sentMessages(chatId).filter((m) => m.method === "sendMessage");

/** Waits for `count` new bot text messages in `chatId` after `before` were there. */
export async function newMessages(
  fake: FakeTelegram,
  chatId: number,
  before: number,
  count = 1,
  timeoutMs = 8000,
): Promise<StoredMessage[]> {
  return fake.waitFor(() => {
    const all = texts(fake, chatId);
    return all.length >= before + count ? all.slice(before) : undefined;
  }, timeoutMs);
}

/** A user writes `text` in a private chat; resolves with the bot's answer. */
async function ask(fake: FakeTelegram, userId: number, text: string): Promise<StoredMessage> {
  const before = texts(fake, userId).length;
  fake.userMessage({ from: { id: userId }, text });
  const [reply] = await newMessages(fake, userId, before);
  if (!reply) throw new Error("no reply");
  return reply;
}

const buttons = (m: StoredMessage) =>
  (m.message.reply_markup?.inline_keyboard ?? [])
    .flat()
    .map((b) => ({ text: b.text, data: b.callback_data }));

export async function everyCommand(fake: FakeTelegram): Promise<void> {
  const start = await ask(fake, 5101, "/start");
  expect(start.text).toContain("<code>/dokker</code>");
  expect(start.text).not.toContain(PIN_A123);

  const deepLink = await ask(fake, 5102, "/start A123");
  expect(deepLink.text).toContain(`<code>${PIN_A123}</code>`);

  const help = await ask(fake, 5103, "/help");
  for (const c of ["/dokker", "/lockout", "/vin"]) expect(help.text).toContain(`<code>${c}</code>`);
  expect(help.text).not.toContain("/start");

  const dokker = await ask(fake, 5104, "/dokker A123");
  expect(dokker.parse_mode).toBe("HTML");
  expect(dokker.text).toMatch(/^<b>[^<]*A123[^<]*<\/b>\n\n/);
  expect(dokker.text).toContain(`<code>${PIN_A123}</code>`);
  expect(dokker.text).toMatch(/\n1\. .*\n2\. /); // numbered entry steps
  expect(buttons(dokker).map((b) => b.data)).toEqual([
    "lo.w:1.A123",
    "dk.r:A123.pr",
    "dk.r:A123.rt",
    "dk.r:A123.sw",
  ]);

  const lockout = await ask(fake, 5105, "/lockout 3");
  expect(lockout.text).toContain("<b>4 minutes</b>");

  const vin = await ask(fake, 5106, "/vin UU18SDDJ4F5123456");
  expect(vin.text).toContain("UU18SDDJ4F5123456");
  expect(vin.text).not.toMatch(/<code>\d{4}<\/code>/); // never a PIN from a VIN

  const bare = await ask(fake, 5107, "A123");
  expect(bare.text).toContain(`<code>${PIN_A123}</code>`);
}

export async function userTextStaysValidHtml(fake: FakeTelegram): Promise<void> {
  // The fake parses HTML like Telegram and refuses invalid markup (the message would be missing).
  const vin = await ask(fake, 5201, '/vin <b>&X"');
  expect(vin.text).toContain("&lt;b&gt;&amp;X&quot;");
  expect(vin.message.text).toContain('<b>&X"');
  const precode = await ask(fake, 5202, "<b>&A12");
  expect(precode.message.text).toContain("A12");
  expect(precode.text).not.toContain("<b>&");
}

async function createTopic(fake: FakeTelegram, chatId: number): Promise<number> {
  const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/createForumTopic`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: chatId, name: "Radio codes" }),
  });
  const body = (await res.json()) as { result: { message_thread_id: number } };
  return body.result.message_thread_id;
}

/** A voice note gets "type or photograph it instead" in the user's language; a 👍 sticker is small talk. */
export async function voiceAndSticker(fake: FakeTelegram): Promise<void> {
  const user = { id: 5301, language_code: "de" };
  const oggBytes = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(200, 7)]);
  expect(() => fake.userMessage({ from: user, voice: { bytes: Buffer.from("not ogg") } })).toThrow(/OGG/);
  const before = texts(fake, user.id).length;
  const voice = fake.userMessage({ from: user, voice: { bytes: oggBytes } });
  const [hint] = await newMessages(fake, user.id, before);
  expect(hint?.text).toContain("Sprachnachrichten");
  expect(hint?.text).toContain("V284");
  // The bot fetched the recording (a ticket would relay it), it did not just guess from the shape.
  const fileId = voice.message?.voice && (voice.message.voice as { file_id: string }).file_id;
  expect(fake.callsTo("getFile").some((c) => c.outcome === "ok" && c.params.file_id === fileId)).toBe(true);

  const thumbs = fake.userMessage({ from: { id: 5302 }, sticker: { emoji: "👍" } });
  expect(thumbs.message?.sticker).toBeDefined();
  const [ack] = await newMessages(fake, 5302, 0);
  expect(ack?.text).toContain("I'm here if you need anything else");
}

export async function groups(fake: FakeTelegram, chatId: number): Promise<void> {
  const from = { id: 5301 };
  fake.addChat({ id: chatId, type: "supergroup", title: "Dokker owners", isForum: true });
  const topic = await createTopic(fake, chatId);
  const say = (text: string) =>
    fake.userMessage({ chatId, chatType: "supergroup", from, text, threadId: topic });

  // Foreign command and free text first; the marker after them proves they were skipped.
  say("/dokker@OtherBot A123");
  say("A123");
  const addressed = say(`/dokker@${USERNAME} A123`);
  const [reply, ...extra] = await newMessages(fake, chatId, 0);
  expect(extra).toEqual([]);
  expect(reply?.text).toContain(`<code>${PIN_A123}</code>`);
  expect(reply?.message_thread_id).toBe(topic);
  expect(reply?.reply_to_message_id).toBe(addressed.message?.message_id);

  say("/help");
  const [help] = await newMessages(fake, chatId, 1);
  expect(help?.text).toContain("<code>/lockout</code>");
  // Nothing else answered: the marker's answer comes right after /help's.
  const before = await beforeMarker(fake, [chatId], () => say(`/dokker@${USERNAME} ${MARKER_PRECODE}`));
  expect(before.get(chatId)).toHaveLength(2);
}

export async function inlineMode(fake: FakeTelegram): Promise<void> {
  const update = fake.inlineQuery({ query: "A123", from: { id: 5401 } });
  const id = update.inline_query?.id ?? "";
  interface Article {
    type: string;
    description?: string;
    input_message_content: { message_text: string; parse_mode?: string };
    reply_markup: { inline_keyboard: unknown[][] };
  }
  const answer = (await fake.waitFor(() => fake.queryAnswer(id))) as { results: Article[] };
  expect(answer.results).toHaveLength(1);
  const [article] = answer.results;
  expect(article?.type).toBe("article");
  expect(article?.description).toContain(PIN_A123);
  expect(article?.input_message_content.parse_mode).toBe("HTML");
  expect(article?.input_message_content.message_text).toContain(`<code>${PIN_A123}</code>`);
  expect(article?.reply_markup.inline_keyboard.flat().length).toBe(4);
}

export async function everyButton(fake: FakeTelegram): Promise<void> {
  const user = 5501;
  const pin = await ask(fake, user, "/dokker A123");
  expect(pin.text).toContain("Radio CD");
  const press = async (message: StoredMessage, data: string, allowUnknownData = false) => {
    const update = fake.callbackQuery({ message, data, from: { id: user }, allowUnknownData });
    const id = update.callback_query?.id ?? "";
    return (await fake.waitFor(() => fake.queryAnswer(id))) as { text?: string; show_alert: boolean };
  };

  // Radio switch: the same message is edited in place, nothing new is sent.
  const radioAnswer = await press(pin, "dk.r:A123.pr");
  expect(radioAnswer.text).toBeUndefined();
  const edited = await fake.waitFor(() => texts(fake, user).find((m) => m.edits === 1));
  expect(edited.message_id).toBe(pin.message_id);
  expect(edited.text).toContain("Plug &amp; Radio");
  expect(edited.text).toContain(`<code>${PIN_A123}</code>`);
  expect(buttons(edited).map((b) => b.data)).toContain("dk.r:A123.cd");
  expect(texts(fake, user)).toHaveLength(1);

  // Wrong code: a new message for attempt 1 whose button advances to attempt 2.
  const before = texts(fake, user).length;
  await press(edited, "lo.w:1.A123");
  const [first] = await newMessages(fake, user, before);
  if (!first) throw new Error("no lockout reply");
  expect(first.text).toContain("<b>1 minute</b>");
  expect(buttons(first).map((b) => b.data)).toEqual(["lo.w:2.A123"]);
  await press(first, "lo.w:2.A123");
  const [second] = await newMessages(fake, user, before + 1);
  expect(second?.text).toContain("<b>2 minutes</b>");
  expect(second && buttons(second).map((b) => b.data)).toEqual(["lo.w:3.A123"]);

  // An expired or tampered button is still answered, with an alert instead of a message.
  const expired = await press(pin, "dk.r:A123.zz", true);
  expect(expired.show_alert).toBe(true);
  expect(expired.text).toMatch(/out of date/);
  const unknown = await press(pin, "zz.q:1", true);
  expect(unknown.text).toMatch(/out of date/);
  expect(texts(fake, user)).toHaveLength(3);
  // Each callback query was answered exactly once.
  const answers = fake.callsTo("answerCallbackQuery").filter((c) => c.status === 200);
  expect(answers.length).toBeGreaterThanOrEqual(5);
  expect(fake.callsTo("answerCallbackQuery").filter((c) => c.status !== 200)).toEqual([]);
}

/**
 * "Dreimal falsch eingegeben": the answer's first button, on a row of its own, is the wait after
 * 3 wrong codes in German; a tap gives the lockout advice. A story with several numbers gets
 * "Wie viele falsche Codes?", which asks with one row of number buttons.
 */
export async function wrongCountInWords(fake: FakeTelegram): Promise<void> {
  const user = 5451; // its own user: the German it writes becomes the conversation's language
  const press = async (message: StoredMessage, data: string) => {
    const update = fake.callbackQuery({ message, data, from: { id: user } });
    await fake.waitFor(() => fake.queryAnswer(update.callback_query?.id ?? ""));
  };
  const three = await ask(
    fake,
    user,
    "Ich habe den Code dreimal falsch eingegeben, wie lange muss ich warten?",
  );
  const rows = three.message.reply_markup?.inline_keyboard ?? [];
  expect(rows[0]?.map((b) => [b.text, b.callback_data])).toEqual([
    ["4 Minuten warten nach dem 3. falschen Code", "lo.c:3"],
  ]);
  const before = texts(fake, user).length;
  await press(three, "lo.c:3");
  const [info] = await newMessages(fake, user, before);
  expect(info?.text).toContain("<b>4 Minuten</b>");
  const story = await ask(
    fake,
    user,
    "Meine Frau hat es zweimal versucht, dann ich noch einmal, immer noch CODE",
  );
  expect(buttons(story)[0]).toEqual({ text: "Wie viele falsche Codes? Wählen", data: "lo.c" });
  const count = texts(fake, user).length;
  await press(story, "lo.c");
  const [question] = await newMessages(fake, user, count);
  if (!question) throw new Error("no question");
  expect(question.text).toContain("Wie viele falsche Codes");
  expect(question.message.reply_markup?.inline_keyboard?.map((row) => row.map((b) => b.text))).toEqual([
    ["1", "2", "3", "4", "5", "6+"],
  ]);
  await press(question, "lo.c:5");
  const [five] = await newMessages(fake, user, count + 1);
  expect(five?.text).toContain("<b>16 Minuten</b>");
}

/**
 * A follow-up after the code: "radio does not beep" alone is first about beeps; right after a
 * decode, "How to enter the code" is its first button (the profile keeps what was answered).
 */
export async function followUpAfterCode(fake: FakeTelegram): Promise<void> {
  const after = 5461;
  const alone = 5462;
  await ask(fake, after, "V284");
  const followUp = await ask(fake, after, "radio does not beep");
  expect(buttons(followUp)[0]?.text).toBe("How to enter the code");
  const plain = await ask(fake, alone, "radio does not beep");
  expect(buttons(plain)[0]?.text).toBe("Scrambled sound and beeps");
}

/**
 * The ERROR answer asks how many wrong codes ("How many wrong codes? Choose" first); "3 mal" typed
 * after it is answered with the wait after 3, in German; the same from a chat asked nothing is not.
 */
export async function countAfterLockoutAnswer(fake: FakeTelegram): Promise<void> {
  const asked = 5463;
  const stranger = 5464;
  const answer = await ask(fake, asked, "Radio zeigt CODE LOCK");
  expect(buttons(answer)[0]?.text).toBe("Wie viele falsche Codes? Wählen");
  const wait = await ask(fake, asked, "3 mal");
  expect(wait.text).toContain("<b>4 Minuten</b>");
  expect(buttons(wait).map((b) => b.text)).toContain("In 4 Minuten erinnern");
  const alone = await ask(fake, stranger, "3 mal");
  expect(alone.text).not.toContain("4 Minuten");
}

/** 3 chats × 20 pre-codes while 20% of sendMessage calls get 429: all once, in order. */
export async function throttledRun(fake: FakeTelegram): Promise<{ delivered: number; tooMany: number }> {
  const chats = [5601, 5602, 5603];
  const precodes = Array.from({ length: 20 }, (_, i) => `B${String(100 + i)}`);
  const tooManyBefore = fake.stats.tooManyRequests;
  fake.failRate("sendMessage", { ratio: 0.2, status: 429, retryAfter: 1 });
  try {
    for (const p of precodes) for (const c of chats) fake.userMessage({ from: { id: c }, text: p });
    for (const c of chats) {
      const got = await newMessages(fake, c, 0, precodes.length, 40_000);
      const titles = got.map((m) => /B\d{3}/.exec(m.text ?? "")?.[0]);
      expect(titles).toEqual(precodes);
    }
  } finally {
    fake.clearFaults();
  }
  // No duplicates: each chat's answers up to the marker's are exactly the pre-codes, once.
  const before = await beforeMarker(fake, chats, (c) =>
    fake.userMessage({ from: { id: c }, text: MARKER_PRECODE }),
  );
  for (const c of chats) expect(before.get(c)).toHaveLength(precodes.length);
  const tooMany = fake.stats.tooManyRequests - tooManyBefore;
  expect(tooMany).toBeGreaterThan(0);
  return { delivered: chats.length * precodes.length, tooMany };
}
