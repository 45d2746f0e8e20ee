/**
 * The support desk from the web, in a real browser: the whole bot process with WEB_CHAT=on and a
 * Telegram desk (SUPPORT_DESK=telegram:<staff supergroup>) on the fake Bot API. "Contact support"
 * on the page opens a forum topic shown as "web"; staff answer in the topic; the answer appears in
 * the page, also when the visitor was away when it was sent.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleImage } from "../fakes/image-bytes.js";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createDesk, deskEnv, GROUP, STAFF } from "../platforms/telegram/desk-helpers.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { freePort } from "../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";
import { launchChromium } from "./browser.js";

let fake: FakeTelegram;
let bot: BotProcess;
let browser: Browser;
let base: string;
let desk: ReturnType<typeof createDesk>;

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  fake = await createFakeTelegram({ token: TOKEN });
  fake.addChat({ id: GROUP, type: "supergroup", title: "Dokker staff", isForum: true });
  bot = await spawnBot(
    deskEnv(fake.apiRoot, tempDatabaseUrl(), { WEB_CHAT: "on", HTTP_PORT: String(port), LOG_LEVEL: "info" }),
  );
  browser = await launchChromium();
  desk = createDesk(fake);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (bot && bot.child.exitCode === null) await bot.stop();
  await fake?.close();
});

async function openChat(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('#dokker-chat[data-state="live"]').waitFor();
  return page;
}

async function say(page: Page, text: string): Promise<void> {
  const before = await page.locator(".dk-bot").count();
  await page.locator("#dk-input").fill(text);
  await page.locator("#dk-input").press("Enter");
  await page.locator(".dk-bot").nth(before).waitFor();
}

const lastBot = (page: Page) => page.locator(".dk-bot").last();

describe("support desk from the web (Chromium + Telegram fake)", () => {
  it("opens a ticket shown as web, relays a staff answer, and keeps answers for an offline visitor", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    let page = await openChat(context);
    await say(page, "/dokker A123");
    // With a desk the menu offers "Contact support" too (left out without one: page.e2e).
    await page.locator(".dk-summary").click();
    await page.locator(".dk-menu-item", { hasText: "Contact support" }).waitFor({ state: "visible" });
    await page.locator(".dk-summary").click();
    await lastBot(page).getByRole("button", { name: "Contact support" }).click();
    await expect.poll(() => lastBot(page).textContent()).toMatch(/Your request #\d+ is open/);
    const topic = await fake.waitFor(() => fake.topics(GROUP).find((t) => t.name.includes("· web ·")));
    await desk.topicMessage(topic.message_thread_id, "A123 → code 0086");

    await say(page, "the radio still says CODE");
    await desk.topicMessage(topic.message_thread_id, "the radio still says CODE");

    desk.staffSays(topic.message_thread_id, 'Hold button 6 <img src=x onerror="window.__pwned=1">');
    await expect.poll(() => lastBot(page).textContent(), { timeout: 10_000 }).toContain("Hold button 6");
    expect(await lastBot(page).textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    // The only pictures are the bot's own (the faceplate of the decode): staff text made none.
    expect(await page.locator(".dk-log img[src='x'], .dk-log img[onerror]").count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    // The visitor's photo of the label goes to the topic as a photo (re-uploaded bytes).
    const label = await sampleImage("png");
    await page
      .locator(".dk-form input[type=file]")
      .setInputFiles({ name: "label.png", mimeType: "image/png", buffer: label });
    await page.locator(".dk-user img.dk-picture").waitFor();
    const photo = await fake.waitFor(() =>
      desk.inTopic(topic.message_thread_id).find((m) => m.method === "sendPhoto" && m.files.length > 0),
    );
    expect(Buffer.from(photo.files[0]?.bytes ?? []).equals(label)).toBe(true);

    // A staff photo is re-uploaded to the visitor and shown as a picture (never as a link).
    fake.userMessage({
      chatId: GROUP,
      chatType: "supergroup",
      threadId: topic.message_thread_id,
      from: STAFF,
      photo: await sampleImage("png"),
      caption: "like this label",
    });
    // (The decode at the start brought the faceplate picture: the staff photo is the newest one.)
    const staffPhoto = page
      .locator(".dk-bot")
      .filter({ hasText: "like this label" })
      .locator("img.dk-picture");
    await staffPhoto.waitFor({ timeout: 10_000 });
    expect(await staffPhoto.getAttribute("src")).toMatch(/^blob:/);

    // Offline: the page is closed when staff answer; the answer is there when the visitor returns.
    await page.close();
    const reactions = fake.callsTo("setMessageReaction").length;
    desk.staffSays(topic.message_thread_id, "Did it work?");
    // Staff see 👍 once the answer is delivered: for the web, stored for the visitor's return.
    await fake.waitFor(() => fake.callsTo("setMessageReaction").length > reactions || undefined);
    page = await openChat(context);
    await expect.poll(() => lastBot(page).textContent(), { timeout: 10_000 }).toContain("Did it work?");
    await context.close();
  });
});
