/**
 * Text + parse_mode → what Telegram stores (plain text + entities), with Telegram's limits.
 * HTML is parsed fully (html.ts). MarkdownV2 gets a light check of the rule bots break most:
 * reserved characters must be escaped. Legacy Markdown is only stripped of its markers.
 * @see https://core.telegram.org/bots/api#formatting-options
 */
import { badRequest } from "./errors.js";
import { type ParsedText, parseHtml } from "./html.js";
import type { TgMessageEntity } from "./types.js";

const MESSAGE_TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

const MDV2_ALWAYS_RESERVED = new Set([">", "#", "+", "-", "=", "|", "{", "}", ".", "!", "(", ")", "]"]);
const MDV2_MARKERS = new Set(["*", "_", "~", "`", "["]);

function parseMarkdownV2(text: string): ParsedText {
  let plain = "";
  let inCode = false;
  let inLinkUrl = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    if (ch === "\\") {
      const next = text[i + 1];
      if (next !== undefined) plain += next;
      i += 1;
      continue;
    }
    if (ch === "`") {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      plain += ch;
      continue;
    }
    if (inLinkUrl) {
      if (ch === ")") inLinkUrl = false;
      continue;
    }
    if (ch === "]" && text[i + 1] === "(") {
      inLinkUrl = true;
      i += 1;
      continue;
    }
    const atLineStart = i === 0 || text[i - 1] === "\n";
    if (ch === ">" && atLineStart) continue; // block quotation marker
    if (MDV2_ALWAYS_RESERVED.has(ch)) {
      throw badRequest(
        `can't parse entities: Character '${ch}' is reserved and must be escaped with the preceding '\\'`,
      );
    }
    if (MDV2_MARKERS.has(ch)) continue;
    plain += ch;
  }
  if (inCode) throw badRequest("can't parse entities: Can't find end of Code entity at byte offset 0");
  return { plain, entities: [] };
}

function parseFormatted(text: string, parseMode: string | undefined): ParsedText {
  if (parseMode === undefined || parseMode === "") return { plain: text, entities: [] };
  switch (parseMode.toLowerCase()) {
    case "html":
      return parseHtml(text);
    case "markdownv2":
      return parseMarkdownV2(text);
    case "markdown":
      return { plain: text.replace(/[*_`[\]]/g, ""), entities: [] };
    default:
      throw badRequest("unsupported parse_mode");
  }
}

/** Validates a message text; throws Telegram's errors. Explicit entities replace parse_mode. */
export function formatMessageText(
  text: string | undefined,
  parseMode: string | undefined,
  entities?: TgMessageEntity[],
): ParsedText {
  if (text === undefined || text === "") throw badRequest("message text is empty");
  const parsed = entities ? { plain: text, entities } : parseFormatted(text, parseMode);
  if (parsed.plain.trim() === "") throw badRequest("message text is empty");
  if (parsed.plain.length > MESSAGE_TEXT_LIMIT) throw badRequest("message is too long");
  return parsed;
}

export function formatCaption(
  caption: string | undefined,
  parseMode: string | undefined,
): ParsedText | undefined {
  if (caption === undefined || caption === "") return undefined;
  const parsed = parseFormatted(caption, parseMode);
  if (parsed.plain.length > CAPTION_LIMIT) throw badRequest("message caption is too long");
  return parsed;
}
