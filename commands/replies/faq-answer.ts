/**
 * FAQ answers as replies. Answers are plain text in the knowledge base: paragraphs separated by a
 * blank line, lines starting with "- " are bullets.
 */
import { LOCKOUT_TOPIC } from "../../src/core/faq/follow-up.js";
import { FAQ_ENTRIES, type FaqEntry, type FaqMatch, type FaqMatcher } from "../../src/core/faq/index.js";
import { t, tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { type Action, type Block, paragraph, plain, type Reply } from "../../src/core/reply.js";
import { actionFor } from "./action-ids.js";
import { wrongCountAction } from "./lockout.js";

let matcher: Promise<FaqMatcher> | undefined;
/**
 * The matcher without learned phrasings (the CLI, and the bot when no learning service is wired),
 * loaded and built on first use: its code and the Snowball stemmers (~5 MiB) stay out of a process
 * that only decodes, and building it costs about 0.3 s of CPU.
 */
export function faqMatcher(): Promise<FaqMatcher> {
  matcher ??= import("../../src/core/faq/matcher.js").then((m) => m.createFaqMatcher());
  return matcher;
}

let byId: ReadonlyMap<string, FaqEntry> | undefined;
/** An entry by id: answers, titles and topic buttons need no matcher. */
function entryOf(id: string): FaqEntry | undefined {
  byId ??= new Map(FAQ_ENTRIES.map((e) => [e.id, e]));
  return byId.get(id);
}

function answerBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const lines = para.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((l) => l.startsWith("- "))) {
      blocks.push({ kind: "bullets", items: lines.map((l) => [plain(l.slice(2))]) });
    } else {
      blocks.push(paragraph(plain(lines.join("\n"))));
    }
  }
  return blocks;
}

/**
 * Whether the bot, in its answer about `topic`, asked how many wrong codes were entered (an
 * entry's "How many wrong codes?" button, or the wait after n wrong codes): then a reply that
 * only says how many ("3 times") is that count.
 */
export function askedWrongCount(topic: string): boolean {
  return topic === LOCKOUT_TOPIC || entryOf(topic)?.asksWrongCount === true;
}

/** Entries about the support desk (`needs: "desk"`) are offered only where a desk is configured. */
export function isTopicOffered(id: string, desk: boolean): boolean {
  return entryOf(id)?.needs !== "desk" || desk;
}

/** A topic button; none for an unknown entry or one this deployment does not offer. */
export function topicButton(locale: Locale, id: string, desk = true): Action | undefined {
  const entry = entryOf(id);
  if (!entry || !isTopicOffered(id, desk)) return undefined;
  return { ...actionFor("faq.answer", id), label: entry.title[locale] };
}

/**
 * An entry's answer with up to three related topics (after "How many wrong codes? Choose" where
 * the answer depends on that count: ERROR, the wait, a refused code). Without a desk, an answer
 * that sends users to support has its desk-free wording (`answerWithoutDesk`), and the support
 * entry itself says there is no one to pass the user to, and what they can do instead.
 */
export function faqAnswerReply(locale: Locale, id: string, desk: boolean): Reply | undefined {
  const entry = entryOf(id);
  const text = (!desk && entry?.answerWithoutDesk?.[locale]) || entry?.answer[locale];
  if (!entry || !text) return undefined;
  const offered = isTopicOffered(id, desk);
  const related = (entry.related ?? [])
    .map((r) => topicButton(locale, r, desk))
    .filter((a): a is Action => a !== undefined)
    .slice(0, 3);
  const howMany = entry.asksWrongCount && offered ? [wrongCountAction(locale, "unclear")] : [];
  return {
    locale,
    title: entry.title[locale],
    sections: [
      { blocks: offered ? answerBlocks(text) : [paragraph(...tSpans(locale, "support.unavailable"))] },
    ],
    actions: [...howMany, ...related],
    summary: entry.title[locale],
    outcome: "faq.answer",
  };
}

/**
 * "Did you mean…" with the top topics as buttons. `aboutTheCode`: the question is about the
 * radio's code ("what is my radio code"), so it first says what gets the code: the pre-code (and
 * offers "Where do I find the pre-code?" among the topics).
 */
export function faqUnsureReply(match: FaqMatch, desk: boolean, aboutTheCode = false): Reply {
  const locale = match.lang;
  const ids = match.suggestions.map((s) => s.id);
  // Told to send the pre-code: where to find it is one tap away.
  if (aboutTheCode && !ids.includes("where-is-precode")) ids.push("where-is-precode");
  const actions = ids.map((id) => topicButton(locale, id, desk)).filter((a): a is Action => a !== undefined);
  const blocks = aboutTheCode
    ? [paragraph(...tSpans(locale, "faq.send-precode")), paragraph(...tSpans(locale, "faq.unsure.or"))]
    : [paragraph(...tSpans(locale, "faq.unsure"))];
  return {
    locale,
    sections: [{ blocks }],
    actions,
    outcome: "faq.unsure",
  };
}

/** A handful of the most asked topics, as buttons. */
const TOP_TOPICS = ["where-is-precode", "enter-code", "error-code-lock", "code-after-battery", "vin-to-code"];

/** "No answer": pointing to support only where a desk is configured (it adds the button). */
export function faqNoneReply(locale: Locale, desk: boolean): Reply {
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, desk ? "faq.none" : "faq.none.no-desk"))] }],
    actions: TOP_TOPICS.slice(0, 3)
      .map((id) => topicButton(locale, id))
      .filter((a): a is Action => a !== undefined),
    outcome: "faq.none",
  };
}

export function faqTopicsReply(locale: Locale, desk: boolean): Reply {
  const items = FAQ_ENTRIES.filter((e) => isTopicOffered(e.id, desk)).map((e) => [plain(e.title[locale])]);
  return {
    locale,
    title: t(locale, "faq.topics"),
    sections: [{ blocks: [{ kind: "bullets", items }] }],
    actions: TOP_TOPICS.map((id) => topicButton(locale, id)).filter((a): a is Action => a !== undefined),
    outcome: "faq.topics",
  };
}
