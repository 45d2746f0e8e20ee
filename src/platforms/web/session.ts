/**
 * Signed session tokens. The token is `{id}.{mac}` with mac = HMAC-SHA256(secret, "session:" + id)
 * in base64url; the page keeps it in an httpOnly cookie, the widget (another site, where cookies
 * would be third-party) in its own storage and sends it in the request body. The CSRF token of a
 * page session is HMAC(secret, "csrf:" + id): only a script on our own origin can read it (from
 * POST /chat/session), so a form on another site cannot send it.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { isSessionId } from "./ids.js";

export interface SessionSigner {
  /** A new random session id and its token. */
  issue(): { id: string; token: string };
  /** The session id of a well-formed token with a valid signature, else undefined. */
  verify(token: string | undefined): string | undefined;
  csrf(id: string): string;
  checkCsrf(id: string, value: unknown): boolean;
}

const mac = (secret: string, purpose: string, id: string) =>
  createHmac("sha256", secret).update(`${purpose}:${id}`).digest("base64url");

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createSessionSigner(secret: string): SessionSigner {
  if (secret.length < 32) throw new Error("the web session secret must have at least 32 characters");
  return {
    issue() {
      const id = randomBytes(16).toString("base64url");
      return { id, token: `${id}.${mac(secret, "session", id)}` };
    },
    verify(token) {
      if (typeof token !== "string" || token.length > 100) return undefined;
      const dot = token.indexOf(".");
      if (dot < 0) return undefined;
      const id = token.slice(0, dot);
      if (!isSessionId(id)) return undefined;
      return same(token.slice(dot + 1), mac(secret, "session", id)) ? id : undefined;
    },
    csrf: (id) => mac(secret, "csrf", id),
    checkCsrf: (id, value) => typeof value === "string" && same(value, mac(secret, "csrf", id)),
  };
}

/** A fresh secret for WEB_SECRET when none is configured (stored once in the database). */
export const newSecret = (): string => randomBytes(32).toString("base64url");
