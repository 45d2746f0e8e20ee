/**
 * One desk post, the same on every desk: what staff read of a post (src/support/desk/post.ts) is
 * the same text on Discord and Telegram once each platform's markup is removed - who wrote it
 * (name and user key), the words, the file names - and the same files are uploaded.
 */
import { describe, expect, it } from "vitest";
import { deskMessages } from "../../src/platforms/discord/render.js";
import { deskPostReply, renderPlain } from "../../src/platforms/telegram/render.js";
import { deskPostContent } from "../../src/support/desk/post.js";
import type { DeskPost, RelayAttachment } from "../../src/support/desk/types.js";

const file = (name: string): RelayAttachment => ({
  name,
  contentType: "image/jpeg",
  size: 1,
  data: new Uint8Array([1]),
});

const posts: Record<string, DeskPost> = {
  "a user's message with files": {
    kind: "user",
    text: "The radio says CODE.\nHere is the label.",
    message: {
      ticketId: 7,
      user: { key: "telegram:42", platform: "telegram", displayName: "Jane" },
      text: "The radio says CODE.\nHere is the label.",
      attachments: [file("label.jpg"), file("radio.jpg")],
      at: 0,
    },
  },
  "a user's message without a name or text": {
    kind: "user",
    text: "",
    message: {
      ticketId: 7,
      user: { key: "discord:1", platform: "discord" },
      text: "",
      attachments: [file("a.jpg")],
      at: 0,
    },
  },
  "a desk note": { kind: "note", event: "reopened", text: "Ticket reopened by a new message." },
};

/** Discord: the messages' content as the client shows it (escapes and mention guards removed). */
const onDiscord = (post: DeskPost) => {
  const messages = deskMessages(deskPostContent(post));
  const text = messages
    .map((m) => String(m.body.content ?? ""))
    .join("\n")
    .replace(/\*\*|\*/g, "")
    .replace(/\\(.)/g, "$1");
  return { text, files: messages.flatMap((m) => m.files.map((f) => f.name)) };
};

/** Telegram: the visible text of the rendered reply; files are its attachments. */
const onTelegram = (post: DeskPost) => {
  const reply = deskPostReply(deskPostContent(post), post.kind);
  return { text: renderPlain(reply), files: (reply.attachments ?? []).map((f) => f.name) };
};

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe("desk post content", () => {
  for (const [name, post] of Object.entries(posts)) {
    it(`GIVEN ${name} THEN Discord and Telegram show the same words and upload the same files`, () => {
      const discord = onDiscord(post);
      const telegram = onTelegram(post);
      expect(words(discord.text)).toEqual(words(telegram.text));
      expect(discord.files).toEqual(telegram.files);
    });
  }

  it("GIVEN a user's message THEN both show the name with the user key, and the file names", () => {
    const post = posts["a user's message with files"] as DeskPost;
    for (const shown of [onDiscord(post).text, onTelegram(post).text]) {
      expect(shown).toContain("👤 Jane (telegram:42)");
      expect(shown).toContain("📎 label.jpg, radio.jpg");
    }
    expect(onDiscord(posts["a user's message without a name or text"] as DeskPost).text).toBe(
      "👤 discord:1\n📎 a.jpg",
    );
  });
});
