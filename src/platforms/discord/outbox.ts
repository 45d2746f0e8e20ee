/**
 * Discord's side of the durable outbox: messages outside an interaction's own answer (DMs with
 * staff replies and reminders, support-desk posts, transcripts) become outbox rows; the sender
 * turns a row back into REST calls. Plain REST: any process (any shard) can send any row.
 * - Queues: `discord:{channelId}` or `discord:dm:{userId}` (the conversation ids).
 * - Lanes: 5 messages per 5 s per channel (Discord's per-channel message bucket); the bot's
 *   budget: 50 requests/s (Discord's global limit).
 * - Errors: thrown as PlatformError (`fromDiscord`), which the outbox reads like every platform's:
 *   429 (after @discordjs/rest's own retries), 5xx and network errors come back later; anything
 *   else is final. 50007 (DMs closed) is `unreachable` and 10003 (channel or thread deleted)
 *   `not-found`, so the desk can tell staff or open a new post.
 * - Pictures the app can draw again are stored as their recipe and drawn when the row leaves.
 * - Desk posts go through the desk channel's `post` routine (unarchive a closed post first, archive
 *   it again after), registered with `setDeskPoster`.
 */
import { type APIChannel, type Client, type RESTPostAPIChannelMessageJSONBody, Routes } from "discord.js";
import type { Services } from "../../../commands/services.js";
import { userKey } from "../../core/user-key.js";
import { lane, type OutboxSender } from "../../outbox/index.js";
import type { JsonObject, JsonValue, NewOutboxRow, OutboxRow } from "../../store/types.js";
import { ThreadGone } from "../../support/errors.js";
import { PlatformError } from "../errors.js";
import { isPictureRecipe, redraw } from "../pictures.js";
import { fromDiscord } from "./errors.js";
import type { UploadFile } from "./files.js";
import { encodeConversation, encodeDeskThread } from "./ids.js";
import { postToChannel } from "./send.js";

export type DiscordTarget =
  | { readonly op: "dm"; readonly userId: string }
  | { readonly op: "channel"; readonly channelId: string }
  | { readonly op: "desk"; readonly threadId: string };

/** A ticket post's Open/Closed state, queued behind the posts before it (a transcript, a note). */
export function deskStateRow(threadId: string, state: "open" | "closed", title?: string): NewOutboxRow {
  return {
    platform: "discord",
    conversation: encodeDeskThread(threadId),
    userKey: null,
    kind: "desk-state",
    payload: { target: { op: "desk-state", threadId }, state, ...(title ? { title } : {}) },
    meta: { deskThread: encodeDeskThread(threadId) },
  };
}

export type DeskStater = (threadId: string, state: "open" | "closed", title?: string) => Promise<void>;

export interface DiscordRowContext {
  readonly userKey?: string | null;
  readonly kind: string;
  readonly meta?: JsonObject | null;
}

const queueOf = (t: DiscordTarget) =>
  encodeConversation(
    t.op === "dm"
      ? { kind: "dm", userId: t.userId }
      : { kind: "channel", channelId: t.op === "channel" ? t.channelId : t.threadId },
  );

export function discordRow(
  target: DiscordTarget,
  message: { readonly body: RESTPostAPIChannelMessageJSONBody; readonly files?: readonly UploadFile[] },
  ctx: DiscordRowContext,
): NewOutboxRow {
  const files = (message.files ?? []).map((f) => ({
    name: f.name,
    contentType: f.contentType,
    ...(f.recipe ? { recipe: { ...f.recipe } } : { data: Buffer.from(f.data).toString("base64") }),
  }));
  return {
    platform: "discord",
    conversation: queueOf(target),
    userKey:
      ctx.userKey === undefined
        ? target.op === "dm"
          ? userKey("discord", target.userId)
          : null
        : ctx.userKey,
    kind: ctx.kind,
    payload: { target: { ...target }, body: message.body as unknown as JsonValue, files },
    meta: ctx.meta ?? null,
  };
}

function decode(row: OutboxRow): {
  target: DiscordTarget;
  body: RESTPostAPIChannelMessageJSONBody;
  files: UploadFile[];
} {
  const target = row.payload.target as unknown as DiscordTarget;
  const body = row.payload.body as unknown as RESTPostAPIChannelMessageJSONBody;
  const raw = Array.isArray(row.payload.files) ? row.payload.files : [];
  const files = raw.map((f) => {
    const o = f as { name?: string; contentType?: string; data?: string; recipe?: unknown };
    const common = {
      name: String(o.name ?? "file"),
      contentType: String(o.contentType ?? "application/octet-stream"),
    };
    // A recipe's bytes are drawn when the row is sent (`withPictures`).
    if (isPictureRecipe(o.recipe)) return { ...common, data: new Uint8Array(0), recipe: o.recipe };
    return { ...common, data: new Uint8Array(Buffer.from(String(o.data ?? ""), "base64")) };
  });
  return { target, body, files };
}

/** The same desk row aimed at another post (the one that replaced a deleted post). */
export function retarget(row: OutboxRow, threadId: string): NewOutboxRow {
  const { body, files } = decode(row);
  return discordRow(
    { op: "desk", threadId },
    { body, files },
    {
      userKey: row.userKey,
      kind: row.kind,
      meta: { deskThread: encodeDeskThread(threadId) },
    },
  );
}

export type DeskPoster = (
  threadId: string,
  message: { body: RESTPostAPIChannelMessageJSONBody; files: readonly UploadFile[] },
) => Promise<void>;

export interface DiscordSender extends OutboxSender {
  /** The desk channel's posting routine (set when this process runs a Discord desk). */
  setDeskPoster(poster: DeskPoster): void;
  /** The desk channel's Open/Closed routine. */
  setDeskStater(stater: DeskStater): void;
}

/** The files that wait for their picture, drawn now. */
function withPictures(files: UploadFile[], services: Pick<Services, "faceplate">): Promise<UploadFile[]> {
  return Promise.all(
    files.map(async (f) => (f.recipe ? { ...f, data: await redraw(services, f.recipe, "discord") } : f)),
  );
}

export function createDiscordSender(input: {
  readonly client: Client;
  readonly botId: string;
  /** Draws stored picture recipes again (`services.faceplate`). */
  readonly services: Pick<Services, "faceplate">;
}): DiscordSender {
  const { client } = input;
  const dmChannels = new Map<string, string>();
  let deskPoster: DeskPoster | undefined;
  let deskStater: DeskStater | undefined;

  async function dmChannel(userId: string): Promise<string> {
    const known = dmChannels.get(userId);
    if (known) return known;
    const dm = (await client.rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as APIChannel;
    if (dmChannels.size >= 10_000) dmChannels.delete(dmChannels.keys().next().value ?? "");
    dmChannels.set(userId, dm.id);
    return dm.id;
  }

  return {
    platform: "discord",
    budget: { key: `discord:${input.botId}`, intervalMs: 20 },
    lanes: (row) => [lane(`dc:${row.conversation}`, 5, 5000, 5)],
    setDeskPoster(poster) {
      deskPoster = poster;
    },
    setDeskStater(stater) {
      deskStater = stater;
    },
    async send(row) {
      const op = (row.payload.target as { op?: string; threadId?: string } | undefined)?.op;
      try {
        // The message id is kept once sent (a transcript in the log channel: /forget deletes it).
        return await sendRow(row, op);
      } catch (error) {
        if (error instanceof ThreadGone) {
          throw new PlatformError("not-found", error.message, {
            platform: "discord",
            method: op,
            reason: "thread",
            cause: error,
          });
        }
        // "No desk here" is not Discord's answer: it stays a plain Error, tried again later.
        if (error instanceof NoDeskHere) throw error;
        throw fromDiscord(error, op === undefined ? {} : { method: op });
      }
    },
  };

  async function sendRow(row: OutboxRow, op: string | undefined): Promise<string | null> {
    if (op === "desk-state") {
      if (!deskStater) throw new NoDeskHere();
      const t = row.payload.target as { threadId: string };
      const state = row.payload.state === "closed" ? "closed" : "open";
      const title = typeof row.payload.title === "string" ? row.payload.title : undefined;
      await deskStater(t.threadId, state, title);
      return null;
    }
    const { target, body, files: stored } = decode(row);
    const files = await withPictures(stored, input.services);
    if (target.op === "desk") {
      if (!deskPoster) throw new NoDeskHere();
      await deskPoster(target.threadId, { body, files });
      return null;
    }
    const channelId = target.op === "dm" ? await dmChannel(target.userId) : target.channelId;
    return postToChannel(client, channelId, body, files);
  }
}

/** A desk row reached a process that runs no Discord desk (another instance does). */
class NoDeskHere extends Error {
  constructor() {
    super("no Discord desk runs in this process");
  }
}
