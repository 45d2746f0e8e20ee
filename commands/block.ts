/** Staff: `/block [duration]` in a ticket thread — stop relaying the user's messages (`1d`, `1w`, or until /unblock). */
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

export const block: Command = {
  name: "block",
  description: "cmd.block.description",
  audience: "staff",
  options: [
    {
      name: "duration",
      type: "string",
      description: "cmd.block.option.duration",
      required: false,
      maxLength: 20,
    },
  ],
  handle: (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    const duration = String(input.options.duration ?? "").trim();
    return desk.block(ctx, duration || undefined);
  },
};
