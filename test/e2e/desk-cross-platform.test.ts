/**
 * One bot process with BOTH platforms configured, against both fakes: the user is on one
 * platform, the support desk on the other.
 * - Desk on Discord (forum), user on Telegram (private chat).
 * - Desk on Telegram (forum topics), user on Discord (DM).
 * Relayed text keeps characters like `<b>` and `&` literal on both sides, files arrive as the
 * same bytes (re-uploaded), and closing tells the user on their own platform.
 * The two cases run one after the other: two processes on one Discord token would both receive
 * every gateway event.
 */
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../fakes/discord/index.js";
import { sampleImage } from "../fakes/image-bytes.js";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { desk as discordDesk, shown } from "../platforms/discord/desk-helpers.js";
import {
  createDesk,
  DESK_LIMITS,
  deskEnv,
  GROUP,
  STAFF,
  userRef,
} from "../platforms/telegram/desk-helpers.js";
import { botEnv, TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const DISCORD_TOKEN = "cross-platform-discord-token.SECRET-0123456789";
let tg: FakeTelegram;
let dc: FakeDiscord;
let bot: BotProcess | undefined;

beforeAll(async () => {
  tg = await createFakeTelegram({ token: TOKEN, limits: DESK_LIMITS });
  tg.addChat({ id: GROUP, type: "supergroup", title: "Dokker staff", isForum: true });
  dc = await createFakeDiscord({ token: DISCORD_TOKEN, heartbeatIntervalMs: 1000 });
});
afterEach(async () => {
  if (bot && bot.child.exitCode === null) await bot.stop("SIGKILL");
  bot = undefined;
});
afterAll(async () => {
  await tg.close();
  await dc.close();
});

const discordEnv = () => ({
  DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: dc.applicationId,
  DISCORD_API: dc.api,
  STAFF_ROLE_ID: dc.defaults.staffRoleId,
});

async function startBoth(env: Record<string, string>): Promise<BotProcess> {
  bot = await spawnBot(env);
  await bot.waitForLog((l) => l.msg === "discord ready");
  const started = bot.logs().find((l) => l.msg === "started");
  expect(started?.platforms).toEqual(expect.arrayContaining(["telegram", "discord"]));
  return bot;
}

describe("support desk across platforms (one process, both fakes)", () => {
  it("GIVEN the desk on Discord WHEN a Telegram user asks for support THEN staff answer in the forum post and the user gets it on Telegram", async () => {
    const view = discordDesk(dc);
    const t = createDesk(tg);
    const user = 7401;
    await startBoth({
      ...botEnv(tg.apiRoot, tempDatabaseUrl(), {
        TELEGRAM_RATE_PER_CHAT: "200",
        TELEGRAM_RATE_GLOBAL: "2000",
      }),
      ...discordEnv(),
      SUPPORT_DESK: `discord:${dc.defaults.forumChannelId}`,
    });
    const before = view.posts().length;
    t.userSays(user, "/support my radio & <b>ERROR</b>");
    const post = await view.newPost(before);
    await view.waitThread(post, "my radio & <b>ERROR</b>");
    expect(view.threadText(post)).toMatch(/telegram/i);
    await t.userMessage(user, "has been sent to our support team");

    // A photo from the Telegram user is re-uploaded into the post (same bytes).
    const photo = await sampleImage("jpeg", 40, 30);
    tg.userMessage({ from: userRef(user), photo, caption: "the label" });
    const upload = await dc.waitFor(() => view.uploadsTo(post)[0], 8000, "photo upload to the post");
    expect(upload.files.map((f) => f.data.toString("hex"))).toEqual([photo.toString("hex")]);

    // Staff answer in the post → the Telegram user gets it, with <b> and & kept literal.
    dc.messageCreate({
      channelId: post,
      author: { id: dc.defaults.staffUser.id },
      content: "Try <b>0000</b> & wait",
    });
    const answer = await t.userMessage(user, "Try <b>0000</b> & wait");
    expect(answer.text).toContain("Try &lt;b&gt;0000&lt;/b&gt; &amp; wait");

    // /close in the post → the user is told on Telegram.
    dc.slashCommand({ name: "close", options: {}, channelId: post, user: { id: dc.defaults.staffUser.id } });
    await t.userMessage(user, "has been closed");
  }, 60_000);

  it("GIVEN the desk on Telegram WHEN a Discord user asks for support in a DM THEN staff answer in the topic and the user gets it on Discord", async () => {
    const view = discordDesk(dc);
    const t = createDesk(tg);
    const user = dc.addUser({ username: "carol", globalName: "Carol" });
    await startBoth({ ...deskEnv(tg.apiRoot, tempDatabaseUrl()), ...discordEnv() });
    dc.messageCreate({ dm: true, author: { id: user.id }, content: "/support radio says ERROR & <i>" });
    await view.waitDm(user.id, "has been sent to our support team");
    const topic = await tg.waitFor(() => tg.topics(GROUP).find((x) => x.name.includes("Carol")), 8000);
    expect(topic.name).toMatch(/^🟢 #\d+ · discord · Carol/);
    const header = await t.topicMessage(topic.message_thread_id, "No pre-code decoded yet");
    expect(t.visible(header)).toContain("(discord)");
    const first = await t.topicMessage(topic.message_thread_id, "radio says ERROR");
    expect(t.visible(first)).toContain("radio says ERROR & <i>");

    // A file from the Discord DM arrives in the topic as the same bytes.
    const file = randomBytes(1500);
    dc.messageCreate({
      dm: true,
      author: { id: user.id },
      content: "the manual",
      attachments: [{ filename: "manual.pdf", data: file, contentType: "application/pdf" }],
    });
    const doc = await tg.waitFor(() =>
      t.inTopic(topic.message_thread_id).find((m) => m.method === "sendDocument" || m.method === "sendPhoto"),
    );
    expect(doc.files.map((f) => Buffer.from(f.bytes).toString("hex"))).toEqual([file.toString("hex")]);

    // Staff answer in the topic (text and a photo) → the Discord user gets both in the DM.
    t.staffSays(topic.message_thread_id, "Hold <b>SET</b> & wait");
    await view.waitDm(user.id, "Hold <b>SET</b> & wait");
    const photo = await sampleImage("png", 36, 20);
    tg.userMessage({
      chatId: GROUP,
      chatType: "supergroup",
      threadId: topic.message_thread_id,
      from: STAFF,
      photo,
    });
    const dmId = view.dmChannelId(user.id);
    const dmUpload = await dc.waitFor(() => view.uploadsTo(dmId)[0], 8000, "photo upload to the DM");
    expect(dmUpload.files.map((f) => f.data.toString("hex"))).toEqual([photo.toString("hex")]);

    t.staffSays(topic.message_thread_id, "/close");
    await view.waitDm(user.id, "has been closed");
    await tg.waitFor(() =>
      tg.topics(GROUP).find((x) => x.message_thread_id === topic.message_thread_id && x.closed),
    );
    expect(dc.dmMessages(user.id).map(shown).join("\n")).not.toContain("No pre-code decoded yet");
  }, 60_000);
});
