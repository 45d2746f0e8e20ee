/**
 * The project's HTTP server (`HTTP_PORT`): Telegram webhook, health, readiness, metrics (those
 * three on a second server when METRICS_PORT is set, see ops-listener.ts).
 * A tiny router on node:http — routes are exact paths; handlers get the raw request/response.
 *
 * Hardening (issue #11): a body over the limit is answered 413 and the connection closed (at
 * once when Content-Length says so, else as soon as the limit is crossed); headers must arrive
 * within 10 s and the whole request within 15 s (checked every second, not Node's 30 s); at most
 * `maxConnections` sockets are open at once (more are dropped on accept).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  route(method: "GET" | "POST", path: string, handler: RouteHandler): void;
  /** Runs after this server closed (a second listener shutting down with it). */
  onClose(fn: () => Promise<void>): void;
  listen(): Promise<number>;
  close(): Promise<void>;
  /** The bound port (after `listen`). */
  port(): number;
}

/** Request bodies (webhook updates, web chat messages) are small. */
export const MAX_BODY_BYTES = 1_000_000;
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

class BodyTooLarge extends Error {
  override readonly name = "BodyTooLarge";
}

/** Responses for `readBody` to answer 413 on (it only gets the request). */
const responses = new WeakMap<IncomingMessage, ServerResponse>();

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (!res.headersSent) {
    res.writeHead(413, { connection: "close", "content-type": "text/plain" }).end("request body too large\n");
  }
  // Never read the rest: close once the answer is out.
  const socket = req.socket; // detached from req by the time the answer is out
  res.once("finish", () => socket?.destroy());
}

export function createHttpServer(opts: {
  host: string;
  port: number;
  logger: Logger;
  maxConnections?: number;
  /** Tests shorten these. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const closers: (() => Promise<void>)[] = [];
  const server: Server = createServer(
    {
      headersTimeout: opts.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
      requestTimeout: opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > MAX_BODY_BYTES) {
        tooLarge(req, res);
        return;
      }
      responses.set(req, res);
      handle(req, res);
    },
  );
  server.maxConnections = opts.maxConnections ?? 1000;
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handler = routes.get(`${req.method} ${path}`);
    if (!handler) {
      res.writeHead(routes.has(`GET ${path}`) || routes.has(`POST ${path}`) ? 405 : 404).end();
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) return tooLarge(req, res);
        opts.logger.error({ err: error, path }, "http handler failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  }
  server.keepAliveTimeout = 65_000;
  return {
    route(method, path, handler) {
      routes.set(`${method} ${path}`, handler);
    },
    onClose(fn) {
      closers.push(fn);
    },
    listen() {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(opts.port, opts.host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      for (const fn of closers) await fn();
    },
    port() {
      const a = server.address();
      return a && typeof a === "object" ? a.port : 0;
    },
  };
}

/**
 * Reads a request body with a size cap. Over the cap (a chunked body without Content-Length) it
 * answers 413, closes the connection and throws `BodyTooLarge` (a route's own error answer after
 * that is ignored: the response is already sent).
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) {
      const res = responses.get(req);
      if (res) {
        tooLarge(req, res);
        // A route answering 400 afterwards must not throw "headers already sent".
        res.writeHead = (() => res) as unknown as typeof res.writeHead;
      }
      throw new BodyTooLarge("request body too large");
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
