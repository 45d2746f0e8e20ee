/**
 * HTTP-level protection of the web chat: response headers (a Content Security Policy without
 * inline scripts or styles), the Origin check on every write, cookies.
 *
 * Writes are accepted only from our own origin (the page) or from an origin listed in
 * WEB_ALLOWED_ORIGINS (the widget). A browser always sends `Origin` on a cross-origin POST and
 * on same-origin POSTs too (Chromium, Firefox, Safari), so a missing Origin on a write is refused.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** The page's policy: our own scripts, styles and connections only; never framed. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const COMMON: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export function commonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { ...COMMON, ...extra };
}

export type OriginVerdict = "self" | "allowed" | "refused" | "missing";

/** `https://example.org` form of an Origin header value, or undefined when malformed. */
export function normaliseOrigin(value: string): string | undefined {
  if (value === "null") return undefined;
  try {
    const u = new URL(value);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}

/**
 * Where a request comes from. "self": the Origin's host is the Host the request was sent to (the
 * page on our own address, whatever proxy terminates TLS in front); "allowed": a configured
 * widget origin; "missing": no Origin header at all.
 */
export function checkOrigin(req: IncomingMessage, allowed: ReadonlySet<string>): OriginVerdict {
  const raw = req.headers.origin;
  if (raw === undefined) return "missing";
  const origin = normaliseOrigin(raw);
  if (origin === undefined) return "refused";
  if (allowed.has(origin)) return "allowed";
  const host = req.headers.host;
  return host !== undefined && new URL(origin).host === host.toLowerCase() ? "self" : "refused";
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name !== "" && !out.has(name)) out.set(name, part.slice(eq + 1).trim());
  }
  return out;
}

export const SESSION_COOKIE = "dokker_chat";

/**
 * The page's session cookie: httpOnly (no script reads it), Secure (HTTPS only; browsers also
 * accept it from http://localhost for development), SameSite=Strict (never sent by another
 * site's requests), a year long so the conversation survives closing the browser.
 */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/chat; Max-Age=31536000; HttpOnly; Secure; SameSite=Strict`;
}

/** The client's address for per-IP limits (the socket's peer; proxies are not trusted). */
export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(
    status,
    commonHeaders({
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "content-length": String(Buffer.byteLength(text)),
      ...headers,
    }),
  );
  res.end(text);
}
