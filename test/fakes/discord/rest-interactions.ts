/**
 * Interaction responses: `POST /interactions/{id}/{token}/callback` and the interaction webhook
 * (`/webhooks/{appId}/{token}…`: follow-ups and `@original`). These routes need no Authorization
 * header; the token is the credential.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */
import { dispatchMessage, type EventDeps } from "./events.js";
import type { InteractionLog, InteractionRecord } from "./interaction-log.js";
import { apiError, json, type RestReply, type RestRequest, type Route, unknownMessage } from "./rest.js";
import type { ApiObject } from "./types.js";
import { isEmptyMessage, isObject, validateChoices, validateImages, validateMessage } from "./validate.js";

const EPHEMERAL = 64;
const LOADING = 128;
/** Flags a bot may set on a message: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2. */
const SETTABLE_FLAGS = 4 | EPHEMERAL | 4096 | 32768;

export interface InteractionRouteDeps extends EventDeps {
  log: InteractionLog;
  /** Discord rejects a first response arriving later than this (default 3000 ms) with 10062. */
  deadlineMs: number;
}

export function interactionRoutes(deps: InteractionRouteDeps): Route[] {
  const webhook = "/webhooks/:appId/:token";
  return [
    {
      method: "POST",
      pattern: "/interactions/:id/:token/callback",
      auth: false,
      handle: (r, p) => callback(deps, r, p),
    },
    { method: "POST", pattern: webhook, auth: false, handle: (r, p) => followUp(deps, r, p) },
    {
      method: "GET",
      pattern: `${webhook}/messages/:mid`,
      auth: false,
      handle: (_r, p) => getMessage(deps, p),
    },
    { method: "PATCH", pattern: `${webhook}/messages/:mid`, auth: false, handle: (r, p) => edit(deps, r, p) },
    {
      method: "DELETE",
      pattern: `${webhook}/messages/:mid`,
      auth: false,
      handle: (r, p) => remove(deps, r, p),
    },
  ];
}

async function callback(
  deps: InteractionRouteDeps,
  req: RestRequest,
  p: Record<string, string>,
): Promise<RestReply> {
  const record = deps.log.get(p.id ?? "");
  if (!record || record.token !== p.token) return apiError(404, 10062, "Unknown interaction");
  if (record.acknowledged) return apiError(400, 40060, "Interaction has already been acknowledged.");
  if (Date.now() - record.createdAt > deps.deadlineMs) return apiError(404, 10062, "Unknown interaction");
  const body = isObject(req.body) ? req.body : {};
  const type = Number(body.type);
  const data = isObject(body.data) ? body.data : {};
  const allowed = record.type === 4 ? [8] : record.type === 3 ? [4, 5, 6, 7, 9] : [4, 5, 9];
  if (!allowed.includes(type)) {
    return apiError(400, 50035, "Invalid Form Body", {
      type: { _errors: [{ code: "INTERACTION_RESPONSE_TYPE_INVALID", message: "Invalid response type" }] },
    });
  }
  if (type === 4 && isEmptyMessage(data, req.files.length)) {
    return apiError(400, 50006, "Cannot send an empty message");
  }
  if (type === 4 || type === 7) {
    const invalid = validateMessage(data, ["data"]) ?? (await validateImages(req.files, data));
    if (invalid) return json(400, invalid);
  }
  if (type === 8) {
    const invalid = validateChoices(data.choices);
    if (invalid) return json(400, invalid);
  }
  const { state } = deps;
  let message: ApiObject | undefined;
  if (type === 4 || type === 5) {
    // Reply (4) creates the original message; defer (5) creates it in a "thinking" state (LOADING).
    // Whether it is ephemeral is fixed here and cannot change later.
    const flags =
      type === 4 ? Number(data.flags ?? 0) & SETTABLE_FLAGS : (Number(data.flags ?? 0) & EPHEMERAL) | LOADING;
    message = state.buildMessage(record.channelId, state.botUser, {
      ...(type === 4 ? messageFields(deps, record, data, req) : {}),
      type: record.type === 2 ? 20 : 19, // CHAT_INPUT_COMMAND / REPLY
      flags,
      webhook_id: state.applicationId,
      application_id: state.applicationId,
      interaction_metadata: {
        id: record.id,
        type: record.type,
        user: record.user,
        authorizing_integration_owners: { "0": record.guildId ?? "0" },
      },
    });
    state.storeMessage(message);
    record.originalMessageId = String(message.id);
    if ((flags & EPHEMERAL) === 0) dispatchMessage(deps, message);
  } else if (type === 6 || type === 7) {
    // deferUpdate (6) / update (7) act on the message carrying the component; it becomes @original.
    message = state.messages.get(record.componentMessageId ?? "");
    if (message && type === 7) Object.assign(message, messageFields(deps, record, data, req));
    if (message) record.originalMessageId = String(message.id);
  }
  record.acknowledged = true;
  deps.log.push(record, { kind: "callback", callbackType: type, body: req.body, files: req.files }, message);
  if (req.query.get("with_response") !== "true") return json(204);
  return json(200, {
    interaction: {
      id: record.id,
      type: record.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: (Number(message.flags) & LOADING) !== 0,
            response_message_ephemeral: (Number(message.flags) & EPHEMERAL) !== 0,
          }
        : {}),
    },
    resource: { type, ...(message ? { message } : {}) },
  });
}

async function followUp(
  deps: InteractionRouteDeps,
  req: RestRequest,
  p: Record<string, string>,
): Promise<RestReply> {
  const record = recordFor(deps, p);
  // A follow-up before the first response fails: the webhook only exists once acknowledged.
  if (!record?.acknowledged) return apiError(404, 10015, "Unknown Webhook");
  const data = isObject(req.body) ? req.body : {};
  if (isEmptyMessage(data, req.files.length)) return apiError(400, 50006, "Cannot send an empty message");
  const invalid = validateMessage(data) ?? (await validateImages(req.files, data));
  if (invalid) return json(400, invalid);
  const { state } = deps;
  const original = state.messages.get(record.originalMessageId ?? "");
  let message: ApiObject;
  if (original && (Number(original.flags) & LOADING) !== 0) {
    // After a defer, the first follow-up replaces the "thinking" message (its ephemerality stays).
    Object.assign(original, messageFields(deps, record, data, req), {
      flags: Number(original.flags) & ~LOADING,
    });
    message = original;
  } else {
    message = state.buildMessage(record.channelId, state.botUser, {
      ...messageFields(deps, record, data, req),
      flags: Number(data.flags ?? 0) & SETTABLE_FLAGS,
      webhook_id: state.applicationId,
      application_id: state.applicationId,
    });
    state.storeMessage(message);
    if ((Number(message.flags) & EPHEMERAL) === 0) dispatchMessage(deps, message);
  }
  deps.log.push(record, { kind: "followup", body: req.body, files: req.files }, message);
  return req.query.get("wait") === "true" ? json(200, message) : json(204);
}

function getMessage(deps: InteractionRouteDeps, p: Record<string, string>): RestReply {
  const record = recordFor(deps, p);
  if (!record) return apiError(404, 10015, "Unknown Webhook");
  const message = messageFor(deps, record, p.mid ?? "");
  return message ? json(200, message) : unknownMessage();
}

async function edit(
  deps: InteractionRouteDeps,
  req: RestRequest,
  p: Record<string, string>,
): Promise<RestReply> {
  const record = recordFor(deps, p);
  if (!record) return apiError(404, 10015, "Unknown Webhook");
  const message = messageFor(deps, record, p.mid ?? "");
  if (!message) return unknownMessage();
  const data = isObject(req.body) ? req.body : {};
  const invalid = validateMessage(data) ?? (await validateImages(req.files, data));
  if (invalid) return json(400, invalid);
  // Editing resolves a deferred reply; EPHEMERAL cannot be changed by an edit.
  const keep = Number(message.flags) & EPHEMERAL;
  const flags = data.flags === undefined ? Number(message.flags) : (Number(data.flags) & ~EPHEMERAL) | keep;
  Object.assign(message, messageFields(deps, record, data, req, message), {
    flags: flags & ~LOADING,
    edited_timestamp: new Date().toISOString(),
  });
  deps.log.push(record, { kind: "edit", body: req.body, files: req.files }, message);
  return json(200, message);
}

function remove(deps: InteractionRouteDeps, req: RestRequest, p: Record<string, string>): RestReply {
  const record = recordFor(deps, p);
  if (!record) return apiError(404, 10015, "Unknown Webhook");
  const message = messageFor(deps, record, p.mid ?? "");
  if (!message) return unknownMessage();
  deps.state.messages.delete(String(message.id));
  const log = deps.state.channelLog.get(String(message.channel_id));
  if (log) log.splice(log.indexOf(String(message.id)) >>> 0, 1);
  deps.log.push(record, { kind: "delete", body: req.body, files: req.files }, message);
  return json(204);
}

function recordFor(deps: InteractionRouteDeps, p: Record<string, string>): InteractionRecord | undefined {
  if (p.appId !== deps.state.applicationId) return undefined;
  return deps.log.byTokenOf(p.token ?? "");
}

/** `@original` (discord.js sends it as `%40original`; the router decodes it) or a message ID. */
function messageFor(
  deps: InteractionRouteDeps,
  record: InteractionRecord,
  mid: string,
): ApiObject | undefined {
  const id = mid === "@original" ? record.originalMessageId : mid;
  return id ? deps.state.messages.get(id) : undefined;
}

/** The message fields present in a body; absent fields keep the previous message's values. */
function messageFields(
  deps: InteractionRouteDeps,
  record: InteractionRecord,
  data: ApiObject,
  req: RestRequest,
  previous?: ApiObject,
): ApiObject {
  const fields: ApiObject = {};
  for (const key of ["content", "embeds", "components", "allowed_mentions"] as const) {
    if (data[key] !== undefined) fields[key] = data[key];
  }
  if (req.files.length) {
    fields.attachments = req.files.map((f) => deps.state.storeAttachment(record.channelId, f));
  } else if (data.attachments !== undefined) {
    const kept = new Set((data.attachments as ApiObject[]).map((a) => String(a.id)));
    fields.attachments = ((previous?.attachments as ApiObject[] | undefined) ?? []).filter((a) =>
      kept.has(String(a.id)),
    );
  }
  return fields;
}
