/** Staff: `/learned` lists the learned FAQ phrasings; `/learned <number>` removes one. */
import { learnedListReply, learningText, staffNote } from "./replies/learning.js";
import type { Command } from "./types.js";

export const learned: Command = {
  name: "learned",
  description: "cmd.learned.description",
  audience: "staff",
  options: [
    { name: "remove", type: "integer", description: "cmd.learned.option.remove", required: false, min: 1 },
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
    const remove = input.options.remove;
    if (remove === undefined || remove === "") return learnedListReply(ctx.locale, await learning.list());
    const number = Number(remove);
    const removed = Number.isInteger(number) && (await learning.remove(number));
    return staffNote(
      ctx.locale,
      [
        learningText(ctx.locale, removed ? "faq.learned-removed" : "faq.learned-not-found", {
          number: String(remove),
        }),
      ],
      removed ? "faq.learned.removed" : "faq.learned.not-found",
      !removed,
    );
  },
};
