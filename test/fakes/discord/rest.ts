/**
 * HTTP side of the fake: REST routes under `/api/v10` (any `/api/vN` is accepted), uploaded files
 * under `/attachments/...`, and the WebSocket upgrade for `/gateway`. Every API request is recorded
 * before faults, authentication and routing are applied.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseBody, readBody } from "./body.js";
import type { Faults } from "./faults.js";
import type { FakeState } from "./state.js";
import type { FakeStats, RecordedFile, RecordedRequest } from "./types.js";

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  headers: Record<string, string>;
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** Segments; `:name` matches one segment, e.g. `/channels/:channelId/messages`. */
  pattern: string;
  /** Interaction callbacks and webhooks are authenticated by their token, not by `Authorization`. */
  auth?: false;
  handle: (req: RestRequest, params: Record<string, string>) => RestReply | Promise<RestReply>;
}

export interface RestServerDeps {
  state: FakeState;
  faults: Faults;
  stats: FakeStats;
  requests: RecordedRequest[];
  routes: Route[];
  acceptsToken: (token: string) => boolean;
  changed: () => void;
}

export const json = (status: number, body?: unknown): RestReply => ({ status, body });

/** Discord's error envelope. @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json */
export const apiError = (status: number, code: number, message: string, errors?: unknown): RestReply =>
  json(status, { code, message, ...(errors === undefined ? {} : { errors }) });

export const unknownChannel = () => apiError(404, 10003, "Unknown Channel");
export const unknownMessage = () => apiError(404, 10008, "Unknown Message");

export function createRestHandler(deps: RestServerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const raw = await readBody(req);
    if (url.pathname.startsWith("/attachments/")) {
      serveAttachment(deps.state, url.pathname.slice("/attachments/".length), res);
      return;
    }
    const versioned = /^\/api(?:\/v\d+)?(\/.*)$/.exec(url.pathname);
    const path = (versioned?.[1] ?? url.pathname).split("/").map(safeDecode).join("/");
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(", ") : (v ?? ""),
      ]),
    );
    const parsed = parseBody(raw, headers["content-type"]);
    const record: RecordedRequest = {
      method,
      path,
      rawPath: url.pathname + url.search,
      query: Object.fromEntries(url.searchParams),
      body: parsed.body,
      files: parsed.files,
      headers,
      status: 0,
      at: Date.now(),
    };
    deps.requests.push(record);
    const reply = versioned
      ? await answer(deps, { method, path, query: url.searchParams, ...parsed, headers })
      : unknownRoute(deps, method, url.pathname);
    record.status = reply.status;
    send(res, reply);
    deps.changed();
  };
}

async function answer(deps: RestServerDeps, req: RestRequest): Promise<RestReply> {
  const wait = deps.faults.delayFor(req.method, req.path);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const fault = deps.faults.take(req.method, req.path);
  if (fault) return fault;
  for (const route of deps.routes) {
    if (route.method !== req.method) continue;
    const params = matchPattern(route.pattern, req.path);
    if (!params) continue;
    if (route.auth !== false && !authorized(deps, req.headers.authorization)) {
      return apiError(401, 0, "401: Unauthorized");
    }
    return route.handle(req, params);
  }
  return unknownRoute(deps, req.method, req.path);
}

function unknownRoute(deps: RestServerDeps, method: string, path: string): RestReply {
  deps.stats.unknownRoutes.push(`${method} ${path}`);
  return apiError(404, 0, "404: Not Found");
}

/** Bot tokens travel as `Authorization: Bot <token>`. */
function authorized(deps: RestServerDeps, header: string | undefined): boolean {
  const match = /^Bot (.+)$/.exec(header ?? "");
  return match?.[1] !== undefined && deps.acceptsToken(match[1]);
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = value;
    else if (part !== value) return undefined;
  }
  return params;
}

function send(res: ServerResponse, reply: RestReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  res
    .writeHead(reply.status, { ...headers, "content-type": "application/json" })
    .end(JSON.stringify(reply.body));
}

function serveAttachment(state: FakeState, key: string, res: ServerResponse): void {
  state.attachmentFetches.push(key);
  const file = state.attachments.get(key);
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  const size = Math.max(file.size ?? 0, file.data.length);
  res.writeHead(200, { "content-type": file.contentType, "content-length": size });
  if (size === file.data.length) {
    res.end(file.data);
    return;
  }
  // A large file held as its first bytes: the rest is zeros, written as the client reads.
  const zeros = Buffer.alloc(64 * 1024);
  let left = size - file.data.length;
  res.write(file.data);
  const pump = () => {
    while (left > 0) {
      const chunk = left >= zeros.length ? zeros : zeros.subarray(0, left);
      left -= chunk.length;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    res.end();
  };
  res.on("close", () => {
    left = 0;
  });
  pump();
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
