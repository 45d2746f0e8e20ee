/**
 * Reply → the JSON message the web page shows. The only formatting place of the web adapter, and
 * it produces NO markup at all: the page builds every element with DOM APIs and sets text with
 * `textContent` (client/chat.js), so user text can never become HTML. Here text is only cleaned:
 * control characters (except new lines) are removed and lengths are capped; link buttons keep only
 * http(s) URLs (a `javascript:` URL would run in the page).
 */
import { encodeAction } from "../../../commands/replies/action-ids.js";
import type { Block, Reply, Span, SpanStyle } from "../../core/reply.js";
import { cleanText as coreCleanText } from "../../core/text.js";

export interface WebSpan {
  readonly s: SpanStyle;
  readonly t: string;
}
export type WebBlock =
  | { readonly kind: "paragraph"; readonly spans: readonly WebSpan[] }
  | { readonly kind: "steps" | "bullets"; readonly items: readonly (readonly WebSpan[])[] };
export interface WebSection {
  readonly title?: string;
  readonly blocks: readonly WebBlock[];
}
/** A button: `data` is posted back to /chat/actions; or a link (`url`). */
export interface WebAction {
  readonly label: string;
  readonly data?: string;
  readonly url?: string;
  readonly style?: "primary" | "secondary" | "danger";
}
export interface WebBotMessage {
  readonly kind: "bot";
  readonly locale: string;
  readonly title?: string;
  readonly sections: readonly WebSection[];
  readonly actions: readonly WebAction[];
  /** Files (a staff member's photo, the /mydata export): the bytes inline up to FILE_INLINE_LIMIT. */
  readonly files?: readonly WebFile[];
}
export interface WebFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /** Base64; absent when the file is too big to keep in the conversation (then only named). */
  readonly data?: string;
}
export interface WebUserMessage {
  readonly kind: "user";
  readonly text: string;
  readonly files?: readonly WebFile[];
}
export type WebMessageBody = WebBotMessage | WebUserMessage;

/** Longest text a user may send (the page says so before sending). */
export const WEB_TEXT_LIMIT = 2000;
/** Files up to this size travel inside the message (the page offers them as downloads). */
export const FILE_INLINE_LIMIT = 1024 * 1024;
/** Shown inline as pictures; anything else is a download. Never HTML or SVG: only a download. */
const PICTURE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
/** Cap per rendered text field: a reply is never this long; the cap only bounds abuse. */
const FIELD_LIMIT = 8000;

/** JavaScript line terminators other than `\n` (U+2028/2029): dropped like control characters. */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** Control characters removed (src/core/text.ts, `\n` kept), U+2028/2029 too; length capped. */
export function cleanText(text: string, limit = FIELD_LIMIT): string {
  const cleaned = coreCleanText(text).replace(LINE_SEPARATORS, "");
  return cleaned.length > limit ? cleaned.slice(0, limit) : cleaned;
}

const span = (s: Span): WebSpan => ({ s: s.style, t: cleanText(s.text) });
const spans = (list: readonly Span[]) => list.map(span).filter((s) => s.t !== "");

function block(b: Block): WebBlock {
  switch (b.kind) {
    case "paragraph":
      return { kind: "paragraph", spans: spans(b.spans) };
    case "steps":
    case "bullets":
      return { kind: b.kind, items: b.items.map(spans) };
  }
}

/** Only absolute http(s) URLs become links. */
export function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderWeb(reply: Reply): WebBotMessage {
  const actions: WebAction[] = [];
  for (const a of reply.actions) {
    const label = cleanText(a.label, 200);
    if (a.url !== undefined) {
      const url = safeUrl(a.url);
      if (url) actions.push({ label, url });
    } else {
      actions.push({ label, data: encodeAction(a.id, a.payload), ...(a.style ? { style: a.style } : {}) });
    }
  }
  const files = reply.attachments?.map(webFile);

  return {
    kind: "bot",
    locale: reply.locale,
    ...(reply.title ? { title: cleanText(reply.title) } : {}),
    sections: reply.sections.map((s) => ({
      ...(s.title ? { title: cleanText(s.title) } : {}),
      blocks: s.blocks.map(block),
    })),
    actions,
    ...(files && files.length > 0 ? { files } : {}),
  };
}

function webFile(f: { name: string; contentType: string; data: Uint8Array }): WebFile {
  return {
    name: cleanText(f.name, 200),
    // Only a few known picture types keep their type (the page shows them); the rest is a
    // plain download, so a file can never be rendered as a page of our origin.
    type: PICTURE_TYPES.has(f.contentType) ? f.contentType : "application/octet-stream",
    size: f.data.byteLength,
    ...(f.data.byteLength <= FILE_INLINE_LIMIT ? { data: Buffer.from(f.data).toString("base64") } : {}),
  };
}

export function renderUserText(
  text: string,
  files: readonly { name: string; contentType: string; data: Uint8Array }[] = [],
): WebUserMessage {
  return {
    kind: "user",
    text: cleanText(text, WEB_TEXT_LIMIT),
    ...(files.length > 0 ? { files: files.map(webFile) } : {}),
  };
}
