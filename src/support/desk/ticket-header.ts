/**
 * What staff see first in a ticket thread: who, where from, in which language, the last pre-code
 * and PIN the bot computed for them, how many wrong codes they reported, and the VIN if they came
 * from /vin. Read from the store at the moment the thread is (re)created; worded in the desk's
 * language by `DeskWords.header`.
 */
import type { DeskWords, TicketFacts, TicketSource } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import { cleanTitle } from "../../core/text.js";
import { parseUserKey } from "../../core/user-key.js";
import type { Profile, Ticket } from "../../store/index.js";
import { asLocale } from "../locale.js";
import type { TicketHeader } from "./types.js";

/** Discord thread names are limited to 100 characters; Telegram topic names to 128. */
const TITLE_MAX = 100;

const SOURCES: readonly TicketSource[] = ["command", "action", "vin", "follow-up"];

/** The ticket context the desk stores in `tickets.context` (JSON). */
export interface TicketContext {
  source: TicketSource;
  vin?: string;
  displayName?: string;
  previousTicketId?: number;
}

export function readTicketContext(ticket: Ticket): TicketContext {
  const c = ticket.context;
  const source = SOURCES.find((s) => s === c.source) ?? "command";
  return {
    source,
    ...(typeof c.vin === "string" ? { vin: c.vin } : {}),
    ...(typeof c.displayName === "string" ? { displayName: c.displayName } : {}),
    ...(typeof c.previousTicketId === "number" ? { previousTicketId: c.previousTicketId } : {}),
  };
}

export function buildTicketHeader(
  words: Pick<DeskWords, "header">,
  ticket: Ticket,
  profile: Profile | null,
  deskLocale: Locale,
  options: { recreated?: boolean } = {},
): TicketHeader {
  const context = readTicketContext(ticket);
  // After /forget the ticket has no user key any more: show nothing identifying.
  const userKey = ticket.userKey ?? "—";
  const userId = parseUserKey(userKey)?.id ?? userKey;
  const name = context.displayName ?? profile?.displayName ?? userId;
  const facts: TicketFacts = {
    ticketId: ticket.id,
    platform: ticket.platform,
    userId,
    name,
    language: asLocale(ticket.locale),
    // The pair or nothing: a pre-code without its PIN tells staff nothing.
    ...(profile?.lastPrecode && profile.lastPin
      ? { precode: profile.lastPrecode, pin: profile.lastPin }
      : {}),
    wrongAttempts: profile?.wrongAttempts ?? 0,
    ...(context.vin ? { vin: context.vin } : {}),
    source: context.source,
    ...(context.previousTicketId !== undefined ? { previousTicketId: context.previousTicketId } : {}),
    recreated: options.recreated ?? false,
  };
  const { title, lines } = words.header(deskLocale, facts);

  return {
    ticketId: ticket.id,
    // Control and bidi characters out, cut between graphemes (never half an emoji).
    title: cleanTitle(title, TITLE_MAX),
    lines,
    user: {
      key: userKey,
      platform: ticket.platform,
      ...(name !== userId ? { displayName: name } : {}),
    },
    locale: ticket.locale,
    source: context.source,
    ...(profile?.lastPrecode ? { precode: profile.lastPrecode } : {}),
    ...(profile?.lastPin ? { pin: profile.lastPin } : {}),
    wrongAttempts: profile?.wrongAttempts ?? 0,
    ...(context.vin ? { vin: context.vin } : {}),
    recreated: options.recreated ?? false,
  };
}
