/**
 * The web chat's HTTP endpoints on the project's server (HTTP_PORT):
 *   GET  /            the page            GET /chat.js, /widget.js, /chat.css  the client
 *   POST /chat/session   start or resume a conversation (cookie for the page, token for the widget)
 *   POST /chat/events    the conversation as server-sent events (history, then live)
 *   POST /chat/messages  a message        POST /chat/actions  a button
 * Every POST takes a small JSON body (sent as text/plain by the client: a "simple" CORS request,
 * so the widget needs no preflight) and passes `guard()`: Origin, per-IP limit, body size,
 * session (cookie + CSRF token, or signed token), per-conversation limit for writes.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { t } from "../../core/i18n/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import { type HttpServer, readBody } from "../../http/server.js";
import type { Logger } from "../../logger.js";
import type { WebAssets } from "./assets.js";
import type { Conversations } from "./conversation.js";
import type { Hub, StreamSink } from "./hub.js";
import { encodeWebConversation } from "./ids.js";
import type { Gauge, RateLimiter } from "./limits.js";
import { langParam, pickLocale } from "./locale.js";
import { renderPage } from "./page.js";
import { WEB_TEXT_LIMIT } from "./render.js";
import {
  checkOrigin,
  clientIp,
  commonHeaders,
  PAGE_CSP,
  parseCookies,
  SESSION_COOKIE,
  sendJson,
  sessionCookie,
} from "./security.js";
import type { SessionSigner } from "./session.js";
import { pageStrings } from "./strings.js";
import { parseUpload, UPLOAD_LIMIT } from "./upload.js";

export interface WebLimits {
  /** Messages + button presses per conversation per minute. */
  readonly perConversationPerMinute: number;
  /** Requests per IP per minute (all POSTs). */
  readonly perIpPerMinute: number;
  /** New conversations per IP per minute. */
  readonly sessionsPerIpPerMinute: number;
  /** Open event streams per conversation and per IP. */
  readonly streamsPerConversation: number;
  readonly streamsPerIp: number;
}

export const DEFAULT_WEB_LIMITS: WebLimits = {
  perConversationPerMinute: 30,
  perIpPerMinute: 300,
  sessionsPerIpPerMinute: 30,
  streamsPerConversation: 5,
  streamsPerIp: 30,
};

/** Body cap: a 2000-character message is at most 8 KB of UTF-8, plus the JSON around it. */
const BODY_LIMIT = 16 * 1024;
/** A message with a photo: the photo in base64 (4/3 of its size) plus the text. */
const UPLOAD_BODY_LIMIT = Math.ceil((UPLOAD_LIMIT * 4) / 3) + BODY_LIMIT;
/** A comment line every 20 s keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** Streams also re-read the store now and then: another instance may have written the answer. */
const CATCH_UP_MS = 5_000;

export interface RouteDeps {
  readonly http: HttpServer;
  readonly assets: WebAssets;
  readonly hub: Hub;
  readonly conversations: Conversations;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** A support desk is configured: the page offers "Contact support". */
  readonly desk: () => boolean;
  readonly allowedOrigins: ReadonlySet<string>;
  readonly limits: {
    readonly conversation: RateLimiter;
    readonly ip: RateLimiter;
    readonly sessions: RateLimiter;
    readonly conversationStreams: Gauge;
    readonly ipStreams: Gauge;
  };
  /** Undefined until the adapter started (the secret may come from the store). */
  readonly signer: () => SessionSigner | undefined;
  /** Open streams end when this fires (shutdown). */
  readonly onStop: (close: () => void) => () => void;
}

type Body = Record<string, unknown>;
interface Guarded {
  readonly sessionId: string;
  readonly body: Body;
  readonly locale: Locale;
  readonly cors: Record<string, string>;
  readonly lang: string | undefined;
}

export function registerRoutes(deps: RouteDeps): void {
  const { http, assets } = deps;
  const asset = (type: string, body: string, extra: Record<string, string> = {}) => {
    const headers = commonHeaders({
      "content-type": type,
      "cache-control": "no-cache",
      "content-length": String(Buffer.byteLength(body)),
      ...extra,
    });
    return (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, headers).end(body);
    };
  };
  http.route("GET", "/", (req, res) => {
    const query = new URL(req.url ?? "/", "http://x").searchParams.get("lang") ?? undefined;
    const locale =
      pickLocale(langParam(query)) ?? pickLocale(req.headers["accept-language"]) ?? deps.defaultLocale;
    const html = renderPage(locale, deps.desk());
    res
      .writeHead(
        200,
        commonHeaders({
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": PAGE_CSP,
          "x-frame-options": "DENY",
          "cache-control": "no-store",
          "content-length": String(Buffer.byteLength(html)),
        }),
      )
      .end(html);
  });
  http.route("GET", "/chat.js", asset("text/javascript; charset=utf-8", assets.js));
  // The widget loads from other sites: no credentials are involved, so any site may fetch it.
  const crossSite = { "cross-origin-resource-policy": "cross-origin", "access-control-allow-origin": "*" };
  http.route("GET", "/widget.js", asset("text/javascript; charset=utf-8", assets.js, crossSite));
  http.route("GET", "/chat.css", asset("text/css; charset=utf-8", assets.css, crossSite));

  http.route("POST", "/chat/session", (req, res) => session(deps, req, res));
  http.route("POST", "/chat/events", (req, res) => events(deps, req, res));
  http.route("POST", "/chat/messages", async (req, res) => {
    const g = await guard(deps, req, res, { write: true, bodyLimit: UPLOAD_BODY_LIMIT });
    if (!g) return;
    const text = typeof g.body.text === "string" ? g.body.text.trim() : "";
    const file = g.body.file === undefined ? undefined : parseUpload(g.body.file);
    if (file === "invalid") return sendJson(res, 415, { error: t(g.locale, "web.error.file") }, g.cors);
    if (text === "" && !file) return sendJson(res, 400, { error: t(g.locale, "web.error.empty") }, g.cors);
    if ([...text].length > WEB_TEXT_LIMIT) {
      return sendJson(
        res,
        413,
        { error: t(g.locale, "web.error.too-long", { max: WEB_TEXT_LIMIT }) },
        g.cors,
      );
    }
    await deps.conversations.text(g.sessionId, text, g.lang, `web-${randomUUID()}`, file ? [file] : []);
    sendJson(res, 202, { ok: true }, g.cors);
  });
  http.route("POST", "/chat/actions", async (req, res) => {
    const g = await guard(deps, req, res, { write: true });
    if (!g) return;
    const data = g.body.data;
    if (typeof data !== "string" || data === "" || data.length > 100) {
      return sendJson(res, 400, { error: t(g.locale, "web.error.failed") }, g.cors);
    }
    await deps.conversations.action(g.sessionId, data, g.lang, `web-${randomUUID()}`);
    sendJson(res, 202, { ok: true }, g.cors);
  });
}

function corsFor(req: IncomingMessage, verdict: string): Record<string, string> {
  return verdict === "allowed" && req.headers.origin
    ? { "access-control-allow-origin": req.headers.origin, vary: "Origin" }
    : { vary: "Origin" };
}

/** Reads the JSON body; answers 413/400 itself and returns undefined then. */
async function readJson(
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
  cors: Record<string, string>,
  limit: number,
) {
  let raw: Buffer;
  try {
    raw = await readBody(req, limit);
  } catch {
    sendJson(
      res,
      413,
      { error: t(locale, "web.error.too-long", { max: WEB_TEXT_LIMIT }) },
      {
        ...cors,
        connection: "close",
      },
    );
    return undefined;
  }
  try {
    const body: unknown = JSON.parse(raw.toString("utf8") || "{}");
    if (typeof body === "object" && body !== null && !Array.isArray(body)) return body as Body;
  } catch {
    // answered below
  }
  sendJson(res, 400, { error: t(locale, "web.error.failed") }, cors);
  return undefined;
}

/** Origin, per-IP limit and body: shared by every POST. */
async function precheck(deps: RouteDeps, req: IncomingMessage, res: ServerResponse, bodyLimit = BODY_LIMIT) {
  const fallback = pickLocale(req.headers["accept-language"]) ?? deps.defaultLocale;
  const verdict = checkOrigin(req, deps.allowedOrigins);
  if (verdict === "refused" || verdict === "missing") {
    // Readable by any site (no credentials, nothing secret) so the widget can say why.
    sendJson(res, 403, { error: t(fallback, "web.error.origin") }, { "access-control-allow-origin": "*" });
    return undefined;
  }
  const cors = corsFor(req, verdict);
  if (!deps.limits.ip.take(clientIp(req))) {
    sendJson(res, 429, { error: t(fallback, "web.error.rate") }, { ...cors, "retry-after": "60" });
    return undefined;
  }
  const signer = deps.signer();
  if (!signer) {
    sendJson(res, 503, { error: t(fallback, "web.error.failed") }, { ...cors, "retry-after": "5" });
    return undefined;
  }
  const body = await readJson(req, res, fallback, cors, bodyLimit);
  if (!body) return undefined;
  // The page sends the visitor's choice or the browser's language; else Accept-Language.
  const lang = langParam(body.lang) ?? pickLocale(req.headers["accept-language"]);
  return { verdict, cors, signer, body, lang, fallback };
}

async function guard(
  deps: RouteDeps,
  req: IncomingMessage,
  res: ServerResponse,
  opts: { write: boolean; bodyLimit?: number },
): Promise<Guarded | undefined> {
  const p = await precheck(deps, req, res, opts.bodyLimit);
  if (!p) return undefined;
  const { verdict, cors, signer, body, lang, fallback } = p;
  let sessionId: string | undefined;
  if (verdict === "self") {
    sessionId = signer.verify(parseCookies(req.headers.cookie).get(SESSION_COOKIE));
    if (sessionId && !signer.checkCsrf(sessionId, body.csrf)) sessionId = undefined;
  } else {
    sessionId = signer.verify(typeof body.token === "string" ? body.token : undefined);
  }
  if (!sessionId) {
    sendJson(res, 401, { error: t(fallback, "web.error.failed"), session: "invalid" }, cors);
    return undefined;
  }
  const locale = await deps.conversations.locale(sessionId, lang);
  if (opts.write && !deps.limits.conversation.take(sessionId)) {
    sendJson(res, 429, { error: t(locale, "web.error.rate") }, { ...cors, "retry-after": "60" });
    return undefined;
  }
  return { sessionId, body, locale, cors, lang };
}

async function session(deps: RouteDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const p = await precheck(deps, req, res);
  if (!p) return;
  const { verdict, cors, signer, body, lang, fallback } = p;
  const existing =
    verdict === "self"
      ? signer.verify(parseCookies(req.headers.cookie).get(SESSION_COOKIE))
      : signer.verify(typeof body.token === "string" ? body.token : undefined);
  let sessionId = existing;
  let token: string | undefined;
  if (!sessionId) {
    if (!deps.limits.sessions.take(clientIp(req))) {
      sendJson(res, 429, { error: t(fallback, "web.error.rate") }, { ...cors, "retry-after": "60" });
      return;
    }
    const issued = signer.issue();
    sessionId = issued.id;
    token = issued.token;
  }
  const locale = await deps.conversations.locale(sessionId, lang);
  const reply = { locale, strings: pageStrings(locale, deps.desk()), limit: WEB_TEXT_LIMIT };
  if (verdict === "self") {
    const headers = token ? { ...cors, "set-cookie": sessionCookie(token) } : cors;
    sendJson(res, 200, { ...reply, csrf: signer.csrf(sessionId) }, headers);
  } else {
    const current = token ?? (body.token as string);
    sendJson(res, 200, { ...reply, token: current }, cors);
  }
}

async function events(deps: RouteDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const g = await guard(deps, req, res, { write: false });
  if (!g) return;
  const conversation = encodeWebConversation(g.sessionId);
  const ip = clientIp(req);
  const { conversationStreams, ipStreams } = deps.limits;
  if (!conversationStreams.acquire(g.sessionId)) {
    return sendJson(res, 429, { error: t(g.locale, "web.error.rate") }, g.cors);
  }
  if (!ipStreams.acquire(ip)) {
    conversationStreams.release(g.sessionId);
    return sendJson(res, 429, { error: t(g.locale, "web.error.rate") }, g.cors);
  }
  res.writeHead(
    200,
    commonHeaders({
      ...g.cors,
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
    }),
  );
  res.flushHeaders();
  const sink: StreamSink = {
    event: (e) => res.write(`id: ${e.id}\ndata: ${JSON.stringify(e)}\n\n`),
    reset: () => res.write("event: reset\ndata: {}\n\n"),
  };
  const after = typeof g.body.after === "number" && Number.isSafeInteger(g.body.after) ? g.body.after : 0;
  let detach: (() => void) | undefined;
  let closed = false;
  const timers = [
    setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS),
    setInterval(() => void deps.hub.catchUp(conversation, sink).catch(() => undefined), CATCH_UP_MS),
  ];
  const close = () => {
    if (closed) return;
    closed = true;
    for (const timer of timers) clearInterval(timer);
    detach?.();
    unsubscribe();
    conversationStreams.release(g.sessionId);
    ipStreams.release(ip);
    res.end();
  };
  const unsubscribe = deps.onStop(close);
  res.on("close", close);
  try {
    detach = await deps.hub.attach(conversation, sink, after);
    if (closed) detach();
    else res.write(": ready\n\n");
  } catch (error) {
    deps.logger.error({ err: error, platform: "web" }, "web history read failed");
    close();
  }
}
