/**
 * Localised Reply builders for the desk: answers to users, messages relayed from staff, and
 * answers to staff commands. Pure; all text comes from the `support` message area.
 */
import { type MessageKey, t, tSpans } from "../../core/i18n/index.js";
import { isLocale, type Locale } from "../../core/i18n/locales.js";
import { bold, code, paragraph, type Reply, type ReplyAttachment, textParagraphs } from "../../core/reply.js";
import type { RelayAttachment, StaffToUserMessage } from "./types.js";

export function asLocale(tag: string | null | undefined, fallback: Locale = "en"): Locale {
  return tag && isLocale(tag) ? tag : fallback;
}

/**
 * A short notice. `ephemeral` defaults to true (only the asker sees it on Discord); staff command
 * answers that should stay visible in the ticket thread pass false.
 */
export function supportNotice(
  locale: Locale,
  key: MessageKey,
  outcome: string,
  params: Readonly<Record<string, string | number>> = {},
  options: { ephemeral?: boolean; codeParams?: readonly string[] } = {},
): Reply {
  const styled = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, options.codeParams?.includes(k) ? code(String(v)) : v]),
  );
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, key, styled))] }],
    actions: [],
    ephemeral: options.ephemeral ?? true,
    outcome,
  };
}

function toReplyAttachments(files: readonly RelayAttachment[]): ReplyAttachment[] {
  return files.map((f) => ({ name: f.name, contentType: f.contentType, data: f.data }));
}

/** A staff message as the user receives it: who answered (or "Support team"), the text, the files. */
export function staffMessageReply(locale: Locale, message: StaffToUserMessage): Reply {
  const title = message.anonymous
    ? t(locale, "support.reply.team")
    : t(locale, "support.reply.from", { name: message.staff.name });
  return {
    locale,
    title,
    sections: [{ blocks: textParagraphs(message.text) }],
    actions: [],
    ...(message.attachments.length > 0 ? { attachments: toReplyAttachments(message.attachments) } : {}),
    outcome: "support.staff-message",
  };
}

/** A FAQ answer as the user receives it (paragraphs separated by blank lines, "- " bullets). */
export function faqAnswerBlocks(text: string) {
  return text
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => {
      const lines = chunk.split("\n");
      if (lines.every((l) => l.startsWith("- "))) {
        return {
          kind: "bullets" as const,
          items: lines.map((l) => [{ style: "plain" as const, text: l.slice(2) }]),
        };
      }
      return paragraph({ style: "plain", text: chunk });
    });
}

/** "Ticket #12 closed" etc. for the user, with the ticket number in bold. */
export function ticketNotice(locale: Locale, key: MessageKey, ticketId: number, outcome: string): Reply {
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, key, { ticket: bold(String(ticketId)) }))] }],
    actions: [],
    outcome,
  };
}
