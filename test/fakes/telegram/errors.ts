import type { Params } from "./types.js";

/**
 * An API refusal. Becomes `{ ok: false, error_code, description, parameters? }` with the same
 * HTTP status, exactly like the Bot API (which mirrors error_code in the status line).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
    this.name = "ApiError";
  }
}

export const badRequest = (reason: string): ApiError => new ApiError(400, `Bad Request: ${reason}`);
export const forbidden = (reason: string): ApiError => new ApiError(403, `Forbidden: ${reason}`);

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The description Telegram uses for a bare status, e.g. "Too Many Requests: retry after 3". */
export function defaultDescription(status: number, retryAfter?: number): string {
  const text = STATUS_TEXT[status] ?? `Error ${status}`;
  if (status === 429) return `${text}: retry after ${retryAfter ?? 1}`;
  return text;
}

/**
 * Reads parameters the way the Bot API does: a JSON body carries typed values, while query strings,
 * urlencoded and multipart bodies carry strings (objects JSON-encoded), so every getter coerces.
 */
export class ParamReader {
  constructor(readonly params: Params) {}

  has(name: string): boolean {
    const v = this.params[name];
    return v !== undefined && v !== null && v !== "";
  }

  str(name: string): string | undefined {
    const v = this.params[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    throw badRequest(`field "${name}" must be of type String`);
  }

  requireStr(name: string, emptyReason = `${name} is empty`): string {
    const v = this.str(name);
    if (v === undefined || v === "") throw badRequest(emptyReason);
    return v;
  }

  int(name: string): number | undefined {
    const v = this.params[name];
    if (v === undefined || v === null || v === "") return undefined;
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN;
    if (!Number.isInteger(n)) throw badRequest(`field "${name}" must be of type Integer`);
    return n;
  }

  requireInt(name: string, emptyReason = `${name} is empty`): number {
    const v = this.int(name);
    if (v === undefined) throw badRequest(emptyReason);
    return v;
  }

  bool(name: string): boolean | undefined {
    const v = this.params[name];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "1" || v === 1) return true;
    if (v === "false" || v === "0" || v === 0) return false;
    throw badRequest(`field "${name}" must be of type Boolean`);
  }

  /** Objects/arrays: already parsed in JSON bodies, JSON strings otherwise. */
  json(name: string): unknown {
    const v = this.params[name];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      throw badRequest(`can't parse ${name} JSON object`);
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
