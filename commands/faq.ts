/**
 * `/faq [question]` and free-text questions: a confident match gets the answer in the question's
 * language; an unsure one gets "Did you mean…" buttons for the top 3; nothing → say so and offer
 * the common questions (and support, added centrally when a desk is configured).
 */
import { mentionsRadioCode } from "../src/core/asks-for-code.js";
import { hasCodeAfter } from "../src/core/faq/follow-up.js";
import { isLocale } from "../src/core/i18n/locales.js";
import type { Reply } from "../src/core/reply.js";
import { readWrongCount } from "../src/core/wrong-count.js";
import { otherLanguageReply } from "./language.js";
import { followingUp, rememberTopic } from "./last-topic.js";
import { ACTION_IDS } from "./replies/action-ids.js";
import { expiredButtonReply } from "./replies/expired.js";
import {
  faqAnswerReply,
  faqMatcher,
  faqNoneReply,
  faqTopicsReply,
  faqUnsureReply,
  isTopicOffered,
} from "./replies/faq-answer.js";
import { hasDesk } from "./services.js";
import type { Command, CommandContext } from "./types.js";

/** Answers a free-text question. Unmatched questions are reported for review. */
export async function answerQuestion(question: string, ctx: CommandContext): Promise<Reply> {
  const m = await (ctx.services.faqLearning?.matcher() ?? faqMatcher());
  const desk = hasDesk(ctx.services);
  // An exact entry id (Discord autocomplete sends the chosen value) answers directly.
  if (m.get(question.trim()))
    return faqAnswerReply(ctx.locale, question.trim(), desk) ?? faqNoneReply(ctx.locale, desk);
  const previous = followingUp(ctx);
  const match = m.match(question, { locale: ctx.locale, ...(previous ? { previous } : {}) });
  // "la radio chiede il codice", "radio pyta o kod": a language the bot does not speak.
  if (match.other) return otherLanguageReply(ctx, match.other);
  const lang = isLocale(match.lang) ? match.lang : ctx.locale;
  if (match.level === "confident" && match.best) {
    const reply = faqAnswerReply(lang, match.best.id, desk);
    if (!reply) return faqNoneReply(lang, desk);
    await rememberTopic(ctx, match.best.id);
    return reply;
  }
  if (match.level === "unsure" && match.suggestions.some((s) => isTopicOffered(s.id, desk))) {
    // "what is my radio code": first what gets the code (not for "wrong 3 times", nor right
    // after their code or a refused one: they have one).
    const aboutTheCode =
      mentionsRadioCode(question) && readWrongCount(question) === undefined && !hasCodeAfter(previous);
    return faqUnsureReply(match, desk, aboutTheCode);
  }
  ctx.services.observer?.faqUnmatched(question, lang);
  ctx.services.faqLearning?.recordMiss(question, lang);
  return faqNoneReply(lang, desk);
}

export const faq: Command = {
  name: "faq",
  description: "cmd.faq.description",
  options: [
    {
      name: "question",
      type: "string",
      description: "cmd.faq.option.question",
      required: false,
      maxLength: 300,
      autocomplete: true,
    },
  ],
  handle: (input, ctx) => {
    const q = String(input.options.question ?? "").trim();
    return q === "" ? faqTopicsReply(ctx.locale, hasDesk(ctx.services)) : answerQuestion(q, ctx);
  },
  autocomplete: async (_option, value, ctx) =>
    (await (ctx.services.faqLearning?.matcher() ?? faqMatcher()))
      .search(value, ctx.locale, 25)
      .filter((e) => isTopicOffered(e.id, hasDesk(ctx.services)))
      .map((e) => ({ name: e.title.slice(0, 100), value: e.id })),
  actions: [
    {
      // A topic button: payload is the entry id.
      id: ACTION_IDS["faq.answer"],
      handle: async (payload, ctx) => {
        const reply = faqAnswerReply(ctx.locale, payload, hasDesk(ctx.services));
        if (!reply) return expiredButtonReply(ctx.locale);
        await rememberTopic(ctx, payload);
        return reply;
      },
    },
  ],
};
