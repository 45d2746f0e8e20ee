/**
 * Per-user limits (issue #11), checked before any handler runs, so nothing beyond a limit is
 * ever produced or queued. Counters live in the store (fixed windows shared by every instance).
 * - messages per minute (anything a user sends: text, commands, buttons): over the limit, the
 *   first request gets one polite notice, the rest of the minute is dropped silently. Requests a
 *   platform requires an answer to (buttons, slash commands) get the notice as that answer
 *   (ephemeral: a Telegram alert or a Discord ephemeral reply, never a queued chat message);
 * - photos per minute (messages carrying files);
 * - support requests per day (`/support`, "Contact support"), so /support + /forget cannot open
 *   desk threads without end.
 * Staff and the terminal chat are not limited. A store failure lets the request through (a
 * limit must never turn a database hiccup into an outage), logged.
 */
import { ACTION_IDS } from "../../commands/replies/action-ids.js";
import type { CommandContext } from "../../commands/types.js";
import type { Reply } from "../core/reply.js";
import { userKeyOf } from "../core/user-key.js";
import type { Logger } from "../logger.js";
import { notice } from "./outcomes.js";

export interface LimitSettings {
  readonly messagesPerMinute: number;
  readonly photosPerMinute: number;
  readonly ticketsPerDay: number;
}

export interface LimitCounter {
  hit(kind: string, userKey: string, windowMs: number, now?: number): Promise<number>;
}

/** What the gate decided: answer with `reply` instead of running; `silent` when nothing should be sent. */
export interface GateRefusal {
  readonly reply: Reply;
  readonly silent: boolean;
}

export type RateGate = (
  kind: "command" | "text" | "action",
  name: string,
  ctx: CommandContext,
) => Promise<GateRefusal | undefined>;

const MINUTE = 60_000;
const DAY = 86_400_000;

export function createRateGate(counter: LimitCounter, limits: LimitSettings, logger: Logger): RateGate {
  return async (kind, name, ctx) => {
    if (ctx.staff === true || ctx.user.platform === "console") return undefined;
    const userKey = userKeyOf(ctx.user);
    const now = ctx.now.getTime();
    try {
      const messages = await counter.hit("msg", userKey, MINUTE, now);
      if (messages > limits.messagesPerMinute) {
        return {
          reply: notice(ctx, "limits.messages", "limit.messages"),
          silent: messages > limits.messagesPerMinute + 1,
        };
      }
      if ((ctx.attachments?.length ?? 0) > 0) {
        const photos = await counter.hit("photo", userKey, MINUTE, now);
        if (photos > limits.photosPerMinute) {
          return {
            reply: notice(ctx, "limits.photos", "limit.photos"),
            silent: photos > limits.photosPerMinute + 1,
          };
        }
      }
      const opensTicket =
        (kind === "command" && name === "support") ||
        (kind === "action" && name === ACTION_IDS["support.open"]);
      if (opensTicket) {
        const tickets = await counter.hit("ticket", userKey, DAY, now);
        if (tickets > limits.ticketsPerDay) {
          return {
            reply: notice(ctx, "limits.tickets", "limit.tickets", { limit: String(limits.ticketsPerDay) }),
            silent: false,
          };
        }
      }
    } catch (error) {
      logger.warn({ err: error, user: ctx.user.id }, "limit check failed; request let through");
    }
    return undefined;
  };
}
