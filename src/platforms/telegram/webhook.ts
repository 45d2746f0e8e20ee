/**
 * The webhook route on the project's HTTP server. Telegram sends the secret given to setWebhook
 * in `X-Telegram-Bot-Api-Secret-Token`; a request without it or with another value is answered
 * 403 and never parsed. The comparison is constant-time (both sides hashed to equal length).
 * Telegram retries a delivery until it gets a 2xx, so the answer comes right after the update is
 * handled (its reply is queued, not necessarily sent), and a repeated update_id is de-duplicated.
 * @see https://core.telegram.org/bots/api#setwebhook
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../../http/server.js";
import type { Logger } from "../../logger.js";
import type { TgUpdate } from "./types.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Constant-time string comparison (hashing first hides the length too). */
export function secretMatches(expected: string | Buffer, given: string | string[] | undefined): boolean {
  if (typeof given !== "string") return false;
  return timingSafeEqual(typeof expected === "string" ? digest(expected) : expected, digest(given));
}

function isUpdate(value: unknown): value is TgUpdate {
  return (
    typeof value === "object" &&
    value !== null &&
    Number.isSafeInteger((value as { update_id?: unknown }).update_id)
  );
}

export interface WebhookRouteOptions {
  readonly secret: string;
  readonly logger: Logger;
  /** True once the update is durably recorded; false: answer 500 so Telegram sends it again. */
  readonly handle: (update: TgUpdate) => Promise<boolean>;
  /** False while shutting down: answer 503 so Telegram delivers the update again later. */
  readonly accepting: () => boolean;
}

export function createWebhookRoute(opts: WebhookRouteOptions) {
  const expected = digest(opts.secret); // hashed once, not on every update
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!secretMatches(expected, req.headers[SECRET_HEADER])) {
      opts.logger.warn({ remote: req.socket.remoteAddress }, "telegram webhook: wrong or missing secret");
      res.writeHead(403).end();
      return;
    }
    if (!opts.accepting()) {
      res.writeHead(503).end();
      return;
    }
    let update: unknown;
    try {
      update = JSON.parse((await readBody(req)).toString("utf8"));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!isUpdate(update)) {
      res.writeHead(400).end();
      return;
    }
    if (!(await opts.handle(update))) {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  };
}
