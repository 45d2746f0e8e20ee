/**
 * The project's one HTTP server (`HTTP_PORT`): Telegram webhook, health, readiness, metrics.
 * A tiny router on node:http — routes are exact paths; handlers get the raw request/response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  route(method: "GET" | "POST", path: string, handler: RouteHandler): void;
  listen(): Promise<number>;
  close(): Promise<void>;
  /** The bound port (after `listen`). */
  port(): number;
}

export function createHttpServer(opts: { host: string; port: number; logger: Logger }): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handler = routes.get(`${req.method} ${path}`);
    if (!handler) {
      res.writeHead(routes.has(`GET ${path}`) || routes.has(`POST ${path}`) ? 405 : 404).end();
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        opts.logger.error({ err: error, path }, "http handler failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  server.keepAliveTimeout = 65_000;
  return {
    route(method, path, handler) {
      routes.set(`${method} ${path}`, handler);
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
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
    port() {
      const a = server.address();
      return a && typeof a === "object" ? a.port : 0;
    },
  };
}

/** Reads a request body with a size cap (webhook updates are small). */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw new Error("request body too large");
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
