/**
 * Reply actions → an inline keyboard. A button's `callback_data` is the compact `id:payload`
 * from `encodeAction` and must be 1–64 BYTES (UTF-8), not characters: a button that would exceed
 * it is left out (and reported) rather than truncated into a different, wrong action.
 * Button labels are plain text on Telegram (never parsed as HTML), so they need no escaping.
 * @see https://core.telegram.org/bots/api#inlinekeyboardbutton
 */
import { encodeAction } from "../../../commands/replies/action-ids.js";
import type { Action } from "../../core/reply.js";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "./types.js";

export const CALLBACK_DATA_MAX_BYTES = 64;
/** Secondary buttons (radio types, suggestions) share rows of this many… */
const PER_ROW = 2;
/** …and short ones ("1", "2" … "6+": how many wrong codes) rows of this many. */
const SHORT_PER_ROW = 6;
const SHORT_LABEL = 3;

function callbackData(action: Pick<Action, "id" | "payload">): string | undefined {
  const data = encodeAction(action.id, action.payload);
  const bytes = Buffer.byteLength(data, "utf8");
  return bytes >= 1 && bytes <= CALLBACK_DATA_MAX_BYTES ? data : undefined;
}

export interface Keyboard {
  readonly markup: InlineKeyboardMarkup | undefined;
  /** Actions that could not become buttons (callback_data too long). */
  readonly dropped: readonly Action[];
}

/**
 * Main actions (primary, danger) get a row each; the rest are grouped in rows of two, or of six
 * when their labels are a few characters (number choices).
 */
export function buildKeyboard(actions: readonly Action[]): Keyboard {
  const rows: InlineKeyboardButton[][] = [];
  const dropped: Action[] = [];
  let shared: InlineKeyboardButton[] = [];
  for (const action of actions) {
    let button: InlineKeyboardButton;
    if (action.url) {
      button = { text: action.label, url: action.url };
    } else {
      const data = callbackData(action);
      if (data === undefined) {
        dropped.push(action);
        continue;
      }
      button = { text: action.label, callback_data: data };
    }
    if (action.style === "primary" || action.style === "danger") {
      rows.push([button]);
      continue;
    }
    const short = action.label.length <= SHORT_LABEL;
    if (shared.length > 0 && short !== shared.every((b) => b.text.length <= SHORT_LABEL)) {
      rows.push(shared);
      shared = [];
    }
    shared.push(button);
    if (shared.length === (short ? SHORT_PER_ROW : PER_ROW)) {
      rows.push(shared);
      shared = [];
    }
  }
  if (shared.length > 0) rows.push(shared);
  return { markup: rows.length > 0 ? { inline_keyboard: rows } : undefined, dropped };
}
