/**
 * The platform-neutral reply every command returns. Adapters render it (Telegram HTML, Discord
 * embeds, terminal text); nothing here contains markup. All text is already localised.
 */
import type { Locale } from "./i18n/locales.js";

export type SpanStyle = "plain" | "bold" | "italic" | "code";
export interface Span {
  readonly style: SpanStyle;
  readonly text: string;
}

export type Block =
  | { readonly kind: "paragraph"; readonly spans: readonly Span[] }
  | { readonly kind: "steps"; readonly items: readonly (readonly Span[])[] }
  | { readonly kind: "bullets"; readonly items: readonly (readonly Span[])[] };

export interface Section {
  readonly title?: string | undefined;
  readonly blocks: readonly Block[];
}

/**
 * A button. `id` names the action handler (stable, short: `dk.radio`); `payload` is its compact
 * state (`V284.pr`). Together they must fit Telegram's 64-byte `callback_data`.
 * `url` makes it a link button instead (no callback).
 */
export interface Action {
  readonly id: string;
  readonly payload: string;
  readonly label: string;
  readonly style?: "primary" | "secondary" | "danger";
  readonly url?: string;
}

/**
 * How to draw a picture again from a few values: what the outbox keeps in a waiting row instead of
 * the picture's bytes (a faceplate PNG is ~130 KB; its recipe, ~60 bytes). The sender draws it
 * when the row leaves (`ImageServices.remake`).
 */
export interface PictureRecipe {
  readonly kind: "faceplate";
  readonly radio: string;
  readonly pin: string;
  readonly locale: Locale;
}

export interface ReplyAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  /** Set on pictures the app can draw again: the outbox stores this instead of `data`. */
  readonly recipe?: PictureRecipe;
  /**
   * Plain text saying what the picture shows (the faceplate's "Code 4727: buttons 1–4 …"): a
   * photo's caption on Telegram, which sends a captioned picture before the reply's text, and the
   * picture's alt text (attachment description) in Discord interaction answers. The reply's text
   * stays complete without it.
   */
  readonly caption?: string;
}

export interface Reply {
  readonly locale: Locale;
  readonly title?: string | undefined;
  readonly sections: readonly Section[];
  readonly actions: readonly Action[];
  /** Only the asking user should see it (Discord ephemeral in servers). */
  readonly ephemeral?: boolean;
  /** When answering a button: replace the message the button was on instead of sending anew. */
  readonly replace?: boolean;
  /** Short text for places that show one line (inline-query descriptions, notifications). */
  readonly summary?: string;
  /** Files to send with the reply (support desk relays re-upload them). */
  readonly attachments?: readonly ReplyAttachment[];
  /** Outcome code for logs and metrics, e.g. `dokker.ok`, `precode.not-issued`. */
  readonly outcome: string;
}

export const plain = (text: string): Span => ({ style: "plain", text });
export const bold = (text: string): Span => ({ style: "bold", text });
export const italic = (text: string): Span => ({ style: "italic", text });
export const code = (text: string): Span => ({ style: "code", text });
export const paragraph = (...spans: Span[]): Block => ({ kind: "paragraph", spans });

/** Free text (a relayed message) as plain paragraphs: split at blank lines, empty ones dropped. */
export const textParagraphs = (text: string): Block[] =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => paragraph(plain(p)));

/** The reply as plain text (for the terminal, logs, inline results and tests). */
export function replyToPlainText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.title);
  for (const section of reply.sections) {
    const lines: string[] = [];
    if (section.title) lines.push(section.title);
    for (const block of section.blocks) lines.push(...blockLines(block));
    out.push(lines.join("\n"));
  }
  return out.join("\n\n");
}

function spansToText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join("");
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
      return [spansToText(block.spans)];
    case "steps":
      return block.items.map((item, i) => `${i + 1}. ${spansToText(item)}`);
    case "bullets":
      return block.items.map((item) => `• ${spansToText(item)}`);
  }
}
