/**
 * Staff: `/teach <faq-id>` in a ticket thread — the question that opened the ticket becomes a
 * learned phrasing of that FAQ entry, so the next user who asks it that way gets the answer at
 * once. Nothing is sent to the user (`/snippet` teaches too, and sends the answer).
 */
import { learningText, staffNote, teachResultBlock } from "./replies/learning.js";
import type { Command } from "./types.js";

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;

export const teach: Command = {
  name: "teach",
  description: "cmd.teach.description",
  audience: "staff",
  options: [
    {
      name: "id",
      type: "string",
      description: "cmd.teach.option.id",
      required: true,
      minLength: 1,
      maxLength: 64,
      autocomplete: true,
    },
  ],
  handle: async (input, ctx) => {
    const learning = ctx.services.faqLearning;
    if (!learning) {
      return staffNote(
        ctx.locale,
        [learningText(ctx.locale, "faq.learning-unavailable")],
        "faq.learned.unavailable",
        true,
      );
    }
    const id = String(input.options.id ?? "").trim();
    const result = await learning.teachFromTicket(ctx.conversation, id);
    return staffNote(
      ctx.locale,
      [teachResultBlock(ctx.locale, result, id)],
      result.ok ? "faq.learned.saved" : "faq.learned.refused",
      !result.ok,
    );
  },
  autocomplete: async (_option, value, ctx) => {
    const matcher = await ctx.services.faqLearning?.matcher();
    const ids = matcher?.titles(ctx.locale).map((e) => e.id) ?? [];
    const q = value.trim().toLowerCase();
    const starts = ids.filter((id) => id.startsWith(q));
    const contains = ids.filter((id) => !id.startsWith(q) && id.includes(q));
    return [...starts, ...contains].slice(0, MAX_CHOICES).map((id) => ({ name: id, value: id }));
  },
};
