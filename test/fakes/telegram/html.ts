/**
 * Telegram's HTML parse mode, imitated closely enough that a bot which escapes wrongly fails here
 * the way it fails in production.
 *
 * Rules (https://core.telegram.org/bots/api#html-style):
 * - tags: b/strong, i/em, u/ins, s/strike/del, code, pre (optionally with <code class="language-x">),
 *   a[href], tg-spoiler, span[class=tg-spoiler], blockquote[expandable], tg-emoji[emoji-id];
 * - only the named entities &lt; &gt; &amp; &quot; plus numeric ones (&#39; &#x27;);
 * - every other `<` and `&` must be escaped. A literal `>` is tolerated by Telegram.
 * - errors read "Bad Request: can't parse entities: …" with UTF-8 byte offsets.
 * - the 4096 limit applies to the text after parsing (tags stripped, entities decoded),
 *   counted in UTF-16 code units — that is what `plain.length` gives.
 */
import { badRequest } from "./errors.js";
import type { TgMessageEntity } from "./types.js";

export interface ParsedText {
  plain: string;
  entities: TgMessageEntity[];
}

interface OpenTag {
  name: string;
  type: string;
  start: number;
  url?: string;
  language?: string | undefined;
  customEmojiId?: string;
}

const SIMPLE_TAGS: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  code: "code",
  pre: "pre",
  "tg-spoiler": "spoiler",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

const parseError = (reason: string) => badRequest(`can't parse entities: ${reason}`);

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), "utf8");
}

/** Decodes `&…;` at `index`; returns the decoded text and the index after the entity. */
function readEntity(text: string, index: number): { value: string; next: number } {
  const match = /^&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});/.exec(
    text.slice(index, index + 40),
  );
  if (!match) {
    throw parseError(`Can't find end of the entity starting at byte offset ${byteOffset(text, index)}`);
  }
  const body = match[1] ?? "";
  let value: string | undefined;
  if (body.startsWith("#")) {
    const code =
      body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    value = valid ? String.fromCodePoint(code) : undefined;
  } else {
    value = NAMED_ENTITIES[body.toLowerCase()];
  }
  if (value === undefined) {
    throw parseError(`Unsupported HTML entity "&${body};" at byte offset ${byteOffset(text, index)}`);
  }
  return { value, next: index + match[0].length };
}

function decodeAttribute(text: string): string {
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole) => {
    try {
      return readEntity(whole, 0).value;
    } catch {
      return whole;
    }
  });
}

function parseAttributes(raw: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const re = /([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const m of raw.matchAll(re)) {
    const name = (m[1] ?? "").toLowerCase();
    attributes.set(name, decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attributes;
}

function openTag(name: string, attrs: Map<string, string>, start: number, at: number): OpenTag {
  const simple = SIMPLE_TAGS[name];
  if (simple) return { name, type: simple, start, language: languageOf(name, attrs) };
  switch (name) {
    case "a": {
      // Telegram turns tg://user?id=… links into text_mention; everything else is a text_link.
      const href = attrs.get("href") ?? "";
      return {
        name,
        type: href.startsWith("tg://user?id=") ? "text_mention" : "text_link",
        start,
        url: href,
      };
    }
    case "span":
      if (attrs.get("class") !== "tg-spoiler") {
        throw parseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
      }
      return { name, type: "spoiler", start };
    case "blockquote":
      return { name, type: attrs.has("expandable") ? "expandable_blockquote" : "blockquote", start };
    case "tg-emoji": {
      const id = attrs.get("emoji-id");
      if (!id) throw parseError(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${at}`);
      return { name, type: "custom_emoji", start, customEmojiId: id };
    }
    default:
      throw parseError(`Unsupported start tag "${name}" at byte offset ${at}`);
  }
}

function languageOf(name: string, attrs: Map<string, string>): string | undefined {
  if (name !== "code") return undefined;
  const cls = attrs.get("class");
  return cls?.startsWith("language-") ? cls.slice("language-".length) : undefined;
}

/** Parses Telegram HTML. Throws the ApiError Telegram would return. */
export function parseHtml(text: string): ParsedText {
  let plain = "";
  const stack: OpenTag[] = [];
  const entities: TgMessageEntity[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "&") {
      const { value, next } = readEntity(text, i);
      plain += value;
      i = next;
      continue;
    }
    if (ch !== "<") {
      plain += ch;
      i += 1;
      continue;
    }
    const at = byteOffset(text, i);
    const close = text.indexOf(">", i);
    if (text[i + 1] === "/") {
      const name =
        close === -1
          ? ""
          : text
              .slice(i + 2, close)
              .trim()
              .toLowerCase();
      if (close === -1 || !/^[a-z][a-z0-9-]*$/.test(name)) {
        throw parseError(`Can't find end of the tag at byte offset ${at}`);
      }
      const top = stack.pop();
      if (!top) throw parseError(`Unexpected end tag at byte offset ${at}`);
      if (top.name !== name) {
        throw parseError(
          `Unmatched end tag at byte offset ${at}, expected "</${top.name}>", found "</${name}>"`,
        );
      }
      closeTag(top, stack, plain.length, entities);
      i = close + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(text.slice(i + 1, i + 40));
    const name = (nameMatch?.[0] ?? "").toLowerCase();
    if (!name) throw parseError(`Unsupported start tag "" at byte offset ${at}`);
    if (close === -1) throw parseError(`Can't find end of the tag starting at byte offset ${at}`);
    const rawAttrs = text.slice(i + 1 + name.length, close).replace(/\/\s*$/, "");
    stack.push(openTag(name, parseAttributes(rawAttrs), plain.length, at));
    i = close + 1;
  }
  const unclosed = stack.pop();
  if (unclosed) throw parseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { plain, entities };
}

function closeTag(tag: OpenTag, stack: OpenTag[], end: number, entities: TgMessageEntity[]): void {
  const parent = stack[stack.length - 1];
  // <pre><code class="language-x">…</code></pre> is one pre entity with a language.
  if (tag.type === "code" && parent?.type === "pre") {
    if (tag.language) parent.language = tag.language;
    return;
  }
  const length = end - tag.start;
  if (length === 0) return; // Telegram drops empty entities
  const entity: TgMessageEntity = { type: tag.type, offset: tag.start, length };
  if (tag.type === "text_link" && tag.url) entity.url = tag.url;
  if (tag.type === "pre" && tag.language) entity.language = tag.language;
  if (tag.customEmojiId)
    (entity as TgMessageEntity & { custom_emoji_id?: string }).custom_emoji_id = tag.customEmojiId;
  entities.push(entity);
}
