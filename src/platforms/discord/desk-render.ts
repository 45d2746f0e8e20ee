/**
 * Support-desk posts as Discord messages: the forum post's starter message (the ticket header as
 * an embed) and everything posted into a ticket thread afterwards. All desk text is plain; user
 * and staff text goes through `escapeText` (render.ts) so it can't format or mention, and every
 * body carries `allowed_mentions: { parse: [] }` as a second guard.
 * Limits: message content ≤ 2000 characters (longer text is split into several messages), thread
 * name ≤ 100, embed description ≤ 4096, ≤ 10 files per message.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
import type { RESTPostAPIChannelMessageJSONBody } from "discord.js";
import type { DeskPost, TicketHeader } from "../../support/desk/types.js";
import type { UploadFile } from "./files.js";
import { cut, EMBED_COLOR, EMBED_LIMITS, escapeText } from "./render.js";

const CONTENT_MAX = 2000;
const THREAD_NAME_MAX = 100;

/** One message to post: its JSON body and the files uploaded with it. */
export interface DeskMessage {
  readonly body: RESTPostAPIChannelMessageJSONBody;
  readonly files: readonly UploadFile[];
}

const NO_MENTIONS = { parse: [] as [] };

/** A forum post's name: one line, 1–100 characters. */
export function threadName(title: string): string {
  const oneLine = title.replace(/\s+/g, " ").trim();
  return cut(oneLine || "ticket", THREAD_NAME_MAX);
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
function messages(content: string, files: readonly UploadFile[]): DeskMessage[] {
  const pieces = content.trim() === "" ? [] : splitContent(content);
  if (pieces.length === 0) {
    return files.length > 0 ? [{ body: { allowed_mentions: NO_MENTIONS }, files }] : [];
  }
  return pieces.map((piece, i) => ({
    body: { content: piece, allowed_mentions: NO_MENTIONS },
    files: i === pieces.length - 1 ? files : [],
  }));
}

/**
 * A desk post as messages. User text: a bold name line, then the text (escaped). Notes: italic,
 * marked ℹ️ so staff tell them from people. Transcripts: the summary line and the `.txt` file.
 */
export function deskMessages(post: DeskPost): DeskMessage[] {
  switch (post.kind) {
    case "user": {
      const who = post.message.user.displayName ?? post.message.user.key;
      const name = `**${escapeText(who.replace(/\s+/g, " "))}**`;
      const text = post.text.trim() === "" ? "" : `\n${escapeText(post.text)}`;
      return messages(`${name}${text}`, post.message.attachments);
    }
    case "note":
      return messages(`ℹ️ *${escapeText(post.text.replace(/\s+/g, " "))}*`, []);
    case "transcript":
      return messages(`📄 ${escapeText(post.text)}`, [post.file]);
  }
}
