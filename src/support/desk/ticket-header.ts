/**
 * What staff see first in a ticket thread: who, where from, in which language, the last pre-code
 * and PIN the bot computed for them, how many wrong codes they reported, and the VIN if they came
 * from /vin. Read from the store at the moment the thread is (re)created.
 */
import { t } from "../../core/i18n/index.js";
import { LOCALE_NAMES, type Locale } from "../../core/i18n/locales.js";
import { cleanTitle } from "../../core/text.js";
import type { Profile, Ticket } from "../../store/index.js";
import { asLocale } from "./replies.js";
import type { TicketHeader, TicketSource } from "./types.js";

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
  ticket: Ticket,
  profile: Profile | null,
  deskLocale: Locale,
  options: { recreated?: boolean } = {},
): TicketHeader {
  const context = readTicketContext(ticket);
  // After /forget the ticket has no user key any more: show nothing identifying.
  const userKey = ticket.userKey ?? "—";
  const userId = userKey.includes(":") ? userKey.slice(userKey.indexOf(":") + 1) : userKey;
  const name = context.displayName ?? profile?.displayName ?? userId;
  const userLabel = name === userId ? userId : `${name} (${userId})`;
  const language = asLocale(ticket.locale);
  const L = deskLocale;

  const lines: string[] = [];
  if (options.recreated) lines.push(t(L, "desk.header.recreated"));
  lines.push(t(L, "desk.header.user", { user: userLabel, platform: ticket.platform }));
  lines.push(t(L, "desk.header.language", { language: `${LOCALE_NAMES[language]} (${language})` }));
  lines.push(
    profile?.lastPrecode && profile.lastPin
      ? t(L, "desk.header.precode", { precode: profile.lastPrecode, pin: profile.lastPin })
      : t(L, "desk.header.no-precode"),
  );
  lines.push(t(L, "desk.header.attempts", { count: profile?.wrongAttempts ?? 0 }));
  if (context.vin) lines.push(t(L, "desk.header.vin", { vin: context.vin }));
  const source =
    context.source === "follow-up"
      ? t(L, "desk.source.follow-up", { previous: context.previousTicketId ?? "?" })
      : t(L, `desk.source.${context.source}`);
  lines.push(t(L, "desk.header.source", { source }));
  lines.push(t(L, "desk.header.help"));

  return {
    ticketId: ticket.id,
    // Control and bidi characters out, cut between graphemes (never half an emoji).
    title: cleanTitle(
      t(L, "desk.header.title", { ticket: ticket.id, platform: ticket.platform, user: name }),
      TITLE_MAX,
    ),
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
