/**
 * The whole bot process with a Telegram support desk (SUPPORT_DESK=telegram:<staff supergroup>)
 * against the fake Bot API: users write privately, staff answer in forum topics.
 * Each scenario uses its own user ids; assertions read what the fake received.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCommands } from "../../../commands/registry.js";
import { sampleImage } from "../../fakes/image-bytes.js";
import { createFakeTelegram, type FakeTelegram, type StoredMessage } from "../../fakes/telegram/index.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../../support/spawn-bot.js";
import { api, createDesk, DESK_LIMITS, deskEnv, GROUP, STAFF, userRef } from "./desk-helpers.js";
import { MENU_COMMANDS, TOKEN } from "./e2e-scenarios.js";

/** With a desk, the menu has /support too, in registry order. */
const MENU_COMMANDS_WITH_DESK = listCommands()
  .filter((c) => MENU_COMMANDS.includes(c.name) || c.needs === "desk")
  .map((c) => c.name);

let fake: FakeTelegram;
let bot: BotProcess;
let d: ReturnType<typeof createDesk>;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN, limits: DESK_LIMITS });
  fake.addChat({ id: GROUP, type: "supergroup", title: "Dokker staff", isForum: true });
  bot = await spawnBot(deskEnv(fake.apiRoot, tempDatabaseUrl()));
  d = createDesk(fake);
});
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

/** Opens a ticket for `user` and returns its topic id. */
async function openTicket(user: number, text = "radio says ERROR"): Promise<number> {
  d.userSays(user, `/support ${text}`);
  await d.userMessage(user, "has been sent to our support team");
  return (await d.topic(user)).message_thread_id;
}

const uploads = (m: StoredMessage) => m.files.map((f) => Buffer.from(f.bytes).toString("hex"));

describe("telegram support desk (e2e)", () => {
  it("lists /support in the command menus (left out without a desk)", async () => {
    const menu = await fake.waitFor(() => fake.myCommands({ languageCode: "de" }));
    expect(menu.map((c) => c.command)).toEqual(MENU_COMMANDS_WITH_DESK);
    expect(menu.map((c) => c.command)).toContain("support");
  });

  it("opens ONE topic with the context header: last pre-code, PIN and wrong attempts", async () => {
    const user = 6001;
    d.userSays(user, "/dokker V284");
    // The text with the buttons (the picture before it is captioned "Code 4727: …").
    const pin = await d.userMessage(user, /Radio code for V284[\s\S]*4727/);
    const shown = d.toUser(user).length;
    fake.callbackQuery({ message: pin, data: "lo.w:1.V284", from: userRef(user) });
    await fake.waitFor(() => d.toUser(user)[shown]);
    const topicId = await openTicket(user, "radio says ERROR");
    const [topic, ...others] = d.topicsOf(user);
    expect(others).toEqual([]);
    expect(topic?.name).toMatch(/^🟢 #\d+ · telegram · Name6001/);
    expect(topic?.name.length).toBeLessThanOrEqual(128);
    const header = await d.topicMessage(topicId, "Last pre-code");
    expect(d.visible(header)).toContain("V284 → code 4727");
    expect(d.visible(header)).toContain("Wrong codes reported so far: 1");
    expect(header.parse_mode).toBe("HTML");
    await d.topicMessage(topicId, "radio says ERROR");
    // Nothing was posted outside the topic ("General").
    expect(fake.sentMessages(GROUP).filter((m) => m.message_thread_id === undefined)).toEqual([]);
  });

  it("relays both ways, escaping user text like <b> and & in each direction; ! lines stay internal", async () => {
    const user = 6002;
    const topicId = await openTicket(user, "hello");
    d.userSays(user, 'it shows <b>& "ERR"');
    const relayed = await d.topicMessage(topicId, "it shows");
    expect(d.visible(relayed)).toContain('it shows <b>& "ERR"');
    expect(relayed.text).toContain("&lt;b&gt;&amp; &quot;ERR&quot;");

    d.staffSays(topicId, "!checked the dealer list\ntry <i>&this</i>");
    const toUser = await d.userMessage(user, "try <i>");
    expect(d.visible(toUser)).toContain("try <i>&this</i>");
    expect(d.visible(toUser)).toContain("Alice");
    expect(toUser.text).toContain("&lt;i&gt;&amp;this");
    expect(d.toUser(user).some((m) => d.visible(m).includes("dealer list"))).toBe(false);
    // The relayed staff message is acknowledged with a reaction.
    await fake.waitFor(() => fake.callsTo("setMessageReaction").length > 0 || undefined);
  });

  it("runs staff commands in the topic: /reply anonymous, /snippet, /code V284", async () => {
    const user = 6003;
    const topicId = await openTicket(user);
    d.staffSays(topicId, "/reply anonymous We are on it");
    const anon = await d.userMessage(user, "We are on it");
    expect(d.visible(anon)).toContain("Support team");
    expect(d.visible(anon)).not.toContain("Alice");
    await d.topicMessage(topicId, "Sent anonymously");

    d.staffSays(topicId, "/snippet enter-code");
    await d.topicMessage(topicId, "Sent FAQ answer enter-code");

    const before = d.toUser(user).length;
    d.staffSays(topicId, "/code V284");
    const code = await d.userMessage(user, "4727");
    expect(code.text).toContain("<code>4727</code>");
    expect(d.toUser(user).length).toBeGreaterThan(before);
    await d.topicMessage(topicId, "Sent the code reply for V284");
  });

  it("re-uploads a photo both ways: the bytes arrive unchanged, never as a link", async () => {
    const user = 6004;
    const topicId = await openTicket(user);
    const fromUser = await sampleImage("jpeg", 40, 30);
    fake.userMessage({ from: userRef(user), photo: fromUser, caption: "the label" });
    const inTopic = await fake.waitFor(() =>
      d.inTopic(topicId).find((m) => m.method === "sendPhoto" || m.method === "sendDocument"),
    );
    expect(uploads(inTopic)).toEqual([fromUser.toString("hex")]);
    await d.topicMessage(topicId, "the label");

    const fromStaff = await sampleImage("png", 30, 40);
    fake.userMessage({
      chatId: GROUP,
      chatType: "supergroup",
      threadId: topicId,
      from: STAFF,
      photo: fromStaff,
      caption: "like this",
    });
    const toUser = await fake.waitFor(() => d.toUser(user).find((m) => m.method === "sendPhoto"));
    expect(uploads(toUser)).toEqual([fromStaff.toString("hex")]);
    await d.userMessage(user, "like this");
    const calls = [...fake.callsTo("sendPhoto"), ...fake.callsTo("sendDocument")];
    expect(calls.every((c) => !/^https?:/.test(String(c.params.photo ?? c.params.document ?? "")))).toBe(
      true,
    );
  });

  it("/close posts the transcript, closes the topic and tells the user; a later message reopens it", async () => {
    const user = 6005;
    const topicId = await openTicket(user, "first words");
    // Updates from one chat are handled in order (src/platforms/telegram/serial.ts): the note is
    // stored before /close runs, so the transcript must hold it.
    d.staffSays(topicId, "!internal remark");
    d.staffSays(topicId, "/close");
    const transcript = await fake.waitFor(() => d.inTopic(topicId).find((m) => m.method === "sendDocument"));
    const file = Buffer.from(transcript.files[0]?.bytes ?? []).toString("utf8");
    expect(file).toContain("first words");
    expect(file).toContain("Internal note");
    expect(transcript.files[0]?.filename).toMatch(/^ticket-\d+\.txt$/);
    await d.userMessage(user, "has been closed");
    const closed = await fake.waitFor(() => d.topicsOf(user).find((t) => t.closed));
    expect(closed.name.startsWith("✅")).toBe(true);

    d.userSays(user, "still broken");
    await d.userMessage(user, "has been reopened");
    await d.topicMessage(topicId, "still broken");
    const reopened = await fake.waitFor(() => d.topicsOf(user).find((t) => !t.closed));
    expect(reopened.message_thread_id).toBe(topicId);
    expect(reopened.name.startsWith("🟢")).toBe(true);
    expect(d.topicsOf(user)).toHaveLength(1);
  });

  it("/close 10m silent is cancelled by a user message", async () => {
    const user = 6006;
    const topicId = await openTicket(user);
    d.staffSays(topicId, "/close 10m silent");
    await d.topicMessage(topicId, "will close in 10m unless the user writes (silently)");
    d.userSays(user, "wait, one more thing");
    await d.topicMessage(topicId, "Scheduled close cancelled");
    const topic = fake.topics(GROUP).find((t) => t.message_thread_id === topicId);
    expect(topic?.closed).toBe(false);
    // Silent: the user was never told about the planned close.
    expect(d.toUser(user).some((m) => /close/i.test(d.visible(m)))).toBe(false);
  });

  it("/block 1h refuses the relay; /unblock relays again", async () => {
    const user = 6007;
    const topicId = await openTicket(user);
    d.staffSays(topicId, "/block 1h");
    await d.topicMessage(topicId, "blocked this user until");
    d.userSays(user, "are you there");
    await d.userMessage(user, "cannot be forwarded");
    d.staffSays(topicId, "/unblock");
    await d.topicMessage(topicId, "unblocked this user");
    // A relayed "are you there" would have reached the topic before the /unblock confirmation.
    expect(d.inTopic(topicId).some((m) => d.visible(m).includes("are you there"))).toBe(false);
    d.userSays(user, "hello again");
    await d.topicMessage(topicId, "hello again");
  });

  it("tells staff in the topic when the user blocked the bot", async () => {
    const user = 6008;
    const topicId = await openTicket(user);
    fake.blockUser(user);
    d.staffSays(topicId, "Did it work?");
    await d.topicMessage(topicId, "cannot be reached");
    expect(d.toUser(user).some((m) => d.visible(m).includes("Did it work?"))).toBe(false);
    fake.unblockUser(user);
  });

  it("recreates a deleted topic on the next user message, with the history as a file", async () => {
    const user = 6009;
    const oldTopic = await openTicket(user, "before deletion");
    expect((await api(fake, "deleteForumTopic", { chat_id: GROUP, message_thread_id: oldTopic })).ok).toBe(
      true,
    );
    d.userSays(user, "after deletion");
    const fresh = await fake.waitFor(() =>
      d.topicsOf(user).find((t) => !t.deleted && t.message_thread_id !== oldTopic),
    );
    await d.topicMessage(fresh.message_thread_id, "replaces one that was deleted");
    await d.topicMessage(fresh.message_thread_id, "after deletion");
    const history = await fake.waitFor(() =>
      d.inTopic(fresh.message_thread_id).find((m) => m.method === "sendDocument"),
    );
    expect(Buffer.from(history.files[0]?.bytes ?? []).toString("utf8")).toContain("before deletion");
    expect(d.live().filter((t) => t.name.includes("Name6009"))).toHaveLength(1);
  });

  it("denies staff commands outside the staff group and from people who left it", async () => {
    const user = 6010;
    const topicId = await openTicket(user);
    const other = -1009000000888;
    fake.addChat({ id: other, type: "supergroup", title: "Owners club", isForum: false });
    fake.userMessage({ chatId: other, chatType: "supergroup", from: { id: 8999 }, text: "/reply hi there" });
    const denied = await fake.waitFor(() =>
      fake.sentMessages(other).find((m) => d.visible(m).includes("Only support staff")),
    );
    expect(d.visible(denied)).toContain("/reply");

    fake.setMember(GROUP, 8002, "left");
    d.staffSays(topicId, "/reply sneaky", { id: 8002, first_name: "Mallory" });
    await d.topicMessage(topicId, "Only support staff");
    d.staffSays(topicId, "plain sneaky", { id: 8002, first_name: "Mallory" });
    // Marker: a real staff answer after it; a relayed "sneaky" would have reached the user first.
    d.staffSays(topicId, "/reply answer from real staff");
    await d.userMessage(user, "answer from real staff");
    expect(d.toUser(user).some((m) => d.visible(m).includes("sneaky"))).toBe(false);
  });

  it("two /support at once give one topic; /forget deletes the topic", async () => {
    const user = 6011;
    d.userSays(user, "/support first");
    d.userSays(user, "/support second");
    const topicId = (await d.topic(user)).message_thread_id;
    await d.topicMessage(topicId, "first");
    await d.topicMessage(topicId, "second");
    // Marker: a later message reaches the same topic; a second topic would have been opened before.
    d.userSays(user, "third words");
    await d.topicMessage(topicId, "third words");
    expect(d.topicsOf(user)).toHaveLength(1);

    d.userSays(user, "/forget");
    const confirm = await d.userMessage(user, "cannot be undone");
    const press = fake.callbackQuery({ message: confirm, data: "fg.y", from: userRef(user) });
    const answer = (await fake.waitFor(() => fake.queryAnswer(press.callback_query?.id ?? ""))) as {
      text?: string;
    };
    expect(answer.text).toContain("your data has been deleted");
    // Erased, not anonymised: the topic goes with everything in it (the bot may delete messages).
    await fake.waitFor(() => d.topicsOf(user).find((t) => t.message_thread_id === topicId && t.deleted));
    expect(d.live().some((t) => t.message_thread_id === topicId)).toBe(false);
  });

  it("gives a hint for a file sent without an open ticket", async () => {
    const user = 6012;
    fake.userMessage({
      from: userRef(user),
      document: { bytes: "pdf", fileName: "manual.pdf", mimeType: "application/pdf" },
    });
    const hint = await fake.waitFor(() => d.toUser(user)[0]);
    expect(d.visible(hint)).toContain("/support");
    // Photos of the label are read (label-photo.ts): the hint says so instead of "I cannot look at files".
    expect(d.visible(hint)).toContain("I can read a photo of the radio's label, but not other files");
    expect(fake.topics(GROUP).some((t) => t.name.includes("Name6012"))).toBe(false);
  });
});

describe("telegram desk configuration", () => {
  it("GIVEN SUPPORT_DESK=telegram:… without TELEGRAM_BOT_TOKEN THEN start-up stops with a clear config error (exit 2)", async () => {
    const proc = await spawnBot(
      { SUPPORT_DESK: `telegram:${GROUP}`, DATABASE_URL: tempDatabaseUrl() },
      { waitReady: false },
    );
    const code = await new Promise<number | null>((resolve) => {
      if (proc.child.exitCode !== null) resolve(proc.child.exitCode);
      else proc.child.once("exit", (c) => resolve(c));
    });
    expect(code).toBe(2);
    expect(proc.stderr()).toContain("Invalid configuration");
    expect(proc.stderr()).toContain("set TELEGRAM_BOT_TOKEN");
  });
});
