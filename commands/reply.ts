/** Staff: `/reply [anonymous] text` in a ticket thread — sends `text` to the ticket's user. */
import { staffDeskReply } from "./replies/desk.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

/** `/reply anonymous Hello` → anonymous. The word must come first (on Discord: first in `text`). */
function splitAnonymous(text: string): { anonymous: boolean; text: string } {
  const m = /^\s*(anonymous|anon)\b\s*([\s\S]*)$/i.exec(text);
  return m ? { anonymous: true, text: m[2] ?? "" } : { anonymous: false, text };
}

export const reply: Command = {
  name: "reply",
  description: "cmd.reply.description",
  audience: "staff",
  options: [
    {
      name: "text",
      type: "string",
      description: "cmd.reply.option.text",
      required: true,
      minLength: 1,
      maxLength: 4000,
    },
  ],
  handle: async (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    const { anonymous, text } = splitAnonymous(String(input.options.text ?? ""));
    return staffDeskReply(ctx.locale, await desk.reply(ctx, text, { anonymous }));
  },
};
