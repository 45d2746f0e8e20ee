/**
 * The support desk's staff side on Discord: one forum post per ticket (`DeskChannel`).
 *
 * - A forum channel (type 15) has no messages of its own; a post is a thread started with
 *   `POST /channels/{forumId}/threads` carrying the starter message and `applied_tags`, which must
 *   be ids from the forum's `available_tags`. Tags "Open"/"Closed" are found by name
 *   (case-insensitive); a forum without them gets untagged posts (warned once).
 * - Closing = Closed tag + `archived: true, locked: true` (locked: only moderators can reopen it,
 *   so a stray message doesn't silently revive it). Reopening sends the opposite in one PATCH.
 *   An archived thread can't be edited (50083) unless the same PATCH unarchives it.
 * - Deleted post: 10003 Unknown Channel → `ThreadGone` (the desk opens a new post).
 * - Posting: an archived post is unarchived first. A post we closed (Closed tag; without tags: locked) is
 *   archived again afterwards, so a late note doesn't reopen it; one archived for inactivity
 *   (Discord auto-archives after `auto_archive_duration`) stays open: its ticket is open.
 * - `/close` inside the thread: the interaction must be answered BEFORE the thread is archived
 *   and locked; answering (even a deferred reply) in a locked thread fails with 50083. So while an
 *   interaction in the thread is being answered, `setState("closed")` sets the tag now and
 *   archives once that answer is out (`pendingAnswers`).
 * Everything is plain REST (`client.rest`): no gateway cache needed, any shard can serve the desk.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 * @see https://discord.com/developers/docs/topics/threads#forums
 */
import { type APIChannel, type APIThreadChannel, type Client, DiscordAPIError, Routes } from "discord.js";
import type { Logger } from "../../logger.js";
import type { Outbox } from "../../outbox/index.js";
import { deskPostContent, logRowOwner } from "../../support/desk/post.js";
import type { DeskChannel, DeskPost, TicketHeader } from "../../support/desk/types.js";
import { ThreadGone } from "../../support/errors.js";
import { isPlatformError } from "../errors.js";
import { errorFields, UNKNOWN_CHANNEL, UNKNOWN_MESSAGE } from "./errors.js";
import type { UploadFile } from "./files.js";
import { decodeConversation, decodeDeskThread, encodeDeskThread } from "./ids.js";
import { type DiscordSender, deskStateRow, discordRow, retarget } from "./outbox.js";
import { type DeskMessage, deskMessages, headerMessage, threadName } from "./render.js";
import { postToChannel } from "./send.js";

export interface DiscordDeskOptions {
  readonly client: Client;
  /** The forum channel whose posts are tickets. */
  readonly forumChannelId: string;
  /** Optional text channel for closed tickets' transcripts (SUPPORT_LOG_CHANNEL `discord:<id>`). */
  readonly logChannelId?: string;
  readonly logger: Logger;
  /**
   * Resolves once the interactions being answered in this channel are answered (undefined: none).
   * The adapter tracks them; see "/close inside the thread" above.
   */
  readonly pendingAnswers?: (channelId: string) => Promise<void> | undefined;
  /**
   * The durable outbox: posts become rows sent by the scheduler (through `sender`, which runs this
   * channel's posting routine). Without it, posts go out at once (tests of the channel itself).
   */
  readonly outbox?: Pick<Outbox, "enqueue" | "onFailed">;
  readonly sender?: DiscordSender;
}

interface ForumTags {
  readonly open?: string;
  readonly closed?: string;
}

type ThreadState = Pick<APIThreadChannel, "id" | "applied_tags" | "thread_metadata">;

/** The post's thread id from the desk's (`discord:{threadId}`, ids.ts). */
function threadOf(id: string): string {
  const threadId = decodeDeskThread(id);
  if (threadId === undefined) throw new Error(`Not a Discord desk thread id: ${id}`);
  return threadId;
}

const isUnknownChannel = (error: unknown) =>
  error instanceof DiscordAPIError && (error.code === UNKNOWN_CHANNEL || error.status === 404);

export function createDiscordDeskChannel(options: DiscordDeskOptions): DeskChannel {
  const { client, forumChannelId, logger } = options;
  const log = logger.child({ component: "discord-desk", forum: forumChannelId });
  let tags: Promise<ForumTags> | undefined;

  /** Open/Closed tag ids, read once from the forum (a failed read is retried next time). */
  function forumTags(): Promise<ForumTags> {
    tags ??= (async () => {
      const forum = (await client.rest.get(Routes.channel(forumChannelId))) as APIChannel;
      const available = "available_tags" in forum ? (forum.available_tags ?? []) : [];
      const byName = (name: string) => available.find((t) => t.name.trim().toLowerCase() === name)?.id;
      const found = { open: byName("open"), closed: byName("closed") };
      if (!found.open || !found.closed) {
        log.warn(
          { available: available.map((t) => t.name) },
          "forum has no Open/Closed tags; ticket posts are left untagged",
        );
      }
      return {
        ...(found.open ? { open: found.open } : {}),
        ...(found.closed ? { closed: found.closed } : {}),
      };
    })().catch((error: unknown) => {
      tags = undefined;
      throw error;
    });
    return tags;
  }

  /** The thread as Discord has it now; ThreadGone when deleted. */
  async function fetchThread(deskThreadId: string): Promise<ThreadState> {
    const id = threadOf(deskThreadId);
    try {
      return (await client.rest.get(Routes.channel(id))) as ThreadState;
    } catch (error) {
      if (isUnknownChannel(error)) throw new ThreadGone(deskThreadId, { cause: error });
      throw error;
    }
  }

  /** PATCH on a thread; 10003 → ThreadGone. */
  async function patchThread(deskThreadId: string, body: Record<string, unknown>): Promise<void> {
    try {
      await client.rest.patch(Routes.channel(threadOf(deskThreadId)), { body });
    } catch (error) {
      if (isUnknownChannel(error)) throw new ThreadGone(deskThreadId, { cause: error });
      throw error;
    }
  }

  /** The thread's tags with Open/Closed swapped for `state` (staff's own tags are kept). */
  async function tagsFor(thread: ThreadState, state: "open" | "closed"): Promise<string[] | undefined> {
    const { open, closed } = await forumTags();
    if (!open || !closed) return undefined;
    const others = (thread.applied_tags ?? []).filter((t) => t !== open && t !== closed);
    // A post holds at most 5 tags.
    return [state === "open" ? open : closed, ...others].slice(0, 5);
  }

  async function send(channelId: string, list: readonly DeskMessage[]): Promise<void> {
    for (const m of list) await postToChannel(client, channelId, m.body, m.files);
  }

  async function openThread(header: TicketHeader): Promise<string> {
    const { open } = await forumTags().catch((error: unknown) => {
      log.warn({ err: errorFields(error) }, "could not read forum tags; posting untagged");
      return {} as ForumTags;
    });
    const thread = (await client.rest.post(Routes.threads(forumChannelId), {
      body: {
        name: threadName(header.title),
        message: headerMessage(header),
        ...(open ? { applied_tags: [open] } : {}),
      },
    })) as APIThreadChannel;
    return encodeDeskThread(thread.id);
  }

  /** Posts one message into a ticket's post now (the outbox's desk rows run this). */
  async function postNow(deskThreadId: string, m: DeskMessage): Promise<void> {
    const thread = await fetchThread(deskThreadId);
    const archived = thread.thread_metadata?.archived === true;
    const locked = thread.thread_metadata?.locked === true;
    const { closed } = await forumTags().catch(() => ({}) as ForumTags);
    // The Closed tag says the ticket is closed; without tags, our lock does.
    const closedByUs = closed !== undefined ? (thread.applied_tags ?? []).includes(closed) : locked;
    if (archived) await patchThread(deskThreadId, { archived: false, ...(locked ? { locked: false } : {}) });
    try {
      await send(thread.id, [m]);
    } catch (error) {
      if (isUnknownChannel(error)) throw new ThreadGone(deskThreadId, { cause: error });
      throw error;
    } finally {
      // Put a closed ticket's post back the way it was; an auto-archived open one stays open.
      if (archived && closedByUs) {
        await patchThread(deskThreadId, { archived: true, locked: true }).catch((error: unknown) =>
          log.warn({ err: errorFields(error), thread: thread.id }, "could not re-archive closed post"),
        );
      }
    }
  }

  const { outbox, sender } = options;
  type GoneListener = (threadId: string, repost: (newThreadId: string) => Promise<void>) => void;
  const goneListeners: GoneListener[] = [];
  if (outbox && sender) {
    sender.setDeskPoster((threadId, m: { body: DeskMessage["body"]; files: readonly UploadFile[] }) =>
      postNow(encodeDeskThread(threadId), m),
    );
    sender.setDeskStater((threadId, state, title) => setStateNow(encodeDeskThread(threadId), state, title));
    outbox.onFailed(({ row, error }) => {
      const target = row.payload.target as { op?: string; threadId?: string } | undefined;
      // The post is gone (ThreadGone from the poster, or 10003/404): `not-found` for a desk row.
      if (target?.op !== "desk" || !target.threadId || !isPlatformError(error, "not-found")) return;
      const repost = (newThreadId: string) => outbox.enqueue([retarget(row, threadOf(newThreadId))]);
      for (const l of goneListeners) l(encodeDeskThread(target.threadId), repost);
    });
  }

  async function post(deskThreadId: string, p: DeskPost): Promise<void> {
    const messages = deskMessages(deskPostContent(p));
    if (!outbox) {
      for (const m of messages) await postNow(deskThreadId, m);
      return;
    }
    const threadId = threadOf(deskThreadId);
    const userKey = p.kind === "user" ? p.message.user.key : null;
    await outbox.enqueue(
      messages.map((m) =>
        discordRow({ op: "desk", threadId }, m, {
          userKey,
          kind: "desk",
          meta: { deskThread: deskThreadId },
        }),
      ),
    );
  }

  /** With the outbox, the state change waits behind the posts queued before it (e.g. a transcript). */
  async function setState(deskThreadId: string, state: "open" | "closed", title?: string): Promise<void> {
    if (!outbox) return setStateNow(deskThreadId, state, title);
    await outbox.enqueue([deskStateRow(threadOf(deskThreadId), state, title)]);
  }

  async function setStateNow(deskThreadId: string, state: "open" | "closed", title?: string): Promise<void> {
    const thread = await fetchThread(deskThreadId);
    const applied = await tagsFor(thread, state).catch((error: unknown) => {
      log.warn({ err: errorFields(error) }, "could not read forum tags; state set without tags");
      return undefined;
    });
    const fields = {
      ...(applied ? { applied_tags: applied } : {}),
      ...(title ? { name: threadName(title) } : {}),
    };
    if (state === "open") {
      await patchThread(deskThreadId, { ...fields, archived: false, locked: false });
      return;
    }
    const archived = thread.thread_metadata?.archived === true;
    const pending = options.pendingAnswers?.(thread.id);
    if (!pending) {
      // An archived thread can't be edited: unarchive in the same request, then archive again.
      if (archived) await patchThread(deskThreadId, { ...fields, archived: false });
      await patchThread(
        deskThreadId,
        archived ? { archived: true, locked: true } : { ...fields, archived: true, locked: true },
      );
      return;
    }
    // A staff command in this thread is still being answered (/close): tag now, archive after.
    if (Object.keys(fields).length > 0 || archived) {
      await patchThread(deskThreadId, { ...fields, ...(archived ? { archived: false } : {}) });
    }
    void pending
      .then(() => patchThread(deskThreadId, { archived: true, locked: true }))
      .catch((error: unknown) =>
        log.warn({ err: errorFields(error), thread: thread.id }, "could not archive closed post"),
      );
  }

  /** /forget: the post and everything in it (needs Manage Threads). */
  async function erase(deskThreadId: string): Promise<void> {
    await client.rest.delete(Routes.channel(threadOf(deskThreadId)));
  }

  async function postToLog(p: DeskPost): Promise<void> {
    const channelId = options.logChannelId;
    if (!channelId) return;
    if (!outbox) {
      await send(channelId, deskMessages(deskPostContent(p)));
      return;
    }
    // A transcript is its ticket's user's (found by /forget through the message id kept when sent).
    const owner = logRowOwner(p);
    await outbox.enqueue(
      deskMessages(deskPostContent(p)).map((m) => discordRow({ op: "channel", channelId }, m, owner)),
    );
  }

  /**
   * /forget: a message the bot posted in the log channel. The bot may always delete its own
   * messages; without access to the channel any more Discord refuses (50001). Already gone: done.
   */
  async function eraseLogMessage(message: { conversation: string; messageId: string }): Promise<void> {
    const target = decodeConversation(message.conversation);
    if (target?.kind !== "channel") throw new Error(`not a Discord channel: ${message.conversation}`);
    try {
      await client.rest.delete(Routes.channelMessage(target.channelId, message.messageId));
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE) return;
      throw error;
    }
  }

  return {
    kind: "discord",
    openThread,
    onThreadGone(listener: (threadId: string, repost: (newThreadId: string) => Promise<void>) => void) {
      goneListeners.push(listener);
    },
    post,
    setState,
    erase,
    ...(options.logChannelId ? { postToLog } : {}),
    eraseLogMessage,
  };
}
