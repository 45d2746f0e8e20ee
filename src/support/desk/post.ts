/**
 * What a post in a ticket thread shows, decided once for every platform. The adapters' render.ts
 * only lay it out in their markup (Telegram HTML, Discord markdown), escape it and split it at
 * their limits; they add or drop nothing, so staff see the same post on either desk.
 * - A user's message: a heading naming who wrote it, with their user key (`👤 Jane (telegram:42)`;
 *   the key alone when no name is known), their words as written, and a line naming the files
 *   (`📎 a.jpg, b.pdf`) - the files themselves are uploaded with the post.
 * - A desk note: `ℹ️` and the note, in the desk's own voice (italics).
 * - A transcript: `📄` and the summary, with the transcript file.
 */
import type { DeskPost, RelayAttachment } from "./types.js";

export interface DeskPostContent {
  /** The post's first line, bold: who wrote it (a user's message only). */
  readonly heading?: string;
  /** The user's words (may be empty when only files came), or the note / summary with its icon. */
  readonly body: string;
  /** `plain`: a person's words or a summary, shown as written; `italic`: the desk's own note. */
  readonly bodyStyle: "plain" | "italic";
  /** The attached files by name, one italic line; absent when there are none. */
  readonly fileLine?: string;
  /** Uploaded with the post, in this order (never linked: links expire). */
  readonly files: readonly RelayAttachment[];
}

export function deskPostContent(post: DeskPost): DeskPostContent {
  switch (post.kind) {
    case "user": {
      const { user, attachments } = post.message;
      const who = user.displayName ? `${user.displayName} (${user.key})` : user.key;
      return {
        heading: `👤 ${who}`,
        body: post.text,
        bodyStyle: "plain",
        ...(attachments.length > 0 ? { fileLine: `📎 ${attachments.map((a) => a.name).join(", ")}` } : {}),
        files: attachments,
      };
    }
    case "note":
      return { body: `ℹ️ ${post.text}`, bodyStyle: "italic", files: [] };
    case "transcript":
      return { body: `📄 ${post.text}`, bodyStyle: "plain", files: [post.file] };
  }
}

/**
 * Whose a post to the log channel is, for the outbox row that carries it: a transcript belongs to
 * its ticket's user (kind `transcript`, their user key: /forget finds it and deletes the copy) and
 * keeps its ticket number in `meta` (no user data); anything else (a note to staff) is nobody's.
 */
export function logRowOwner(post: DeskPost): {
  readonly userKey: string | null;
  readonly kind: "transcript" | "log";
  readonly meta: { readonly transcriptOf: number } | null;
} {
  if (post.kind !== "transcript") return { userKey: null, kind: "log", meta: null };
  return { userKey: post.userKey ?? null, kind: "transcript", meta: { transcriptOf: post.ticketId } };
}
