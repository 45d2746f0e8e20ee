/**
 * Telegram's side of the durable outbox: Bot API calls become outbox rows (the call's method and
 * payload, files as base64 - or, for a picture the app can draw again, its recipe), and the
 * sender turns a row back into the call, drawing such pictures again (`../pictures.ts`).
 * - Queue: one per chat (`telegram:{chatId}`; forum topics share their chat's limits), or per
 *   inline message for edits of inline-mode messages.
 * - Lanes: about 1 message/s per chat with a short burst, 20/min per group; the bot's budget
 *   (about 30/s) is the outbox's shared budget `telegram:{botId}`.
 * - Errors: thrown as PlatformError (`fromTelegram`), which the outbox reads like every platform's:
 *   429 waits `retry_after`; 5xx and network errors back off; anything else is final ("message is
 *   not modified" counts as sent). An edit of a message that is gone is sent anew.
 */

import type { Services } from "../../../commands/services.js";
import { userKey } from "../../core/user-key.js";
import { type LaneLimit, lane, type OutboxSender } from "../../outbox/index.js";
import type { JsonObject, JsonValue, NewOutboxRow, OutboxRow } from "../../store/types.js";
import { isPictureRecipe, redraw } from "../pictures.js";
import type { DeliveryLimits, OutgoingCall } from "./delivery.js";
import { fromTelegram, isNotModified } from "./errors.js";
import { RECIPE } from "./files.js";
import type { ApiCall } from "./types.js";

/** What the rows of one call are about: whose (for /forget), what kind, what to do on failure. */
export interface RowContext {
  readonly userKey?: string | null;
  readonly kind: string;
  readonly meta?: JsonObject | null;
}

const FILE = "$file";

/**
 * Payload values JSON can hold; file uploads `{source: Buffer, filename}` become base64, or their
 * recipe when they carry one.
 */
function encodeValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value === "object") {
    const v = value as Record<string, unknown> & { [RECIPE]?: unknown };
    const recipe = v[RECIPE];
    if (isPictureRecipe(recipe)) {
      return { [FILE]: { recipe: { ...recipe }, filename: String(v.filename ?? "file") } };
    }
    if (v.source instanceof Uint8Array) {
      return {
        [FILE]: { data: Buffer.from(v.source).toString("base64"), filename: String(v.filename ?? "file") },
      };
    }
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encodeValue(x);
    return out;
  }
  return value as JsonValue;
}

function decodeValue(value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === "object") {
    const file = value[FILE];
    if (file && typeof file === "object" && !Array.isArray(file)) {
      // Drawn again by the sender (`withPictures`); until then the upload has no bytes.
      if (isPictureRecipe(file.recipe))
        return { filename: String(file.filename ?? "file"), [RECIPE]: file.recipe };
      return {
        source: Buffer.from(String(file.data ?? ""), "base64"),
        filename: String(file.filename ?? "file"),
      };
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = decodeValue(x);
    return out;
  }
  return value;
}

/** The queue a call belongs to. */
function queueOf(payload: Record<string, unknown>): string {
  const chat = payload.chat_id;
  if (typeof chat === "number" || typeof chat === "string") return `telegram:${chat}`;
  if (typeof payload.inline_message_id === "string") return `telegram:inline:${payload.inline_message_id}`;
  return "telegram:none";
}

/** A private chat's id is its user's id: the row belongs to that user unless told otherwise. */
function ownerOf(payload: Record<string, unknown>): string | null {
  const chat = payload.chat_id;
  return typeof chat === "number" && chat > 0 ? userKey("telegram", chat) : null;
}

export function telegramRow(call: OutgoingCall, ctx: RowContext): NewOutboxRow {
  return {
    platform: "telegram",
    conversation: queueOf(call.payload),
    userKey: ctx.userKey === undefined ? ownerOf(call.payload) : ctx.userKey,
    kind: ctx.kind,
    payload: { method: call.method, params: encodeValue(call.payload) },
    meta: ctx.meta ?? null,
  };
}

export function callOf(row: Pick<OutboxRow, "payload">): { method: string; params: Record<string, unknown> } {
  const method = String(row.payload.method ?? "");
  const params = (decodeValue(row.payload.params ?? {}) ?? {}) as Record<string, unknown>;
  return { method, params };
}

/** The call's uploads that wait for their picture, drawn now. */
async function withPictures(
  params: Record<string, unknown>,
  services: Pick<Services, "faceplate">,
): Promise<Record<string, unknown>> {
  const out = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const recipe = (value as { [RECIPE]?: unknown } | null)?.[RECIPE];
    if (typeof value !== "object" || !isPictureRecipe(recipe)) continue;
    const source = Buffer.from(await redraw(services, recipe, "telegram"));
    out[key] = { source, filename: String((value as { filename?: unknown }).filename ?? "file") };
  }
  return out;
}

export function createTelegramSender(input: {
  readonly api: ApiCall;
  /** Draws stored picture recipes again (`services.faceplate`). */
  readonly services: Pick<Services, "faceplate">;
  /** The bot's numeric id (the part of the token before the colon): its budget's key. */
  readonly botId: string;
  readonly limits: DeliveryLimits;
  readonly requestTimeoutMs?: number;
}): OutboxSender {
  const { limits } = input;
  const timeout = input.requestTimeoutMs ?? 30_000;
  const lanesFor = (conversation: string): LaneLimit[] => {
    const chat = conversation.slice("telegram:".length);
    const out = [lane(`tg:chat:${chat}`, limits.perChatPerSecond, 1000, limits.perChatBurst)];
    if (chat.startsWith("-"))
      out.push(lane(`tg:group:${chat}`, limits.perGroupPerMinute, 60_000, limits.perGroupPerMinute));
    return out;
  };
  return {
    platform: "telegram",
    budget: { key: `telegram:${input.botId}`, intervalMs: 1000 / limits.globalPerSecond },
    lanes: (row) => lanesFor(row.conversation),
    async send(row) {
      const { method, params } = callOf(row);
      try {
        const call = await withPictures(params, input.services);
        const result = await input.api(method, call, AbortSignal.timeout(timeout));
        const id = (result as { message_id?: unknown } | null)?.message_id;
        return typeof id === "number" || typeof id === "string" ? String(id) : null;
      } catch (raw) {
        const error = fromTelegram(raw, method);
        if (isNotModified(error)) return null;
        throw error;
      }
    },
    fallback(row, error) {
      const { method, params } = callOf(row);
      // The message to edit is gone (deleted, too old): the user still gets the new text.
      if (method !== "editMessageText" || typeof params.chat_id !== "number" || error.kind !== "not-found") {
        return undefined;
      }
      const { message_id: _id, ...rest } = params;
      return [
        telegramRow(
          { method: "sendMessage", payload: rest },
          { userKey: row.userKey, kind: row.kind, meta: row.meta },
        ),
      ];
    },
  };
}
