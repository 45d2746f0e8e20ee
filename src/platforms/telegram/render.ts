/**
 * Reply → Telegram HTML. The ONLY place that escapes text for Telegram: every piece of text
 * (translations, user input echoed back, button-derived values) passes through `escapeHtml`, so
 * `<b>` or `&` typed by a user can never break a message or inject formatting. The support desk's
 * posts and headers become Replies here too (`deskPostReply`, `deskHeaderReply`).
 *
 * Messages are at most 4096 characters AFTER entity parsing (the visible text); a longer reply is
 * split at paragraph boundaries, then at line boundaries, and only a single over-long line is cut
 * mid-text. Tags never straddle chunks: each chunk is rebuilt from styled segments.
 * @see https://core.telegram.org/bots/api#html-style
 * @see https://core.telegram.org/bots/api#sendmessage (text: 1-4096 characters after entities parsing)
 */
import {
  type Block,
  italic,
  plain,
  type Reply,
  type Span,
  type SpanStyle,
  textParagraphs,
} from "../../core/reply.js";
import type { DeskPostContent } from "../../support/desk/post.js";
import type { TicketHeader } from "../../support/desk/types.js";

export const TELEGRAM_TEXT_LIMIT = 4096;

/** Escapes the four characters Telegram's HTML parser treats specially. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const TAGS: Readonly<Record<SpanStyle, string | undefined>> = {
  plain: undefined,
  bold: "b",
  italic: "i",
  code: "code",
};

/** A line is styled segments; a paragraph is lines; a message is paragraphs (blank line between). */
type Line = readonly Span[];
type Paragraph = readonly Line[];

function spanHtml(s: Span): string {
  const tag = TAGS[s.style];
  const text = escapeHtml(s.text);
  return tag ? `<${tag}>${text}</${tag}>` : text;
}

const lineHtml = (line: Line): string => line.map(spanHtml).join("");
const lineLength = (line: Line): number => line.reduce((n, s) => n + s.text.length, 0);
const paragraphHtml = (p: Paragraph): string => p.map(lineHtml).join("\n");
const paragraphLength = (p: Paragraph): number =>
  p.reduce((n, l) => n + lineLength(l), 0) + Math.max(0, p.length - 1);

function blockLines(block: Block): Line[] {
  switch (block.kind) {
    case "paragraph":
      return [block.spans];
    case "steps":
      return block.items.map((item, i) => [{ style: "plain", text: `${i + 1}. ` }, ...item]);
    case "bullets":
      return block.items.map((item) => [{ style: "plain", text: "• " }, ...item]);
  }
}

/** Lays the reply out: title, then each block as a paragraph; a section title heads its first block. */
function layout(reply: Reply): Paragraph[] {
  const out: Paragraph[] = [];
  if (reply.title) out.push([[{ style: "bold", text: reply.title }]]);
  for (const section of reply.sections) {
    const heading: Line[] = section.title ? [[{ style: "bold", text: section.title }]] : [];
    section.blocks.forEach((block, i) => {
      const lines = blockLines(block).map((l) => l.filter((s) => s.text !== ""));
      out.push(i === 0 ? [...heading, ...lines] : lines);
    });
    if (section.blocks.length === 0 && heading.length > 0) out.push(heading);
  }
  return out.filter((p) => paragraphLength(p) > 0);
}

/** Cuts text into pieces of at most `max` UTF-16 units without splitting a surrogate pair. */
function cutText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = max;
    const code = rest.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at -= 1;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

/** A line longer than the limit becomes several lines, cut inside spans (styles kept). */
function splitLine(line: Line, limit: number): Line[] {
  if (lineLength(line) <= limit) return [line];
  const out: Span[][] = [];
  let current: Span[] = [];
  let room = limit;
  for (const span of line) {
    let text = span.text;
    while (text !== "") {
      if (room === 0) {
        out.push(current);
        current = [];
        room = limit;
      }
      const [piece = ""] = cutText(text, room);
      current.push({ style: span.style, text: piece });
      room -= piece.length;
      text = text.slice(piece.length);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Packs items greedily into groups whose joined length (with `sep` between) stays ≤ limit. */
function pack<T>(items: readonly T[], length: (t: T) => number, sep: number, limit: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const add = (current.length > 0 ? sep : 0) + length(item);
    if (current.length > 0 && size + add > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    size += (current.length > 0 ? sep : 0) + length(item);
    current.push(item);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function splitParagraph(p: Paragraph, limit: number): Paragraph[] {
  if (paragraphLength(p) <= limit) return [p];
  const lines = p.flatMap((l) => splitLine(l, limit));
  return pack(lines, lineLength, 1, limit);
}

/**
 * The reply as one or more Telegram HTML messages, each ≤ `limit` visible characters.
 * Never returns an empty list (Telegram rejects empty text).
 */
export function renderHtml(reply: Reply, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const paragraphs = layout(reply).flatMap((p) => splitParagraph(p, limit));
  const chunks = pack(paragraphs, paragraphLength, 2, limit)
    // Telegram rejects a message whose visible text is only whitespace.
    .filter((group) => group.some((p) => p.some((l) => l.some((sp) => sp.text.trim() !== ""))))
    .map((group) => group.map(paragraphHtml).join("\n\n"));
  return chunks.length > 0 ? chunks : ["…"];
}

/** Plain text cut to `max` characters with an ellipsis (callback alerts, inline descriptions). */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  const [head = ""] = cutText(text, max - 1);
  return `${head.trimEnd()}…`;
}

/** The reply's visible text: exactly what Telegram shows after parsing `renderHtml` (unsplit). */
export function renderPlain(reply: Reply): string {
  return layout(reply)
    .map((p) => p.map((l) => l.map((s) => s.text).join("")).join("\n"))
    .join("\n\n");
}

/**
 * A desk post (its content from src/support/desk/post.ts) as a Reply for `renderHtml`: the heading
 * as the bold title, the body as written (or italic for the desk's own notes), the file line in
 * italics; the files follow the text as uploads.
 */
export function deskPostReply(content: DeskPostContent, kind: string): Reply {
  const blocks: Block[] =
    content.bodyStyle === "italic"
      ? [{ kind: "paragraph", spans: [italic(content.body)] }]
      : textParagraphs(content.body);
  if (content.fileLine) blocks.push({ kind: "paragraph", spans: [italic(content.fileLine)] });
  return {
    locale: "en",
    ...(content.heading ? { title: content.heading } : {}),
    sections: [{ blocks }],
    actions: [],
    outcome: `desk.${kind}`,
    ...(content.files.length > 0 ? { attachments: content.files } : {}),
  };
}

/** A ticket thread's header: the title in bold, then its lines. */
export function deskHeaderReply(header: TicketHeader): Reply {
  const lines = header.lines.map((l) => plain(`${l}\n`));
  const last = lines.at(-1);
  if (last) lines[lines.length - 1] = plain(last.text.trimEnd());
  return {
    locale: "en",
    title: header.title,
    sections: [{ blocks: [{ kind: "paragraph", spans: lines }] }],
    actions: [],
    outcome: "desk.header",
  };
}
