/** Staff: `/code V284` in a ticket thread — sends the ticket's user the full PIN reply for that pre-code. */
import { staffDeskReply } from "./replies/desk.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

export const code: Command = {
  name: "code",
  description: "cmd.code.description",
  audience: "staff",
  options: [
    {
      name: "precode",
      type: "string",
      description: "cmd.code.option.precode",
      required: true,
      minLength: 1,
      maxLength: 20,
    },
  ],
  handle: async (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    return staffDeskReply(ctx.locale, await desk.sendCode(ctx, String(input.options.precode ?? "")));
  },
};
