/**
 * What the bot last answered about (an FAQ entry id, `decode`, `lockout`), kept in the profile
 * for the next message: "how long?" after ERROR, "3 times" after "how many wrong codes?".
 */
import { FOLLOW_UP_MS } from "../src/core/faq/follow-up.js";
import { userKeyOf } from "../src/core/user-key.js";
import type { CommandContext } from "./types.js";

/** The topic a message may follow up on: the last answer's, for a while after it. */
export function followingUp(ctx: CommandContext): string | undefined {
  const last = ctx.lastTopic;
  return last && ctx.now.getTime() - last.at <= FOLLOW_UP_MS ? last.id : undefined;
}

/**
 * Keeps what was just answered, for the next message (`followingUp`). Never worth failing the
 * answer for: a store failure is reported (logged at warn) and the next message is read on its own.
 */
export async function rememberTopic(ctx: CommandContext, id: string): Promise<void> {
  try {
    await ctx.services.profiles?.update(userKeyOf(ctx.user), { lastTopic: { id, at: ctx.now.getTime() } });
  } catch (error) {
    ctx.services.observer?.topicNotStored?.(error);
  }
}
