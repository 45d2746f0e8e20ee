/**
 * Issue #11, /forget and the log channel (SUPPORT_LOG_CHANNEL), the whole process against the
 * fake Bot API: a closed ticket's transcript goes to the log chat; after the user's /forget it is
 * deleted there (another user's transcript stays). When Telegram refuses (a message older than
 * 48 hours can't be deleted), staff get a note in the log chat naming the ticket number - and
 * nothing about the user - and the refusal is logged at warn.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram, type StoredMessage } from "../fakes/telegram/index.js";
import { callbackDataOf } from "../fakes/telegram/markup.js";
import { createDesk, DESK_LIMITS, deskEnv, GROUP, userRef } from "../platforms/telegram/desk-helpers.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const LOG = -1009000000888;
let fake: FakeTelegram;
let bot: BotProcess;
let d: ReturnType<typeof createDesk>;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN, limits: DESK_LIMITS });
  fake.addChat({ id: GROUP, type: "supergroup", title: "Dokker staff", isForum: true });
  fake.addChat({ id: LOG, type: "supergroup", title: "Dokker transcripts" });
  bot = await spawnBot(deskEnv(fake.apiRoot, tempDatabaseUrl(), { SUPPORT_LOG_CHANNEL: `telegram:${LOG}` }));
  d = createDesk(fake);
});
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

const ticketOf = (m: StoredMessage) => Number(/^ticket-(\d+)\.txt$/.exec(m.files[0]?.filename ?? "")?.[1]);
/** The transcripts in the log chat whose file holds `words`. */
const logged = (words: string) =>
  fake.sentMessages(LOG).filter((m) => m.method === "sendDocument" && m.files[0]?.bytes.includes(words));

/** Opens a ticket, has staff close it, and returns its transcript in the log chat. */
async function closedTicket(user: number, words: string): Promise<StoredMessage> {
  d.userSays(user, `/support ${words}`);
  await d.userMessage(user, "has been sent to our support team");
  const topic = await d.topic(user);
  d.staffSays(topic.message_thread_id, "/close");
  const transcript = await fake.waitFor(() => logged(words)[0], 8000);
  await d.userMessage(user, "has been closed");
  return transcript;
}

async function forget(user: number): Promise<void> {
  const erasedBefore = bot.logs().filter((l) => l.msg === "user data erased").length;
  d.userSays(user, "/forget");
  const confirm = await fake.waitFor(() =>
    d.toUser(user).find((m) => callbackDataOf(m.message.reply_markup).includes("fg.y")),
  );
  fake.callbackQuery({ message: confirm, data: "fg.y", from: userRef(user) });
  await fake.waitFor(
    () => bot.logs().filter((l) => l.msg === "user data erased").length > erasedBefore || undefined,
    8000,
  );
}

describe("/forget and the log channel's transcripts (whole process)", () => {
  it("GIVEN a closed ticket's transcript in the log chat THEN /forget deletes it there; another user's stays", async () => {
    const mine = await closedTicket(7400001, "my radio zqxplonk");
    const theirs = await closedTicket(7400002, "their radio");
    await forget(7400001);
    await fake.waitFor(() => mine.deleted || undefined, 8000);
    expect(fake.callsTo("deleteMessage").map((c) => c.params)).toEqual([
      expect.objectContaining({ chat_id: LOG, message_id: mine.message_id }),
    ]);
    expect(theirs.deleted).toBe(false);
    // Nothing to tell staff: no note in the log chat.
    expect(fake.sentMessages(LOG).filter((m) => m.method === "sendMessage")).toEqual([]);
    expect(bot.logs().find((l) => l.msg === "user data erased")).toMatchObject({
      logMessages: 1,
      logTicketsLeft: 0,
    });
  }, 60_000);

  it("GIVEN a transcript Telegram refuses to delete (older than 48 h) THEN staff get a note naming the ticket, nothing about the user", async () => {
    const user = 7400003;
    const transcript = await closedTicket(user, "old radio");
    transcript.message.date -= 49 * 3600; // as if posted 49 hours ago
    await forget(user);
    const note = await fake.waitFor(
      () =>
        fake
          .sentMessages(LOG)
          .find((m) => m.method === "sendMessage" && /could not be deleted/.test(d.visible(m))),
      8000,
    );
    const ticket = ticketOf(transcript);
    expect(d.visible(note)).toContain(`ticket #${ticket}`);
    expect(d.visible(note)).toContain("message can't be deleted");
    for (const s of [String(user), `Name${user}`, "old radio"]) expect(d.visible(note)).not.toContain(s);
    expect(transcript.deleted).toBe(false);
    const warn = bot
      .logs()
      .find((l) => l.msg === "could not delete an erased user's transcript in the log channel");
    expect(warn).toMatchObject({ level: 40, ticketId: ticket, conversation: `telegram:${LOG}` });
    expect(JSON.stringify(warn)).not.toContain(String(user));
    // The user is told counts only; the desk's trouble is not theirs.
    expect(d.toUser(user).some((m) => /could not be deleted|transcript/i.test(d.visible(m)))).toBe(false);
  }, 60_000);
});
