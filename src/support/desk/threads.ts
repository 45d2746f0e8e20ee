/**
 * Desk threads: creating a ticket's post/topic, posting into it, and recovering when staff
 * deleted it (`ThreadGone` → a new thread with a "recreated" header, bound to the ticket, and the
 * post is sent again). Platform errors other than `ThreadGone` never fail the user's request: the
 * message is already in the store and will be in the transcript.
 */

import type { DeskWords } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { Ticket, TicketMessage } from "../../store/index.js";
import { ThreadGone } from "../errors.js";
import type { DeskStore } from "./ports.js";
import { buildTicketHeader, readTicketContext } from "./ticket-header.js";
import { transcriptPost } from "./transcript.js";
import type { DeskChannel, DeskPost, RelayAttachment, UserToStaffMessage } from "./types.js";

/**
 * A ticket that has had no thread for this long is an orphan: its creator failed (or crashed)
 * between `openFor` and `openThread`. Younger tickets are still being set up by their creator,
 * which posts every stored message once the thread exists (see `startThread`).
 */
const ORPHAN_AFTER_MS = 30_000;

export interface ThreadDeps {
  readonly store: {
    readonly tickets: Pick<DeskStore["tickets"], "get" | "setDeskThread" | "messages">;
    readonly profiles: Pick<DeskStore["profiles"], "get">;
  };
  readonly channel: DeskChannel;
  readonly logger: Logger;
  readonly words: DeskWords;
  readonly deskLocale: Locale;
  readonly clock: () => number;
}

export function userPost(ticket: Ticket, m: TicketMessage, files: readonly RelayAttachment[]): DeskPost {
  const context = readTicketContext(ticket);
  const message: UserToStaffMessage = {
    ticketId: ticket.id,
    user: {
      key: ticket.userKey ?? "—",
      platform: ticket.platform,
      ...(context.displayName ? { displayName: context.displayName } : {}),
    },
    text: m.text,
    attachments: files,
    at: m.createdAt,
  };
  return { kind: "user", text: m.text, message };
}

export function createThreads(deps: ThreadDeps) {
  const { store, channel, logger } = deps;
  // One creation at a time per ticket in this process (saves a duplicate thread when two posts of
  // the same ticket hit ThreadGone together). Across instances a duplicate thread is possible in
  // that rare case; the last `setDeskThread` wins and the other thread just goes quiet.
  const creating = new Map<number, Promise<string | undefined>>();

  async function createThread(ticket: Ticket, recreated: boolean): Promise<string | undefined> {
    const running = creating.get(ticket.id);
    if (running) return running;
    const task = (async () => {
      try {
        const profile = ticket.userKey ? await store.profiles.get(ticket.userKey) : null;
        const header = buildTicketHeader(deps.words, ticket, profile, deps.deskLocale, { recreated });
        const threadId = await channel.openThread(header);
        await store.tickets.setDeskThread(ticket.id, threadId, deps.clock());
        logger.info({ ticketId: ticket.id, threadId, recreated }, "desk thread opened");
        return threadId;
      } catch (error) {
        logger.error({ err: error, ticketId: ticket.id }, "could not open desk thread");
        return undefined;
      }
    })();
    creating.set(ticket.id, task);
    try {
      return await task;
    } finally {
      creating.delete(ticket.id);
    }
  }

  /** Posts; on ThreadGone re-reads the ticket (another request may have recreated it) or recreates. */
  async function post(ticket: Ticket, p: DeskPost, options: { recreate?: boolean } = {}): Promise<boolean> {
    const current = await store.tickets.get(ticket.id);
    const threadId = current?.deskThreadId ?? (await adoptOrphan(current ?? ticket));
    if (!threadId) return false;
    try {
      await channel.post(threadId, p);
      return true;
    } catch (error) {
      if (!(error instanceof ThreadGone)) {
        logger.error({ err: error, ticketId: ticket.id, threadId }, "desk post failed");
        return false;
      }
      const recreate = options.recreate ?? current?.status === "open";
      if (!recreate) {
        logger.warn({ ticketId: ticket.id, threadId }, "desk thread gone; ticket closed, not recreated");
        return false;
      }
      const fresh = (await store.tickets.get(ticket.id)) ?? ticket;
      const next =
        fresh.deskThreadId && fresh.deskThreadId !== threadId
          ? fresh.deskThreadId
          : await recreateThread(fresh);
      if (!next) return false;
      try {
        await channel.post(next, p);
        return true;
      } catch (again) {
        logger.error({ err: again, ticketId: ticket.id, threadId: next }, "desk post failed after recreate");
        return false;
      }
    }
  }

  /** A new thread for a ticket whose thread was deleted; staff get the story so far as a file. */
  async function recreateThread(ticket: Ticket): Promise<string | undefined> {
    const threadId = await createThread(ticket, true);
    if (!threadId) return undefined;
    const history = await store.tickets.messages(ticket.id);
    if (history.length > 0) {
      await channel
        .post(threadId, transcriptPost(deps, ticket, history))
        .catch((error: unknown) => logger.error({ err: error, ticketId: ticket.id }, "history post failed"));
    }
    return threadId;
  }

  async function adoptOrphan(ticket: Ticket): Promise<string | undefined> {
    if (ticket.status !== "open" || deps.clock() - ticket.createdAt < ORPHAN_AFTER_MS) return undefined;
    const threadId = await createThread(ticket, false);
    if (threadId) await backfill(ticket, threadId, undefined);
    return threadId;
  }

  /** Posts every stored message of the ticket (except `skipId`, posted by the caller with its files). */
  async function backfill(ticket: Ticket, threadId: string, skipId: number | undefined): Promise<void> {
    for (const m of await store.tickets.messages(ticket.id)) {
      if (m.id === skipId || m.direction !== "user") continue;
      await channel
        .post(threadId, userPost(ticket, m, []))
        .catch((error: unknown) => logger.error({ err: error, ticketId: ticket.id }, "backfill post failed"));
    }
  }

  /**
   * The creator of a ticket (the request whose `openFor` returned `created: true`) opens its thread,
   * then posts its own first message (with its files) and every other user message stored so far.
   * Why the backfill: a concurrent message (second /support, a DM) may have been stored before the
   * thread id was bound; that request saw no thread and skipped posting. Either it re-read the
   * ticket after `setDeskThread` (and posted itself) or its message is already in the store when we
   * read it here, so each message reaches the thread at least once (twice only in a narrow race).
   */
  async function startThread(
    ticket: Ticket,
    own: { message: TicketMessage; files: readonly RelayAttachment[] } | undefined,
  ): Promise<string | undefined> {
    const threadId = await createThread(ticket, false);
    if (!threadId) return undefined;
    if (own) {
      await channel
        .post(threadId, userPost(ticket, own.message, own.files))
        .catch((error: unknown) => logger.error({ err: error, ticketId: ticket.id }, "first post failed"));
    }
    await backfill(ticket, threadId, own?.message.id);
    return threadId;
  }

  return { post, startThread, createThread, recreate: recreateThread };
}

export type Threads = ReturnType<typeof createThreads>;
