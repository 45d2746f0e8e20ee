/**
 * The web chat in a real browser (headless Chromium), against the whole bot process with
 * WEB_CHAT=on and no other platform: what a visitor does on the page, the widget on an allowed
 * and on a refused site, injection strings, accessibility, screenshots. The support desk from
 * the web is in desk.e2e.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLabel } from "../labels/generate.js";
import { freePort } from "../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";
import { axeViolations, hostSite, launchChromium } from "./browser.js";

const INJECTIONS = [
  '<img src=x onerror="window.__pwned=1">',
  "<script>window.__pwned=1</script>",
  "<b>bold?</b> & &amp; &lt;tag&gt;",
  '"><svg onload=window.__pwned=1>',
  "javascript:window.__pwned=1",
  "*bold* _it_ `code` ||spoiler|| @everyone",
];

let bot: BotProcess;
let browser: Browser;
let base: string;
let allowed: Awaited<ReturnType<typeof hostSite>>;
let refused: Awaited<ReturnType<typeof hostSite>>;

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  allowed = await hostSite(`${base}/widget.js`);
  refused = await hostSite(`${base}/widget.js`);
  bot = await spawnBot({
    DATABASE_URL: tempDatabaseUrl(),
    WEB_CHAT: "on",
    WEB_ALLOWED_ORIGINS: allowed.origin,
    HTTP_PORT: String(port),
    LOG_LEVEL: "info",
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (bot && bot.child.exitCode === null) await bot.stop();
  await allowed?.close();
  await refused?.close();
});

/** A page of the chat, connected (its event stream said "ready"). */
async function openChat(context: BrowserContext, path = "/"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.locator('#dokker-chat[data-state="live"]').waitFor();
  return page;
}

async function say(page: Page, text: string): Promise<void> {
  const before = await page.locator(".dk-bot").count();
  await page.locator("#dk-input").fill(text);
  await page.locator("#dk-input").press("Enter");
  await page.locator(".dk-bot").nth(before).waitFor();
}

/** The page's `getComputedStyle` (written out in each callback: they run in the browser). */
type Styled = { getComputedStyle(e: unknown): { color: string; backgroundColor: string; direction: string } };

const lastBot = (page: Page) => page.locator(".dk-bot").last();

describe("web chat page (Chromium)", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    page = await openChat(context);
  });
  afterAll(() => context.close());

  it("serves the page with a CSP without inline scripts, and paints in under a second", async () => {
    const res = await page.request.get(`${base}/`);
    expect(res.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers()["content-security-policy"]).not.toContain("unsafe-inline");
    // A new visitor's page load (the browser and the bot already running, nothing cached).
    const visitor = await browser.newContext({ locale: "en-US" });
    const fresh = await visitor.newPage();
    await fresh.goto(`${base}/`);
    await fresh.locator('#dokker-chat[data-state="live"]').waitFor();
    const fcp = await fresh.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    );
    await visitor.close();
    console.log(`web page first contentful paint: ${fcp.toFixed(0)} ms`);
    expect(fcp).toBeLessThan(1000);
  });

  it("answers /dokker A123 with 0086 and the entry steps; a button gets its own answer", async () => {
    await say(page, "/dokker A123");
    const reply = lastBot(page);
    await expect.poll(() => reply.locator("code").first().textContent()).toBe("0086");
    expect(await reply.locator("ol > li").count()).toBeGreaterThanOrEqual(5);
    const before = await page.locator(".dk-bot").count();
    await reply.getByRole("button", { name: "Plug & Radio" }).click();
    await page.locator(".dk-bot").nth(before).waitFor();
    await expect.poll(() => lastBot(page).textContent()).toContain("Plug & Radio");
    expect(await lastBot(page).textContent()).toContain("0086");
  });

  it("answers a French question in French", async () => {
    await say(page, "où se trouve le pré-code ?");
    expect(await lastBot(page).textContent()).toContain("Le pré-code est imprimé sur l'étiquette");
  });

  it("answers Arabic with the six languages as buttons; the Arabic sentence and the user's message read right to left", async () => {
    await say(page, "الراديو يطلب رمز بعد تغيير البطارية");
    const reply = lastBot(page);
    const first = reply.locator("p").first();
    expect(await first.textContent()).toContain("V284");
    expect(await first.evaluate((p) => (globalThis as unknown as Styled).getComputedStyle(p).direction)).toBe(
      "rtl",
    );
    // The conversation was French: the same sentence in French follows, left to right.
    const french = reply.locator("p").nth(1);
    expect(
      await french.evaluate((p) => (globalThis as unknown as Styled).getComputedStyle(p).direction),
    ).toBe("ltr");
    expect(await reply.getByRole("button").allTextContents()).toEqual([
      "English",
      "Français",
      "Deutsch",
      "Español",
      "Română",
      "Türkçe",
    ]);
    const mine = page.locator(".dk-text").last();
    expect(await mine.evaluate((p) => (globalThis as unknown as Styled).getComputedStyle(p).direction)).toBe(
      "rtl",
    );
  });

  it("reads a label photo added with Add a photo: 'Is it Q565?', the look-alike O565 offered, 9401 after the tap", async () => {
    const label = await generateLabel(10); // a tuning seed: a part-number label, Q565
    // A conversation of its own: the one above now speaks French.
    const own = await browser.newContext({ locale: "en-US" });
    const page = await openChat(own);
    await page.locator('input[type="file"]').setInputFiles({
      name: "label.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from(label.jpeg),
    });
    const proposal = page.locator(".dk-bot", { hasText: "Is it Q565?" });
    await proposal.waitFor({ timeout: 60_000 });
    expect(await proposal.textContent()).toContain("Q and O look alike");
    expect(await proposal.textContent()).not.toContain("9401"); // nothing decoded before the tap
    expect(await proposal.getByRole("button").allTextContents()).toEqual(["Yes, decode", "O565", "No"]);
    await proposal.getByRole("button", { name: "Yes, decode" }).click();
    await expect
      .poll(() => lastBot(page).locator("code").first().textContent(), { timeout: 20_000 })
      .toBe("9401");
    await own.close();
  }, 90_000);

  it("keeps injection strings as text: no element, no script ran", async () => {
    for (const text of INJECTIONS) {
      await page.locator("#dk-input").fill(text);
      await page.locator("#dk-input").press("Enter");
      await expect.poll(() => page.locator(".dk-user .dk-text").last().textContent()).toBe(text);
    }
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    // The bot's own faceplate pictures are the only images; nothing came from the strings.
    expect(
      await page
        .locator(".dk-log img:not(.dk-picture), .dk-log img[onerror], .dk-log script, .dk-log svg, .dk-log b")
        .count(),
    ).toBe(0);
  });

  it("keeps the conversation on reload and in a second tab", async () => {
    const shown = await page.locator(".dk-msg").count();
    await page.reload();
    await page.locator('#dokker-chat[data-state="live"]').waitFor();
    await expect.poll(() => page.locator(".dk-msg").count()).toBe(shown);
    expect(await page.locator(".dk-bot code").first().textContent()).toBe("0086");
    const second = await openChat(context);
    await expect.poll(() => second.locator(".dk-msg").count()).toBe(shown);
    await say(second, "/dokker V284");
    await expect.poll(() => page.locator(".dk-bot").last().textContent()).toContain("4727");
    await second.close();
  });

  it("has no serious accessibility violations and works with the keyboard alone", async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate("document.activeElement && document.activeElement.blur()");
    let focused = "";
    for (let i = 0; i < 20 && focused !== "dk-input"; i++) {
      await page.keyboard.press("Tab");
      focused = String(await page.evaluate("document.activeElement ? document.activeElement.id : ''"));
    }
    expect(focused).toBe("dk-input");
    const before = await page.locator(".dk-bot").count();
    await page.keyboard.type("/lockout 2");
    await page.keyboard.press("Enter");
    await page.locator(".dk-bot").nth(before).waitFor();
    expect(await lastBot(page).textContent()).toMatch(/minute/);
  });

  it("announces new messages to screen readers: a polite log, named controls, replies inside it", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const fresh = await openChat(context);
    const log = fresh.getByRole("log", { name: "Conversation" });
    expect(await log.count()).toBe(1);
    expect(await log.getAttribute("aria-live")).toBe("polite");
    // Each new message is read on its own, not the whole history again.
    expect(await log.getAttribute("aria-atomic")).not.toBe("true");
    // The input and every button have an accessible name (as the accessibility tree gives it).
    expect(await fresh.getByRole("textbox", { name: "Your message" }).count()).toBe(1);
    for (const name of ["Send", "Add a photo"])
      expect(await fresh.getByRole("button", { name }).count()).toBe(1);
    await say(fresh, "/dokker A123");
    const tree = await fresh.locator("#dokker-chat").ariaSnapshot();
    expect(tree).toContain('button "Plug & Radio"');
    expect(tree).not.toMatch(/- (button|textbox|link|combobox)\s*(:|$)/m);
    // One landmark named "Conversation" (the page's section), not the same name nested twice.
    expect(await fresh.getByRole("region", { name: "Conversation" }).count()).toBe(1);
    // The reply with the code was added inside the live region, so it is announced.
    const code = log.locator("code", { hasText: "0086" }).first();
    await code.waitFor();
    expect(await code.evaluate((c) => c.closest("[aria-live]")?.getAttribute("role"))).toBe("log");
    await context.close();
  });

  it("activates a reply's buttons with Enter and Space, keyboard only, with a visible focus", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 375, height: 812 } });
    const fresh = await openChat(context);
    const active = (): Promise<string> =>
      fresh.evaluate(
        "document.activeElement ? (document.activeElement.id || document.activeElement.textContent) : ''",
      );
    /** Tab (forward) until the focused element is `target`; the number of presses, or -1. */
    const tabTo = async (target: string): Promise<number> => {
      for (let i = 1; i <= 25; i++) {
        await fresh.keyboard.press("Tab");
        if ((await active()) === target) return i;
      }
      return -1;
    };
    expect(await tabTo("dk-input")).toBeGreaterThan(0);
    await fresh.keyboard.type("/dokker A123");
    await fresh.keyboard.press("Enter");
    await expect.poll(() => fresh.locator(".dk-bot code").first().textContent()).toBe("0086");
    expect(await active()).toBe("dk-input");
    // From the input, Tab goes round the page (send, photo, menu, conversation) to the reply's buttons.
    expect(await tabTo("Plug & Radio")).toBeGreaterThan(0);
    const focus = (await fresh.evaluate(
      "(() => { const s = getComputedStyle(document.activeElement); return { visible: document.activeElement.matches(':focus-visible'), style: s.outlineStyle, width: s.outlineWidth }; })()",
    )) as { visible: boolean; style: string; width: string };
    expect(focus.visible).toBe(true);
    expect(focus.style).not.toBe("none");
    expect(Number.parseFloat(focus.width)).toBeGreaterThanOrEqual(2);
    let before = await fresh.locator(".dk-bot").count();
    await fresh.keyboard.press("Enter");
    await fresh.locator(".dk-bot").nth(before).waitFor();
    expect(await lastBot(fresh).textContent()).toContain("How to enter it — Dacia Plug & Radio");
    // Focus stays on the pressed button (not lost to the page), so Tab goes on into the new reply.
    expect(await active()).toBe("Plug & Radio");
    expect(await tabTo("Radio CD")).toBeGreaterThan(0);
    expect(
      await fresh.evaluate(
        "document.activeElement.closest('.dk-bot') === [...document.querySelectorAll('.dk-bot')].pop()",
      ),
    ).toBe(true);
    before = await fresh.locator(".dk-bot").count();
    await fresh.keyboard.press("Space");
    await fresh.locator(".dk-bot").nth(before).waitFor();
    expect(await lastBot(fresh).textContent()).toContain("How to enter it — Dacia Radio CD");
    // Tap targets at 375 px: every control of the chat is at least 44 × 44 CSS px.
    const small = (await fresh.evaluate(
      "[...document.querySelectorAll('#dokker-chat :is(button, summary, select, textarea, a)')].filter((e) => e.offsetParent !== null).map((e) => { const r = e.getBoundingClientRect(); return { name: (e.textContent || e.id).slice(0, 30), w: Math.round(r.width), h: Math.round(r.height) }; }).filter((r) => r.w < 44 || r.h < 44)",
    )) as { name: string; w: number; h: number }[];
    expect(small).toEqual([]);
    await context.close();
  });

  it("the menu downloads my data (/mydata) and deletes it (/forget, confirmed)", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const mine = await openChat(context);
    await say(mine, "/dokker V284");
    await mine.locator(".dk-summary").click();
    // This bot has no support desk: the menu does not offer one.
    await mine.getByRole("button", { name: "Download my data" }).waitFor();
    expect(await mine.getByRole("button", { name: "Contact support" }).count()).toBe(0);
    await mine.getByRole("button", { name: "Download my data" }).click();
    // The picture of the radio (radio-code-*.png) is a download too and may still be arriving:
    // wait for the data file itself rather than whatever download link came last.
    const file = mine.locator('.dk-bot a.dk-download[download^="my-data"]').last();
    await file.waitFor();
    expect(await file.getAttribute("download")).toMatch(/^my-data.*\.json$/);
    const download = await Promise.all([mine.waitForEvent("download"), file.click()]).then(([d]) => d);
    const path = await download.path();
    expect(readFileSync(path, "utf8")).toContain("V284");

    await mine.locator(".dk-summary").click();
    await mine.getByRole("button", { name: "Delete my data" }).click();
    await lastBot(mine).getByRole("button", { name: "Yes, delete my data" }).click();
    await expect.poll(() => mine.locator(".dk-msg").count()).toBe(1);
    expect(await lastBot(mine).textContent()).toContain("your data has been deleted");
    await mine.reload();
    await mine.locator('#dokker-chat[data-state="live"]').waitFor();
    await expect.poll(() => mine.locator(".dk-msg").count()).toBe(1);
    await context.close();
  });

  // The README's screenshots are rewritten only on request (UPDATE_SCREENSHOTS=1), so a test run
  // never leaves the checkout modified; otherwise they go to a temporary folder.
  it("fits a 375 px phone and takes the README screenshots at 375 px and 1280 px", async () => {
    const dir =
      process.env.UPDATE_SCREENSHOTS === "1" ? "docs" : mkdtempSync(join(tmpdir(), "dokker-shots-"));
    mkdirSync(dir, { recursive: true });
    for (const width of [375, 1280]) {
      const shot = await browser.newContext({
        viewport: { width, height: width === 375 ? 812 : 900 },
        locale: "en-US",
      });
      const fresh = await openChat(shot);
      await say(fresh, "/dokker V284");
      expect(Number(await fresh.evaluate("document.documentElement.scrollWidth"))).toBeLessThanOrEqual(width);
      expect(await axeViolations(fresh)).toEqual([]);
      await fresh.screenshot({ path: `${dir}/web-${width}.png`, fullPage: true });
      expect(readFileSync(`${dir}/web-${width}.png`).subarray(1, 4).toString()).toBe("PNG");
      await shot.close();
    }
  });
});

describe("widget on another site (Chromium)", () => {
  it("works on an allowed origin, inside a shadow root, without the host's CSS leaking in", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${allowed.origin}/`);
    const widget = page.locator("#dokker-chat-widget .dk-widget");
    await page.locator('#dokker-chat-widget .dk-widget[data-state="live"]').waitFor();
    await widget.locator("#dk-input").fill("/dokker A123");
    await widget.locator("#dk-input").press("Enter");
    await expect.poll(() => widget.locator(".dk-bot code").first().textContent()).toBe("0086");
    // The host's `button { background: hotpink !important }` stops at the shadow root.
    const bg = await widget
      .locator(".dk-send")
      .evaluate((b) => (globalThis as unknown as Styled).getComputedStyle(b).backgroundColor);
    expect(bg).not.toBe("rgb(255, 105, 180)");
    const close = await widget.locator(".dk-close").boundingBox();
    expect(Math.min(close?.width ?? 0, close?.height ?? 0)).toBeGreaterThanOrEqual(44);
    // The token is kept by the site's storage: after a reload the widget shows the same conversation.
    await page.reload();
    await page.locator('#dokker-chat-widget .dk-widget[data-state="live"]').waitFor();
    await expect.poll(() => widget.locator(".dk-bot code").first().textContent()).toBe("0086");
    // And ours don't reach the host page.
    expect(
      await page
        .locator("#host-text")
        .evaluate((p) => (globalThis as unknown as Styled).getComputedStyle(p).color),
    ).toBe("rgb(0, 128, 0)");
    await context.close();
  });

  it("is refused on an origin that is not allowed, and so are direct writes from it", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${refused.origin}/`);
    const widget = page.locator('#dokker-chat-widget .dk-widget[data-state="refused"]');
    await widget.waitFor();
    expect(await widget.locator(".dk-launcher").textContent()).toContain("not available on this website");
    const status = await page.evaluate(async (url) => {
      const res = await fetch(`${url}/chat/messages`, {
        method: "POST",
        body: JSON.stringify({ text: "hi" }),
      });
      return res.status;
    }, base);
    expect(status).toBe(403);
    await context.close();
  });
});
