/**
 * The user side of the desk: opening a ticket (/support, "Contact support", /vin) and private
 * messages while a ticket is open - or shortly after it closed, which reopens it (or, when that
 * is impossible, opens a new one that points at the old one).
 */
import type { OpenOutcome, RelayOutcome, TicketSource } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import { type Platform, userKeyOf } from "../../core/user-key.js";
import { FORGET_CLOSER, type Ticket } from "../../store/index.js";
import { type DeskContext, deskNote, storeUserMessage } from "./relay.js";
import { userPost } from "./threads.js";
import type { TicketContext } from "./ticket-header.js";
import type { RelayAttachment } from "./types.js";

/** What the desk needs to know about the user writing (a command's request context fits). */
export interface SupportUserContext {
  readonly user: {
    readonly platform: Platform;
    readonly id: string;
    readonly displayName?: string | undefined;
  };
  /** Where the request came from; replies go to `privateConversation` when it is set. */
  readonly conversation: string;
  readonly privateConversation?: string | undefined;
  readonly chat: "private" | "group";
  /** The user's language: the ticket's, for everything sent to them later. */
  readonly locale: Locale;
}

export interface OpenInput {
  readonly message?: string;
  readonly source: TicketSource;
  readonly vin?: string;
  readonly attachments?: readonly RelayAttachment[];
  readonly previousTicketId?: number;
}

const author = (ctx: SupportUserContext) => ({ key: userKeyOf(ctx.user), name: ctx.user.displayName });

/**
 * The user's latest ticket id is kept in their profile's `platformData.support` so that a message
 * after a close can find it (the store has no "latest ticket of user" query). It disappears with
 * the profile on /forget. Read-merge-write: keys other platforms keep there are preserved.
 */
async function rememberTicket(dc: DeskContext, userKey: string, ticketId: number): Promise<void> {
  const profile = await dc.store.profiles.get(userKey);
  await dc.store.profiles.update(userKey, {
    platformData: { ...(profile?.platformData ?? {}), support: { lastTicketId: ticketId } },
  });
}

async function recentlyClosed(dc: DeskContext, userKey: string): Promise<Ticket | undefined> {
  const profile = await dc.store.profiles.get(userKey);
  const support = profile?.platformData.support;
  const id =
    support && typeof support === "object" && !Array.isArray(support) ? support.lastTicketId : undefined;
  if (typeof id !== "number") return undefined;
  const ticket = await dc.store.tickets.get(id);
  if (ticket?.status !== "closed" || ticket.userKey !== userKey) return undefined;
  if (ticket.closedBy === FORGET_CLOSER || ticket.closedAt === null) return undefined;
  return dc.clock() - ticket.closedAt <= dc.reopenWindowMs ? ticket : undefined;
}

/** A new user message cancels a delayed close (and staff are told). */
async function cancelPendingClose(dc: DeskContext, ticket: Ticket): Promise<void> {
  if (ticket.closeAt === null) return;
  if (await dc.store.tickets.cancelScheduledClose(ticket.id)) {
    await deskNote(dc, ticket, { kind: "close-cancelled" });
  }
}

export function createUserSide(dc: DeskContext) {
  async function open(ctx: SupportUserContext, input: OpenInput): Promise<OpenOutcome> {
    // Replies reach the user privately: from a group/server that needs a known private route
    // (Discord DM, Telegram private chat); without one, ask them to write privately.
    if (ctx.chat !== "private" && !ctx.privateConversation) return { code: "support.private-only" };
    const userKey = userKeyOf(ctx.user);
    const now = dc.clock();
    if (await dc.store.blocks.isBlocked(userKey, now)) return { code: "support.blocked" };
    let text = (input.message ?? "").trim();
    const files = input.attachments ?? [];
    const context: TicketContext = {
      source: input.source,
      ...(input.vin ? { vin: input.vin } : {}),
      ...(ctx.user.displayName ? { displayName: ctx.user.displayName } : {}),
      ...(input.previousTicketId !== undefined ? { previousTicketId: input.previousTicketId } : {}),
    };
    // The database guarantees one open ticket per user: of two concurrent calls exactly one sees
    // `created: true` and opens the thread; the other just adds its message.
    const { ticket, created } = await dc.store.tickets.openFor({
      userKey,
      platform: ctx.user.platform,
      conversation: ctx.privateConversation ?? ctx.conversation,
      locale: ctx.locale,
      subject: text ? text.slice(0, 100) : null,
      context: { ...context },
      at: now,
    });
    // A VIN given on an already-open ticket is not in its header: put it in the conversation.
    if (!created && input.vin) text = text ? `${text}\nVIN: ${input.vin}` : `VIN: ${input.vin}`;
    const own =
      text || files.length > 0 ? await storeUserMessage(dc, ticket, author(ctx), text, files) : undefined;

    if (created) {
      await rememberTicket(dc, userKey, ticket.id);
      await dc.threads.startThread(ticket, own && { message: own, files });
      dc.logger.info({ ticketId: ticket.id, source: input.source }, "ticket opened");
      return { code: "support.opened", ticketId: ticket.id, withMessage: own !== undefined };
    }
    if (own) await dc.threads.post(ticket, userPost(ticket, own, files));
    await cancelPendingClose(dc, ticket);
    return { code: own ? "support.added" : "support.already-open", ticketId: ticket.id };
  }

  async function relayInto(
    ctx: SupportUserContext,
    ticket: Ticket,
    text: string,
    files: readonly RelayAttachment[],
  ): Promise<"first" | "later"> {
    const own = await storeUserMessage(dc, ticket, author(ctx), text, files);
    await dc.threads.post(ticket, userPost(ticket, own, files));
    await cancelPendingClose(dc, ticket);
    const earlier = (await dc.store.tickets.messages(ticket.id)).filter(
      (m) => m.direction === "user" && m.id !== own.id,
    );
    return earlier.length === 0 ? "first" : "later";
  }

  async function onUserMessage(
    ctx: SupportUserContext,
    rawText: string,
    files: readonly RelayAttachment[] = [],
    options: { mayReopen?: boolean } = {},
  ): Promise<RelayOutcome | "silent" | undefined> {
    if (ctx.chat !== "private") return undefined;
    const text = rawText.trim();
    if (text === "" && files.length === 0) return undefined;
    const userKey = userKeyOf(ctx.user);
    const openTicket = await dc.store.tickets.findOpenByUser(userKey);
    const blocked = () => dc.store.blocks.isBlocked(userKey, dc.clock());

    if (openTicket) {
      // Blocked: nothing is stored or relayed, the user gets a polite refusal.
      if (await blocked()) return { code: "support.blocked" };
      const which = await relayInto(ctx, openTicket, text, files);
      return which === "first" ? { code: "support.sent" } : "silent";
    }
    if (!options.mayReopen) return undefined;
    const last = await recentlyClosed(dc, userKey);
    if (!last) return undefined;
    if (await blocked()) return { code: "support.blocked" };

    const reopened = await dc.store.tickets.reopen(last.id, dc.clock());
    if (reopened.ok) {
      const ticket = reopened.value;
      if (ticket.deskThreadId) {
        await dc.channel
          .setState(ticket.deskThreadId, "open")
          .catch((error: unknown) =>
            dc.logger.warn({ err: error, ticketId: ticket.id }, "setState open failed"),
          );
      }
      await deskNote(dc, ticket, { kind: "reopened" });
      await relayInto(ctx, ticket, text, files);
      dc.logger.info({ ticketId: ticket.id }, "ticket reopened");
      return { code: "support.reopened", ticketId: ticket.id };
    }
    if (reopened.code === "ticket.other-open" || reopened.code === "ticket.already-open") {
      // Lost a race: another message of this user opened/reopened a ticket meanwhile. Join it.
      const current = await dc.store.tickets.findOpenByUser(userKey);
      if (current) {
        await relayInto(ctx, current, text, files);
        return "silent";
      }
    }
    // Not reopenable (anonymised, purged): a new ticket that points at the old one.
    return open(ctx, { message: text, attachments: files, source: "follow-up", previousTicketId: last.id });
  }

  return { open, onUserMessage };
}
