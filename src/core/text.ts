/**
 * The one text sanitiser for what arrives from outside (messages, display names, titles). Pure.
 * - NUL and other control characters are removed (PostgreSQL `text` refuses NUL; terminals and
 *   logs misbehave on escapes); newlines and tabs stay in message text.
 * - Unpaired surrogates become U+FFFD (they are not valid UTF-8 anywhere downstream).
 * - Names and titles also lose bidi controls (U+202A–202E, U+2066–2069, LRM/RLM/ALM), which can make
 *   "evil.exe" read as something else, and become one line.
 * - Titles are cut on grapheme boundaries (`Intl.Segmenter`), so an emoji, a flag or a letter with
 *   its accents is never split, and the result fits a platform limit in UTF-16 code units
 *   (Discord's thread name and Telegram's topic name count those).
 */

// C0 except \t and \n, DEL, C1. \r is turned into \n first (CRLF → LF).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Message text: control characters removed, newlines and tabs kept. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** Names and titles: also no bidi controls, one line, single spaces, trimmed. */
export function cleanName(text: string): string {
  return cleanText(text).replace(BIDI, "").replace(/\s+/g, " ").trim();
}

let segmenter: Intl.Segmenter | undefined;

/** The text's grapheme clusters (what a reader sees as one character). */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * At most `max` UTF-16 code units, cut between graphemes; when cut, ends with `ellipsis`
 * (dropped if `max` is too small to hold it and anything else).
 */
export function cutGraphemes(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  if (room <= 0) return "";
  let out = "";
  for (const g of graphemes(text)) {
    if (out.length + g.length > room) break;
    out += g;
  }
  return `${out.trimEnd()}${ellipsis}`;
}

/** A thread/topic title: `cleanName`, then cut to the platform's limit. */
export function cleanTitle(text: string, max: number): string {
  return cutGraphemes(cleanName(text), max);
}
