/** Staff: `/unblock` in a ticket thread — relay the user's messages again. */
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

export const unblock: Command = {
  name: "unblock",
  description: "cmd.unblock.description",
  audience: "staff",
  options: [],
  handle: (_input, ctx) =>
    ctx.services.support ? ctx.services.support.unblock(ctx) : supportUnavailable(ctx.locale),
};
