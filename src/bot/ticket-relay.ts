/**
 * First text handler: while the user has an open support ticket, their private messages go to it.
 *
 * - The first relayed message gets a short "sent to support" acknowledgement; later ones are
 *   relayed silently (the user knows where they go; an echo per message is noise).
 * - A message that is exactly a pre-code (`V284`, `v 284`) is relayed AND decoded: staff see what
 *   the user typed, and the user still gets their code at once instead of waiting for a human.
 * - Shortly after a ticket closed, a message reopens it - but not a bare pre-code, which is
 *   simply decoded (people come back for their code; that is not a new support request).
 * - Group chats are never relayed (tickets belong to private chats).
 * Without a support desk (`ctx.services.support` absent) this handler does nothing.
 */
import { dokker } from "../../commands/dokker.js";
import { userDeskReply } from "../../commands/replies/desk.js";
import { isPrecodeAttempt, parsePrecode } from "../core/precode.js";
// Type-only: text-handlers.ts imports this module, so a value import back would be a cycle.
import type { TextHandler } from "./text-handlers.js";

export const ticketRelay: TextHandler = async (text, ctx) => {
  const desk = ctx.services.support;
  if (!desk || ctx.chat !== "private") return undefined;
  // One or two short words that decode (`V284`, `v 284`, `V-284`): relayed AND decoded.
  const precode = isPrecodeAttempt(text) && parsePrecode(text).ok;
  const relayed = await desk.relayFromUser(ctx, text, { mayReopen: !precode });
  if (relayed === undefined) return undefined;
  if (precode) return dokker.handle({ options: { precode: text } }, ctx);
  return relayed === "silent" ? relayed : userDeskReply(ctx.locale, relayed);
};
