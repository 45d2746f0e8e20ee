/**
 * The web endpoints over real HTTP (the project's server, a real SQLite store, the real bot), as a
 * browser or an attacker would call them: Origin and CSRF checks, size and rate limits, the
 * signed cookie and widget token, delivery to a visitor who is away, /forget.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStoreServices } from "../../src/app-support.js";
import { createBot } from "../../src/bot/index.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createOutbox } from "../../src/outbox/index.js";
import { PlatformError } from "../../src/platforms/errors.js";
import { createWebAdapter, type WebAdapter } from "../../src/platforms/web/index.js";
import { renderWeb } from "../../src/platforms/web/render.js";
import { openStore, type Store } from "../../src/store/index.js";
import { memoryLogger } from "../support/logger.js";

const WIDGET_SITE = "https://shop.example.org";
let store: Store;
let http: HttpServer;
let web: WebAdapter;
let base: string;

beforeAll(async () => {
  const { logger } = memoryLogger("warn");
  store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), "dokker-web-")), "web.db")}`);
  const services = createStoreServices(store, logger);
  http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
  web = createWebAdapter({
    http,
    bot: createBot({ logger }),
    services,
    store,
    logger,
    defaultLocale: "en",
    allowedOrigins: [WIDGET_SITE],
    limits: { perConversationPerMinute: 6 },
  });
  base = `http://127.0.0.1:${await http.listen()}`;
  await web.start();
});
afterAll(async () => {
  await web.stop();
  await http.close();
  await store.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(body), headers });

/** A page session: cookie + CSRF token. */
async function pageSession(lang?: string) {
  const res = await post("/chat/session", lang ? { lang } : {}, { origin: base });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const body = (await res.json()) as { csrf: string; locale: string; strings: Record<string, string> };
  return { cookie, csrf: body.csrf, body, headers: { origin: base, cookie } };
}

/** Reads the event stream until `done(events)` holds; returns the data events. */
async function readEvents(
  auth: Record<string, unknown>,
  headers: Record<string, string>,
  done: (events: { id: number; msg: { kind: string; text?: string } & Record<string, unknown> }[]) => boolean,
) {
  const controller = new AbortController();
  const res = await fetch(`${base}/chat/events`, {
    method: "POST",
    body: JSON.stringify(auth),
    headers,
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const events: { id: number; msg: { kind: string; text?: string } & Record<string, unknown> }[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  while (!done(events)) {
    const { value, done: end } = await reader.read();
    if (end) break;
    buffer += decoder.decode(value, { stream: true });
    for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
      const frame = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const data = frame.split("\n").find((l) => l.startsWith("data: "));
      if (data && !frame.startsWith("event: reset")) events.push(JSON.parse(data.slice(6)));
      if (frame.startsWith("event: reset")) events.length = 0;
    }
  }
  controller.abort();
  return events;
}

const text = (e: { msg: Record<string, unknown> }) => JSON.stringify(e.msg);

describe("web chat HTTP endpoints", () => {
  it("serves the page with security headers and the client without inline script", async () => {
    const res = await fetch(`${base}/`, { headers: { "accept-language": "de-DE,de;q=0.9" } });
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self';/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain('<html lang="de">');
    const js = await fetch(`${base}/widget.js`);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(await js.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it("refuses writes without Origin or from a site that is not allowed", async () => {
    for (const headers of [{}, { origin: "https://evil.example" }, { origin: "null" }] as Record<
      string,
      string
    >[]) {
      const res = await post("/chat/session", {}, headers);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toContain("not available");
    }
  });

  it("issues an httpOnly Secure SameSite cookie, and requires the session's CSRF token on writes", async () => {
    const s = await pageSession();
    const res = await post("/chat/session", {}, { origin: base });
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly; Secure; SameSite=Strict/);
    expect((await post("/chat/messages", { text: "A123" }, s.headers)).status).toBe(401);
    expect((await post("/chat/messages", { text: "A123", csrf: "x" }, s.headers)).status).toBe(401);
    const other = await pageSession();
    expect((await post("/chat/messages", { text: "A123", csrf: other.csrf }, s.headers)).status).toBe(401);
    expect((await post("/chat/messages", { text: "A123", csrf: s.csrf }, s.headers)).status).toBe(202);
    const events = await readEvents({ csrf: s.csrf }, s.headers, (e) =>
      e.some((x) => text(x).includes("0086")),
    );
    expect(events.map((e) => e.msg.kind)).toEqual(["user", "bot"]);
  });

  it("refuses too long and empty messages with a friendly localised answer", async () => {
    const s = await pageSession("fr");
    const long = await post(
      "/chat/messages",
      { text: "x".repeat(2001), csrf: s.csrf, lang: "fr" },
      s.headers,
    );
    expect(long.status).toBe(413);
    expect(((await long.json()) as { error: string }).error).toBe(
      "Ce message est trop long : 2000 caractères au maximum. Veuillez le raccourcir.",
    );
    const huge = await post("/chat/messages", { text: "x".repeat(40_000), csrf: s.csrf }, s.headers);
    expect(huge.status).toBe(413);
    const empty = await post("/chat/messages", { text: "  ", csrf: s.csrf }, s.headers);
    expect(empty.status).toBe(400);
    const junk = await fetch(`${base}/chat/messages`, {
      method: "POST",
      body: "{not json",
      headers: s.headers,
    });
    expect(junk.status).toBe(400);
  });

  it("limits messages per conversation (429 with a message saying to wait)", async () => {
    const s = await pageSession();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await post("/chat/messages", { text: "hi", csrf: s.csrf }, s.headers)).status);
    expect(statuses.slice(0, 6)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });

  it("gives the widget a signed token and CORS only for its allowed origin", async () => {
    const res = await post("/chat/session", {}, { origin: WIDGET_SITE });
    expect(res.headers.get("access-control-allow-origin")).toBe(WIDGET_SITE);
    expect(res.headers.get("set-cookie")).toBeNull();
    const { token } = (await res.json()) as { token: string };
    const sent = await post("/chat/messages", { text: "/dokker V284", token }, { origin: WIDGET_SITE });
    expect(sent.status).toBe(202);
    const forged = `${token.slice(0, -2)}xx`;
    expect(
      (await post("/chat/messages", { text: "hi", token: forged }, { origin: WIDGET_SITE })).status,
    ).toBe(401);
    const events = await readEvents({ token }, { origin: WIDGET_SITE }, (e) =>
      e.some((x) => text(x).includes("4727")),
    );
    expect(events.at(-1)?.msg.kind).toBe("bot");
  });

  it("keeps what is sent to an away visitor and shows it when they come back; /forget clears it", async () => {
    const s = await pageSession();
    expect((await post("/chat/messages", { text: "/help", csrf: s.csrf }, s.headers)).status).toBe(202);
    await readEvents({ csrf: s.csrf }, s.headers, (e) => e.some((x) => x.msg.kind === "bot"));
    // Nobody has the page open now: a staff answer or a reminder arrives through send().
    const conversation = `web:${decodeURIComponent(s.cookie.split("=")[1] ?? "").split(".")[0]}`;
    await web.send(conversation, {
      locale: "en",
      sections: [
        { blocks: [{ kind: "paragraph", spans: [{ style: "plain", text: "<b>Staff</b> answer" }] }] },
      ],
      actions: [],
      outcome: "support.relay",
    });
    const back = await readEvents({ csrf: s.csrf }, s.headers, (e) =>
      e.some((x) => text(x).includes("Staff")),
    );
    expect(text(back.at(-1) ?? { msg: {} })).toContain("<b>Staff</b> answer");
    const refused = await web.send("web:not-an-id", back[0] as never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlatformError);
    expect(refused).toMatchObject({ kind: "refused", reason: "bad-conversation-id" });

    expect((await post("/chat/messages", { text: "/forget", csrf: s.csrf }, s.headers)).status).toBe(202);
    const asked = await readEvents({ csrf: s.csrf }, s.headers, (e) =>
      e.some((x) => text(x).includes("fg.y")),
    );
    expect(asked.length).toBeGreaterThan(3);
    expect((await post("/chat/actions", { data: "fg.y", csrf: s.csrf }, s.headers)).status).toBe(202);
    const after = await readEvents({ csrf: s.csrf }, s.headers, (e) =>
      e.some((x) => text(x).includes("deleted")),
    );
    expect(after).toHaveLength(1);
    expect(await store.web.after(conversation, 0, 100)).toHaveLength(1);
  });

  it("sends outbox rows for web conversations (when web replies go through the durable outbox)", async () => {
    const s = await pageSession();
    const conversation = `web:${decodeURIComponent(s.cookie.split("=")[1] ?? "").split(".")[0]}`;
    const { logger } = memoryLogger("warn");
    const outbox = createOutbox({
      store: store.outbox,
      logger,
      owner: "web-test",
      shared: false,
      pollMs: 50,
    });
    outbox.register(web.outboxSender);
    await outbox.start();
    const reply = renderWeb({
      locale: "en",
      sections: [{ blocks: [{ kind: "paragraph", spans: [{ style: "plain", text: "from the outbox" }] }] }],
      actions: [],
      outcome: "test",
    });
    await outbox.enqueue([
      { platform: "web", conversation, kind: "reply", payload: JSON.parse(JSON.stringify(reply)) },
    ]);
    const events = await readEvents({ csrf: s.csrf }, s.headers, (e) =>
      e.some((x) => text(x).includes("from the outbox")),
    );
    expect(events).toHaveLength(1);
    await outbox.stop();
  });

  it("deletes history older than RETENTION_DAYS at start-up", async () => {
    const { logger } = memoryLogger("warn");
    const old = await store.web.append(
      "web:AAAAAAAAAAAAAAAAAAAAAA",
      "bot",
      "{}",
      Date.now() - 3 * 86_400_000,
    );
    const recent = await store.web.append("web:AAAAAAAAAAAAAAAAAAAAAA", "bot", "{}", Date.now() - 86_400_000);
    const otherHttp = createHttpServer({ host: "127.0.0.1", port: 0, logger });
    const other = createWebAdapter({
      http: otherHttp,
      bot: createBot({ logger }),
      services: {},
      store,
      logger,
      defaultLocale: "en",
      allowedOrigins: [],
      retentionDays: 2,
    });
    await other.start();
    await expect
      .poll(async () => (await store.web.after("web:AAAAAAAAAAAAAAAAAAAAAA", 0, 10)).map((m) => m.id))
      .toEqual([recent]);
    expect(old).toBeLessThan(recent);
    await other.stop();
  });
});
