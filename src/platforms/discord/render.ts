/**
 * The only place that formats for Discord: Reply → embeds + button rows, and the support desk's
 * posts → messages. Plain text is escaped with one function (`escapeText`) so user text (a pasted
 * message, a typo'd pre-code) can neither break formatting nor mention anyone; and
 * `allowedMentions` is always empty as a second guard.
 * Limits: description ≤ 4096, title ≤ 256, ≤ 6000 characters across ≤ 10 embeds; no fields are
 * used (so the 25-field limit holds trivially). Desk messages: content ≤ 2000 characters (longer
 * text is split into several messages), thread name ≤ 100, ≤ 10 files per message.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
import { type APIEmbed, escapeMarkdown, type RESTPostAPIChannelMessageJSONBody } from "discord.js";
import type { Block, Reply, Section, Span } from "../../core/reply.js";
import type { DeskPostContent } from "../../support/desk/post.js";
import type { TicketHeader } from "../../support/desk/types.js";
import { buttonRows } from "./components.js";
import { type UploadFile, uploadName } from "./files.js";
import type { DiscordMessage } from "./types.js";

export const EMBED_LIMITS = { title: 256, description: 4096, total: 6000, embeds: 10, fields: 25 } as const;

/** Amber, like the radio's display. */
const EMBED_COLOR = 0xf5a623;

/** A single span's raw text is cut here, so one formatted span (≤ 2 × this + markup) fits any line. */
const SPAN_MAX = 900;
/** Long lines are wrapped at span boundaries below this length. */
const LINE_MAX = 2000;
const ELLIPSIS = "…";
const ZWSP = "\u200b";

/**
 * Escapes Discord markdown and defuses mentions in plain text. `escapeMarkdown` handles
 * `* _ ~~ || \` #`, lists and masked links; added here: block quotes, subtext (`-#`), `+` lists,
 * and mentions (`@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>` get a zero-width space).
 */
export function escapeText(text: string): string {
  // Fast path: every rule below needs one of these characters (or a numbered-list line start), so
  // text without them comes back unchanged — most of a reply (translated prose, PINs) is such text.
  if (!MARKUP_CHAR.test(text) && !NUMBERED_LINE.test(text)) return text;
  const known = escaped.get(text);
  if (known !== undefined) return known;
  const out = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  })
    .replace(/^(\s*)(>|-#|\+ )/gm, "$1\\$2")
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)/g, `<$1${ZWSP}`);
  if (escaped.size >= ESCAPED_MAX) escaped.delete(escaped.keys().next().value ?? "");
  if (text.length <= 1000) escaped.set(text, out);
  return out;
}

/**
 * Characters any escaping rule reacts to: `\` (escape), `` ` `` (code), `*` `_` (italic, bold,
 * underline, lists), `~` `|` (strikethrough, spoiler), `#` `-` (headings, lists, subtext), `[`
 * (masked links), `>` `+` (quotes, lists), `@` `<` (mentions). Numbered lists need `^ *\d+\.`.
 */
const MARKUP_CHAR = /[\\`*_~|#[\-+>@<]/;
const NUMBERED_LINE = /^ *\d+\./m;
/**
 * escapeMarkdown's look-behind regexes are the costliest part of rendering, and the texts that need
 * them repeat (translated templates): a small memo, bounded (oldest entry dropped first).
 */
const ESCAPED_MAX = 512;
const escaped = new Map<string, string>();

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

/** At most `max` characters; a longer text ends in "…". */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}${ELLIPSIS}`;
}

/** Inline code cannot contain a backtick; a look-alike (U+02CB) keeps the text readable. */
function inlineCode(text: string): string {
  const inner = text.replace(/`/g, "ˋ").trim();
  return inner === "" ? "" : `\`${inner}\``;
}

export function formatSpan(span: Span): string {
  const text = cut(oneLine(span.text), SPAN_MAX);
  if (text.trim() === "") return span.style === "code" ? "" : escapeText(text);
  switch (span.style) {
    case "bold":
      return `**${escapeText(text)}**`;
    case "italic":
      return `*${escapeText(text)}*`;
    case "code":
      return inlineCode(text);
    default:
      return escapeText(text);
  }
}

/** Spans → one or more lines of at most LINE_MAX, broken between spans. */
function wrap(prefix: string, spans: readonly Span[]): string[] {
  const lines: string[] = [];
  let line = prefix;
  let filled = false;
  for (const piece of spans.map(formatSpan)) {
    if (filled && line.length + piece.length > LINE_MAX) {
      lines.push(line);
      line = "";
    }
    line += piece;
    if (piece !== "") filled = true;
  }
  lines.push(line);
  return lines;
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
      return wrap("", block.spans);
    case "steps":
      return block.items.flatMap((item, i) => wrap(`${i + 1}. `, item));
    case "bullets":
      return block.items.flatMap((item) => wrap("• ", item));
  }
}

function sectionLines(section: Section): string[] {
  const lines: string[] = [];
  if (section.title) lines.push(`**${escapeText(cut(oneLine(section.title), 200))}**`);
  for (const block of section.blocks) lines.push(...blockLines(block));
  return lines;
}

function embedTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const raw = oneLine(title);
  const escaped = escapeText(cut(raw, EMBED_LIMITS.title));
  // Escaping can lengthen the text (at most doubling it and adding the mention guards).
  return escaped.length <= EMBED_LIMITS.title ? escaped : escapeText(cut(raw, 100));
}

/** Packs lines into embeds under the description, total and count limits; the rest is cut with "…". */
function packEmbeds(title: string | undefined, lines: readonly string[]): APIEmbed[] {
  const descriptions: string[] = [];
  let current = "";
  let budget = EMBED_LIMITS.total - (title?.length ?? 0);
  let truncated = false;
  for (const line of lines) {
    const sep = current === "" ? 0 : 1;
    const fitsHere = current.length + sep + line.length <= EMBED_LIMITS.description;
    const cost = fitsHere ? sep + line.length : line.length;
    const newEmbed = !fitsHere;
    if (cost > budget || (newEmbed && descriptions.length + 1 >= EMBED_LIMITS.embeds)) {
      truncated = true;
      break;
    }
    if (newEmbed) {
      descriptions.push(current);
      current = line;
    } else {
      current = current === "" ? line : `${current}\n${line}`;
    }
    budget -= cost;
  }
  if (truncated && budget >= 2 && current.length + 2 <= EMBED_LIMITS.description) current += `\n${ELLIPSIS}`;
  descriptions.push(current);
  return descriptions.map((d, i) => ({
    ...(i === 0 && title ? { title } : {}),
    description: d.trim() === "" ? ZWSP : d,
    color: EMBED_COLOR,
  }));
}

/** Pictures Discord shows inside an embed (`embed.image`); other files stay plain attachments. */
const EMBED_IMAGE_TYPES = /^image\/(png|jpeg|gif|webp)$/i;

/**
 * A Reply as embeds, buttons and files. The first picture among the reply's files (the faceplate)
 * is shown in the last embed, below the text, by its upload name (`attachment://radio-code-4727.png`):
 * the text steps stay complete for screen readers, the picture only repeats them.
 * @see https://discord.com/developers/docs/reference#editing-message-attachments-using-attachments-within-embeds
 */
export function renderReply(reply: Reply): DiscordMessage {
  const lines: string[] = [];
  for (const section of reply.sections) {
    const body = sectionLines(section);
    if (body.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(...body);
  }
  const files = reply.attachments ?? [];
  const embeds = packEmbeds(embedTitle(reply.title), lines);
  const picture = files.find((f) => EMBED_IMAGE_TYPES.test(f.contentType));
  const last = embeds.at(-1);
  if (picture && last)
    embeds[embeds.length - 1] = { ...last, image: { url: `attachment://${uploadName(picture.name)}` } };
  return {
    embeds,
    components: buttonRows(reply.actions),
    allowedMentions: { parse: [] },
    files,
  };
}

/**
 * The same message as a raw REST body (snake_case) for `POST /channels/{id}/messages`; its files
 * go beside it as multipart parts (`toRawFiles`, under the same upload names).
 */
export function toRestBody(message: DiscordMessage): RESTPostAPIChannelMessageJSONBody {
  return {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
}

/** Characters Discord counts towards the 6000 limit (title + description; no fields, footer, author). */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
}

// ---------------------------------------------------------------- support desk

const CONTENT_MAX = 2000;
const THREAD_NAME_MAX = 100;
const NO_MENTIONS = { parse: [] as [] };

/** One desk message to post: its JSON body and the files uploaded with it. */
export interface DeskMessage {
  readonly body: RESTPostAPIChannelMessageJSONBody;
  readonly files: readonly UploadFile[];
}

/** A forum post's name: one line, 1–100 characters. */
export function threadName(title: string): string {
  const line = title.replace(/\s+/g, " ").trim();
  return cut(line || "ticket", THREAD_NAME_MAX);
}

/** The starter message of a ticket's forum post: the header lines in an embed. */
export function headerMessage(header: TicketHeader): RESTPostAPIChannelMessageJSONBody {
  const description = header.lines.map(escapeText).join("\n");
  return {
    embeds: [
      {
        title: cut(escapeText(header.title.replace(/\s+/g, " ")), EMBED_LIMITS.title),
        description: cut(description, EMBED_LIMITS.description),
        color: EMBED_COLOR,
      },
    ],
    allowed_mentions: NO_MENTIONS,
  };
}

/**
 * Splits text into pieces of at most `max` characters, preferring line breaks, then spaces. A
 * piece never ends in a lone backslash, which would escape the next piece's first character away.
 */
export function splitContent(text: string, max = CONTENT_MAX): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = rest.lastIndexOf("\n", max);
    if (at < max / 2) at = rest.lastIndexOf(" ", max);
    if (at < max / 2) at = max;
    while (at > 1 && rest[at - 1] === "\\") at -= 1;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\n/, "");
  }
  if (rest.trim() !== "" || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Text (already escaped) and files → messages: text split at 2000, files on the last piece. */
function deskPieces(content: string, files: readonly UploadFile[]): DeskMessage[] {
  const pieces = content.trim() === "" ? [] : splitContent(content);
  if (pieces.length === 0) {
    return files.length > 0 ? [{ body: { allowed_mentions: NO_MENTIONS }, files }] : [];
  }
  return pieces.map((piece, i) => ({
    body: { content: piece, allowed_mentions: NO_MENTIONS },
    files: i === pieces.length - 1 ? files : [],
  }));
}

const italicLine = (text: string) => `*${escapeText(text.replace(/\s+/g, " ").trim())}*`;

/**
 * A desk post (its content from src/support/desk/post.ts) as messages: the heading in bold, the
 * body as written (escaped) or in italics for the desk's own notes, the file line in italics, and
 * the files uploaded with the last piece.
 */
export function deskMessages(content: DeskPostContent): DeskMessage[] {
  const lines: string[] = [];
  if (content.heading) lines.push(`**${escapeText(content.heading.replace(/\s+/g, " ").trim())}**`);
  if (content.body.trim() !== "") {
    lines.push(content.bodyStyle === "italic" ? italicLine(content.body) : escapeText(content.body));
  }
  if (content.fileLine) lines.push(italicLine(content.fileLine));
  return deskPieces(lines.join("\n"), content.files);
}
