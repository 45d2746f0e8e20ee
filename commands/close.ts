/**
 * Staff: `/close [delay] [silent]` in a ticket thread. `/close` closes now and tells the user;
 * `/close 2h` closes in two hours unless the user writes meanwhile; `silent` skips telling them.
 */
import { parseCloseArgs } from "./close-args.js";
import { staffDeskReply } from "./replies/desk.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

export const close: Command = {
  name: "close",
  description: "cmd.close.description",
  audience: "staff",
  options: [
    { name: "delay", type: "string", description: "cmd.close.option.delay", required: false, maxLength: 20 },
    {
      name: "silent",
      type: "string",
      description: "cmd.close.option.silent",
      required: false,
      maxLength: 20,
    },
  ],
  handle: async (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    const args = parseCloseArgs(input.options.delay, input.options.silent);
    if (!args.ok) return staffDeskReply(ctx.locale, { code: "support.bad-duration", value: args.value });
    const { silent, delayMs } = args;
    return staffDeskReply(ctx.locale, await desk.close(ctx, { silent, ...(delayMs ? { delayMs } : {}) }));
  },
};
