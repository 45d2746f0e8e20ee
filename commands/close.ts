/**
 * Staff: `/close [delay] [silent]` in a ticket thread. `/close` closes now and tells the user;
 * `/close 2h` closes in two hours unless the user writes meanwhile; `silent` skips telling them.
 */
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
  handle: (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    // Typed text puts everything after /close into `delay` and `silent` in order (`/close silent`
    // gives delay="silent"), so both are read as one list of words; the service sorts them out.
    const words = [input.options.delay, input.options.silent]
      .map((v) => String(v ?? "").trim())
      .filter(Boolean)
      .join(" ");
    return desk.close(ctx, { ...(words ? { delay: words } : {}) });
  },
};
