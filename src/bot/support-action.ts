/**
 * Adds the "Contact support" button (`sp.o`) to answers where a user may need a human: a PIN,
 * lockout advice, a VIN check, a pre-code that could not be decoded, a FAQ answer (or none). Runs after every handler
 * (a reply decorator in createBot), and only when a support desk is configured
 * (`ctx.services.support`).
 *
 * Never added to: ephemeral notices (errors, denials, confirmations), staff (`ctx.staff`) or group
 * chats (tickets are opened from private chats), replies that already offer it (/vin carries the
 * VIN in its own), or replies that already have MAX_ACTIONS buttons (Discord: ≤ 5 per row, the
 * adapter lays them out; we keep the total small for Telegram's keyboard too).
 */
import { ACTION_IDS } from "../../commands/replies/action-ids.js";
import { contactSupportAction } from "../../commands/replies/support.js";
import type { CommandContext } from "../../commands/types.js";
import type { Reply } from "../core/reply.js";

export type ReplyDecorator = (reply: Reply, ctx: CommandContext) => Reply;

const MAX_ACTIONS = 8;

const OUTCOMES: readonly string[] = ["dokker.ok", "lockout.ok", "vin.ok", "faq.answer", "faq.none"];
/** Pre-code and VIN problems (`precode.not-issued`, `vin.length`…): the user may be stuck. */
const PREFIXES: readonly string[] = ["precode.", "vin."];

function wantsContactSupport(reply: Reply): boolean {
  return OUTCOMES.includes(reply.outcome) || PREFIXES.some((p) => reply.outcome.startsWith(p));
}

export const addContactSupport: ReplyDecorator = (reply, ctx) => {
  if (!ctx.services.support || ctx.staff === true || ctx.chat !== "private") return reply;
  if (reply.ephemeral || !wantsContactSupport(reply)) return reply;
  if (reply.actions.length >= MAX_ACTIONS) return reply;
  if (reply.actions.some((a) => a.id === ACTION_IDS["support.open"])) return reply;
  return { ...reply, actions: [...reply.actions, contactSupportAction(reply.locale)] };
};
