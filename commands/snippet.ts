/** Staff: `/snippet <faq-id>` in a ticket thread — sends that FAQ answer in the user's language. */
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
  handle: (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    return desk.snippet(ctx, String(input.options.id ?? ""));
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
