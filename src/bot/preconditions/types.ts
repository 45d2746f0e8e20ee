import type { Command, CommandContext } from "../../../commands/types.js";
import type { Reply } from "../../core/reply.js";

/** Returns a denial reply, or undefined to let the command run. One precondition per file. */
export type Precondition = (
  command: Command,
  ctx: CommandContext,
) => Promise<Reply | undefined> | Reply | undefined;
