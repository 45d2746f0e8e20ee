/**
 * `audience: "staff"` commands (/reply, /close, /block, /snippet, /code…) run only for desk staff.
 * The platform decides who is staff (Discord: STAFF_ROLE_ID in the desk's server; Telegram: member
 * of the staff group) and sets `ctx.staff`; anything but `true` is denied - a missing flag is a
 * denial, never a pass. createBot always runs this precondition first.
 */
import { notice } from "../outcomes.js";
import type { Precondition } from "./types.js";

export const staffOnly: Precondition = (command, ctx) =>
  command.audience === "staff" && ctx.staff !== true
    ? notice(ctx, "errors.denied", "command.denied", { command: `/${command.name}` })
    : undefined;
