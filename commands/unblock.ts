/** Staff: `/unblock` in a ticket thread — relay the user's messages again. */
import { staffDeskReply } from "./replies/desk.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

export const unblock: Command = {
  name: "unblock",
  description: "cmd.unblock.description",
  audience: "staff",
  options: [],
  handle: async (_input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    return staffDeskReply(ctx.locale, await desk.unblock(ctx));
  },
};
