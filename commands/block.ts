/** Staff: `/block [duration]` in a ticket thread — stop relaying the user's messages (`1d`, `1w`, or until /unblock). */
import { parseDuration } from "../src/core/durations.js";
import { staffDeskReply } from "./replies/desk.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

const FOREVER = /^(forever|permanent|perm|∞)$/i;

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
  handle: async (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    const duration = String(input.options.duration ?? "").trim();
    // No duration (or "forever"): until /unblock.
    if (duration === "" || FOREVER.test(duration))
      return staffDeskReply(ctx.locale, await desk.block(ctx, null));
    const ms = parseDuration(duration);
    if (ms === undefined)
      return staffDeskReply(ctx.locale, { code: "support.bad-duration", value: duration });
    return staffDeskReply(ctx.locale, await desk.block(ctx, ms));
  },
};
