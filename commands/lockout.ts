/**
 * `/lockout 3` — how long to wait after the n-th wrong code, with a "Remind me" button; the
 * "Wrong code" button (reports the wrong code and sets the reminder); "3 times" typed after the
 * bot asked how many wrong codes (`answerWrongCount`).
 */
import { LOCKOUT_TOPIC } from "../src/core/faq/follow-up.js";
import { clampAttempt, retryAt } from "../src/core/lockout.js";
import { isValidPrecode } from "../src/core/precode.js";
import type { Reply } from "../src/core/reply.js";
import { userKeyOf } from "../src/core/user-key.js";
import { rememberTopic } from "./last-topic.js";
import { ACTION_IDS } from "./replies/action-ids.js";
import { expiredButtonReply } from "./replies/expired.js";
import { lockoutAskReply, lockoutReply } from "./replies/lockout.js";
import { hasDesk } from "./services.js";
import type { Command, CommandContext } from "./types.js";

/**
 * Wrong code number `attempt`: sets the reminder and says how long to wait. Without a pre-code in
 * the button (the wait reached from "3 times" or `/lockout`), the last one the user decoded: the
 * reminder then says "The code for V284 is 4727" too.
 */
async function wrongCode(attempt: number, fromButton: string | undefined, ctx: CommandContext) {
  const n = clampAttempt(attempt);
  const userKey = userKeyOf(ctx.user);
  const last = fromButton ? undefined : (await ctx.services.profiles?.get(userKey))?.lastPrecode;
  const precode = fromButton ?? (last && isValidPrecode(last) ? last : undefined);
  let reminderSet = false;
  if (ctx.services.reminders) {
    await ctx.services.reminders.schedule({
      userKey,
      conversation: ctx.privateConversation ?? ctx.conversation,
      locale: ctx.locale,
      dueAt: retryAt(n, ctx.now),
      attempt: n,
      ...(precode ? { precode } : {}),
    });
    reminderSet = true;
  }
  // The wait is the last topic too: "now 4 times" a minute later is the new count.
  await ctx.services.profiles?.update(userKey, {
    wrongAttempts: n,
    lastTopic: { id: LOCKOUT_TOPIC, at: ctx.now.getTime() },
  });
  return lockoutReply(ctx.locale, n, {
    ...(precode ? { precode } : {}),
    reminderSet,
    desk: hasDesk(ctx.services),
  });
}

/**
 * What `/lockout N` says, information only: a button sets the reminder. Kept as the last topic:
 * "now 4 times" a minute later is read as the new count.
 */
async function lockoutInfo(attempt: number, ctx: CommandContext): Promise<Reply> {
  await rememberTopic(ctx, LOCKOUT_TOPIC);
  return lockoutReply(ctx.locale, attempt, {
    offerReminder: ctx.services.reminders !== undefined,
    desk: hasDesk(ctx.services),
  });
}

/** "How many wrong codes so far?", with a button per number; a typed number answers it too. */
async function askCount(ctx: CommandContext): Promise<Reply> {
  await rememberTopic(ctx, LOCKOUT_TOPIC);
  return lockoutAskReply(ctx.locale);
}

/**
 * A reply to "how many wrong codes?" ("3 times", "zweimal", "de 2 ori"): the wait after that
 * many, as `/lockout 3` says it.
 */
export function answerWrongCount(count: number, ctx: CommandContext): Promise<Reply> {
  return lockoutInfo(count, ctx);
}

export const lockout: Command = {
  name: "lockout",
  description: "cmd.lockout.description",
  options: [
    {
      name: "attempt",
      type: "integer",
      description: "cmd.lockout.option.attempt",
      required: false,
      min: 1,
      max: 20,
    },
  ],
  handle: (input, ctx) => {
    const raw = input.options.attempt;
    const attempt = raw === undefined || raw === "" ? 1 : Number.parseInt(String(raw), 10);
    // Information only (no reminder yet): a button sets one, as the "Wrong code" button does.
    return lockoutInfo(Number.isFinite(attempt) ? attempt : 1, ctx);
  },
  actions: [
    {
      // Payload "": ask how many wrong codes so far; `3`: what /lockout 3 says.
      id: ACTION_IDS["lockout.count"],
      handle: (payload, ctx) => {
        if (payload === "") return askCount(ctx);
        const attempt = Number.parseInt(payload, 10);
        return /^\d{1,2}$/.test(payload) && attempt >= 1
          ? lockoutInfo(attempt, ctx)
          : expiredButtonReply(ctx.locale);
      },
    },
    {
      // Payload `2` or `2.V284`: the user reports wrong code number 2 (for pre-code V284).
      id: ACTION_IDS["lockout.wrong"],
      handle: (payload, ctx) => {
        const [n = "", precode] = payload.split(".");
        const attempt = Number.parseInt(n, 10);
        if (!Number.isFinite(attempt) || (precode !== undefined && !isValidPrecode(precode))) {
          return expiredButtonReply(ctx.locale);
        }
        return wrongCode(attempt, precode, ctx);
      },
    },
  ],
};
