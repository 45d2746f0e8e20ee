/**
 * answerCallbackQuery and answerInlineQuery. A query id must come from an update the fake
 * produced and can be answered once; a second answer gets Telegram's
 * "query is too old and response timeout expired or query ID is invalid".
 * @see https://core.telegram.org/bots/api#answercallbackquery
 * @see https://core.telegram.org/bots/api#answerinlinequery
 */
import type { FakeCore } from "./core.js";
import type { MethodContext, MethodHandler } from "./dispatch.js";
import { badRequest, isRecord } from "./errors.js";
import { formatMessageText } from "./formatting.js";
import { validateReplyMarkup } from "./markup.js";
import type { QueryState } from "./state.js";

const TOO_OLD = "query is too old and response timeout expired or query ID is invalid";

function claim(queries: Map<string, QueryState>, id: string | undefined): QueryState {
  const query = id === undefined ? undefined : queries.get(id);
  if (!query || query.answers > 0) {
    if (query) query.answers += 1;
    throw badRequest(TOO_OLD);
  }
  return query;
}

function answerCallbackQuery(core: FakeCore, { p }: MethodContext): unknown {
  const text = p.str("text");
  if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
  const query = claim(core.state.callbackQueries, p.str("callback_query_id"));
  query.answers += 1;
  query.answer = {
    text,
    show_alert: p.bool("show_alert") ?? false,
    url: p.str("url"),
    cache_time: p.int("cache_time"),
  };
  return true;
}

function validateResult(raw: unknown, seen: Set<string>): void {
  if (!isRecord(raw)) throw badRequest("can't parse inline query result: Object expected");
  const id = typeof raw.id === "string" ? raw.id : "";
  const bytes = Buffer.byteLength(id, "utf8");
  if (bytes < 1 || bytes > 64) throw badRequest("RESULT_ID_INVALID");
  if (seen.has(id)) throw badRequest("RESULT_ID_DUPLICATE");
  seen.add(id);
  if (typeof raw.type !== "string") throw badRequest("can't parse inline query result: result type is empty");
  if (raw.reply_markup !== undefined) validateReplyMarkup(raw.reply_markup);
  if (raw.type !== "article") return; // other result types are accepted without deeper checks
  if (typeof raw.title !== "string" || raw.title === "") throw badRequest("RESULT_TITLE_EMPTY");
  const content = raw.input_message_content;
  if (!isRecord(content))
    throw badRequest("can't parse inline query result: input_message_content is required");
  if (content.message_text !== undefined || !("latitude" in content || "phone_number" in content)) {
    const text = typeof content.message_text === "string" ? content.message_text : undefined;
    const mode = typeof content.parse_mode === "string" ? content.parse_mode : undefined;
    formatMessageText(text, mode);
  }
}

function answerInlineQuery(core: FakeCore, { p }: MethodContext): unknown {
  const results = p.json("results");
  if (!Array.isArray(results)) throw badRequest('field "results" must be an Array');
  if (results.length > 50) throw badRequest("RESULTS_TOO_MUCH");
  const seen = new Set<string>();
  for (const result of results) validateResult(result, seen);
  const query = claim(core.state.inlineQueries, p.str("inline_query_id"));
  query.answers += 1;
  query.answer = {
    results,
    cache_time: p.int("cache_time"),
    is_personal: p.bool("is_personal"),
    next_offset: p.str("next_offset"),
  };
  return true;
}

export function queryMethods(core: FakeCore): Record<string, MethodHandler> {
  return {
    answerCallbackQuery: (ctx) => answerCallbackQuery(core, ctx),
    answerInlineQuery: (ctx) => answerInlineQuery(core, ctx),
  };
}
