/**
 * The HTTP side: routes `/bot<token>/<method>` (GET or POST) and `/file/bot<token>/<path>`,
 * checks the token, and writes Telegram's envelopes:
 *   success  → 200 `{ ok: true, result }`
 *   refusal  → error_code as HTTP status, `{ ok: false, error_code, description, parameters? }`
 * Bound to 127.0.0.1 on an ephemeral port.
 * @see https://core.telegram.org/bots/api#making-requests
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseParams, readBody } from "./body.js";
import type { Connection, Outcome } from "./dispatch.js";
import { ApiError, defaultDescription } from "./errors.js";
import type { Params, UploadedFile } from "./types.js";

export interface ServerDeps {
  /** Other tokens get 401. */
  token: string;
  call(method: string, params: Params, files: UploadedFile[], conn: Connection): Promise<Outcome>;
  file(path: string): Buffer | undefined;
  /** A client opened a TCP connection. */
  onConnection?(): void;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

function sendError(res: ServerResponse, error: ApiError): void {
  const body: Record<string, unknown> = {
    ok: false,
    error_code: error.status,
    description: error.description,
  };
  if (error.parameters) body.parameters = error.parameters;
  sendJson(res, error.status, body);
}

function connectionOf(res: ServerResponse): Connection {
  return {
    // NOT req.on("close"): on Node 20 it fires once the request body has been consumed.
    onClose: (listener) => res.on("close", listener),
    get closed() {
      return res.destroyed || res.writableEnded;
    },
  };
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const api = /^\/bot([^/]+)\/([A-Za-z0-9_]*)\/?$/.exec(url.pathname);
  const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
  const token = api?.[1] ?? file?.[1];
  if (token === undefined) return sendError(res, new ApiError(404, defaultDescription(404)));
  if (decodeURIComponent(token) !== deps.token) {
    return sendError(res, new ApiError(401, defaultDescription(401)));
  }
  if (file) {
    const bytes = deps.file(decodeURIComponent(file[2] ?? ""));
    if (!bytes) return sendError(res, new ApiError(404, defaultDescription(404)));
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
    res.end(bytes);
    return;
  }
  const body = await readBody(req);
  let parsed: { params: Params; files: UploadedFile[] };
  try {
    parsed = parseParams(req.headers["content-type"], body, url.searchParams);
  } catch (error) {
    return sendError(res, error instanceof ApiError ? error : new ApiError(400, "Bad Request"));
  }
  const outcome = await deps.call(api?.[2] ?? "", parsed.params, parsed.files, connectionOf(res));
  switch (outcome.kind) {
    case "ok":
      return sendJson(res, 200, { ok: true, result: outcome.result });
    case "error":
      return sendError(res, outcome.error);
    case "reset":
      // Drop the TCP connection without an answer: the client sees ECONNRESET / "socket hang up".
      req.socket.destroy();
      return;
    case "abandoned":
      if (!res.writableEnded) res.destroy();
      return;
  }
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      sendError(res, new ApiError(500, `Internal Server Error: ${message}`));
    });
  });
  // Clients keep connections alive, as they do with api.telegram.org. Not 1 s: the server
  // announces it (`Keep-Alive: timeout=1`) and Node's agent, keeping a 1 s safety margin, then
  // closes every socket right after its response, so each call opened a new connection.
  // close() ends idle sockets at once (closeAllConnections).
  server.keepAliveTimeout = 5000;
  server.on("connection", () => deps.onConnection?.());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
