/**
 * reply_markup validation. Telegram rejects the whole call when one inline button is invalid:
 * - callback_data must be 1–64 BYTES (UTF-8), a classic source of "BUTTON_DATA_INVALID";
 * - every button needs non-empty text and exactly one action field;
 * - at most 100 buttons in total.
 * @see https://core.telegram.org/bots/api#inlinekeyboardbutton
 */
import { badRequest, isRecord } from "./errors.js";
import type { InlineKeyboardButton, ReplyMarkup } from "./types.js";

const CALLBACK_DATA_MAX_BYTES = 64;
const MAX_BUTTONS = 100;

const BUTTON_ACTIONS = [
  "callback_data",
  "url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "login_url",
  "web_app",
  "pay",
  "callback_game",
  "copy_text",
] as const;

function validateButton(button: unknown): InlineKeyboardButton {
  if (!isRecord(button)) throw badRequest("can't parse inline keyboard button: Object expected");
  const text = button.text;
  if (typeof text !== "string" || text.trim() === "") {
    throw badRequest("can't parse inline keyboard button: Text must be non-empty");
  }
  const actions = BUTTON_ACTIONS.filter((key) => button[key] !== undefined);
  if (actions.length === 0) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  if (actions.length > 1) {
    throw badRequest(`can't parse inline keyboard button: more than one action (${actions.join(", ")})`);
  }
  const data = button.callback_data;
  if (data !== undefined) {
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
    if (bytes < 1 || bytes > CALLBACK_DATA_MAX_BYTES) throw badRequest("BUTTON_DATA_INVALID");
  }
  const url = button.url;
  if (url !== undefined && (typeof url !== "string" || !/^(https?|tg):\/\/\S+$/i.test(url))) {
    throw badRequest("BUTTON_URL_INVALID");
  }
  return button as InlineKeyboardButton;
}

/** Returns the markup as stored, or undefined. Reply keyboards and force_reply are accepted loosely. */
export function validateReplyMarkup(raw: unknown): ReplyMarkup | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) throw badRequest("can't parse reply keyboard markup JSON object");
  const rows = raw.inline_keyboard;
  if (rows === undefined) {
    if (raw.keyboard === undefined && raw.remove_keyboard === undefined && raw.force_reply === undefined) {
      throw badRequest("can't parse reply keyboard markup JSON object");
    }
    return raw as ReplyMarkup;
  }
  if (!Array.isArray(rows))
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  let count = 0;
  const keyboard = rows.map((row) => {
    if (!Array.isArray(row)) throw badRequest("can't parse inline keyboard button row: Array expected");
    count += row.length;
    return row.map(validateButton);
  });
  if (count > MAX_BUTTONS) throw badRequest("reply markup is too long");
  return { ...raw, inline_keyboard: keyboard };
}

export function callbackDataOf(markup: ReplyMarkup | undefined): string[] {
  return (markup?.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
}
