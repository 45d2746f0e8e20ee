/** Staff: `/snippet <faq-id>` in a ticket thread — sends that FAQ answer in the user's language. */
import { staffDeskReply } from "./replies/desk.js";
import { teachResultBlock } from "./replies/learning.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;

export const snippet: Command = {
  name: "snippet",
  description: "cmd.snippet.description",
  audience: "staff",
  options: [
    {
      name: "id",
      type: "string",
      description: "cmd.snippet.option.id",
      required: true,
      minLength: 1,
      maxLength: 64,
      autocomplete: true,
    },
  ],
  handle: async (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    const id = String(input.options.id ?? "");
    const outcome = await desk.snippet(ctx, id);
    const sent = staffDeskReply(ctx.locale, outcome);
    // Answered with an FAQ entry: the question that opened the ticket is a way of asking it.
    const learning = ctx.services.faqLearning;
    if (outcome.code !== "support.snippet-sent" || !learning) return sent;
    // Learning is a bonus: the answer already went out, so a store hiccup must not turn into an error.
    const result = await learning.teachFromTicket(ctx.conversation, id).catch(() => undefined);
    if (!result?.ok) return sent;
    const [first, ...rest] = sent.sections;
    const note = teachResultBlock(ctx.locale, result, id);
    return { ...sent, sections: [{ ...first, blocks: [...(first?.blocks ?? []), note] }, ...rest] };
  },
  autocomplete: (_option, value, ctx) => {
    const ids = ctx.services.support?.faqIds() ?? [];
    const q = value.trim().toLowerCase();
    // Prefix matches first, then ids containing the text.
    const starts = ids.filter((id) => id.startsWith(q));
    const contains = ids.filter((id) => !id.startsWith(q) && id.includes(q));
    return [...starts, ...contains].slice(0, MAX_CHOICES).map((id) => ({ name: id, value: id }));
  },
};
