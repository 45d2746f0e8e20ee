/**
 * Bot-level methods: getMe, getUpdates, setWebhook/deleteWebhook/getWebhookInfo and the command
 * lists. Telegram stores one command list per (scope, language_code) pair and getMyCommands
 * returns exactly that pair's list — there is no fallback to the default scope on read.
 * @see https://core.telegram.org/bots/api#setmycommands
 */
import type { FakeCore } from "./core.js";
import type { MethodContext, MethodHandler } from "./dispatch.js";
import { ABANDONED } from "./dispatch.js";
import { ApiError, badRequest, isRecord, type ParamReader } from "./errors.js";
import type { BotCommand } from "./types.js";

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

const SCOPE_TYPES = new Set([
  "default",
  "all_private_chats",
  "all_group_chats",
  "all_chat_administrators",
  "chat",
  "chat_administrators",
  "chat_member",
]);

/** Normalised key for a (scope, language_code) pair; throws on an invalid scope or language. */
export function commandKey(scope: unknown, languageCode: string | undefined): string {
  const s = isRecord(scope) ? scope : { type: "default" };
  const type = typeof s.type === "string" ? s.type : "";
  if (!SCOPE_TYPES.has(type)) throw badRequest("unsupported bot command scope type");
  const key: Record<string, unknown> = { type };
  if (type.startsWith("chat")) {
    if (s.chat_id === undefined) throw badRequest("chat_id is empty");
    key.chat_id = typeof s.chat_id === "string" && /^-?\d+$/.test(s.chat_id) ? Number(s.chat_id) : s.chat_id;
  }
  if (type === "chat_member") {
    if (s.user_id === undefined) throw badRequest("user_id is empty");
    key.user_id = Number(s.user_id);
  }
  const lang = languageCode ?? "";
  if (lang !== "" && !/^[a-z]{2}$/.test(lang)) throw badRequest("invalid language code specified");
  return `${JSON.stringify(key)}|${lang}`;
}

function validateCommands(raw: unknown): BotCommand[] {
  if (!Array.isArray(raw)) throw badRequest('field "commands" must be an Array');
  if (raw.length > 100) throw badRequest("too many commands");
  return raw.map((c: unknown) => {
    if (!isRecord(c)) throw badRequest("can't parse BotCommand");
    const command = typeof c.command === "string" ? c.command : "";
    const description = typeof c.description === "string" ? c.description : "";
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
    if (description.trim() === "" || description.length > 256)
      throw badRequest("command description is empty or too long");
    return { command, description };
  });
}

function keyOf(p: ParamReader): string {
  return commandKey(p.json("scope"), p.str("language_code"));
}

function setWebhook(core: FakeCore, { p }: MethodContext): unknown {
  const url = p.str("url") ?? "";
  const drop = p.bool("drop_pending_updates") ?? false;
  if (url === "") {
    // An empty URL removes the webhook, like deleteWebhook.
    core.webhook.remove();
    if (drop) core.queue.clear();
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest("bad webhook: invalid webhook URL specified");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw badRequest("bad webhook: HTTPS url must be provided for webhook");
  }
  const secret = p.str("secret_token");
  if (secret !== undefined && !SECRET_TOKEN.test(secret)) {
    throw badRequest("bad webhook: secret token contains unallowed characters or is too long");
  }
  const maxConnections = p.int("max_connections") ?? 40;
  if (maxConnections < 1 || maxConnections > 100)
    throw badRequest("bad webhook: max_connections must be 1-100");
  const allowed = p.json("allowed_updates");
  const ip = p.str("ip_address");
  if (drop) core.queue.clear();
  // A parked long poll ends when the bot switches to a webhook.
  core.poll.terminate(new ApiError(409, "Conflict: terminated by setWebhook request"));
  core.webhook.set({
    url,
    maxConnections,
    ...(secret ? { secretToken: secret } : {}),
    ...(Array.isArray(allowed) ? { allowedUpdates: allowed as string[] } : {}),
    ...(ip ? { ipAddress: ip } : {}),
  });
  return true;
}

function getWebhookInfo(core: FakeCore): unknown {
  const info = core.webhook.info;
  const result: Record<string, unknown> = {
    url: info?.url ?? "",
    has_custom_certificate: false,
    pending_update_count: core.queue.size,
  };
  if (info) {
    result.max_connections = info.maxConnections;
    if (info.ipAddress) result.ip_address = info.ipAddress;
    if (info.allowedUpdates) result.allowed_updates = info.allowedUpdates;
    if (info.lastErrorDate) result.last_error_date = info.lastErrorDate;
    if (info.lastErrorMessage) result.last_error_message = info.lastErrorMessage;
  }
  return result;
}

export function botMethods(core: FakeCore): Record<string, MethodHandler> {
  return {
    getMe: () => ({ ...core.state.bot }),
    getUpdates: async (ctx) => {
      const result = await core.poll.getUpdates(ctx);
      return result === ABANDONED ? ABANDONED : result;
    },
    setWebhook: (ctx) => setWebhook(core, ctx),
    deleteWebhook: ({ p }) => {
      core.webhook.remove();
      if (p.bool("drop_pending_updates")) core.queue.clear();
      return true;
    },
    getWebhookInfo: () => getWebhookInfo(core),
    setMyCommands: ({ p }) => {
      const commands = validateCommands(p.json("commands"));
      const key = keyOf(p);
      if (commands.length === 0) core.state.commands.delete(key);
      else core.state.commands.set(key, commands);
      return true;
    },
    getMyCommands: ({ p }) => core.state.commands.get(keyOf(p)) ?? [],
    deleteMyCommands: ({ p }) => {
      core.state.commands.delete(keyOf(p));
      return true;
    },
  };
}
