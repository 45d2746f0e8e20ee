/**
 * Public types of the Discord fake. Wire objects are kept loose (`ApiObject`) on purpose: the fake
 * mirrors Discord's JSON, and tests read fields by name the way the real API documents them.
 * @see https://discord.com/developers/docs/reference
 */

/** A JSON object as Discord sends it (snake_case keys). */
export type ApiObject = Record<string, unknown>;

export interface ApiUser extends ApiObject {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

/** The parts of a user a test usually cares about; the rest is filled in. */
export interface UserInput {
  id?: string;
  username?: string;
  globalName?: string;
  bot?: boolean;
  /** Role IDs the user holds in the guild of the event. */
  roles?: string[];
}

export interface FakeDiscordOptions {
  /** Shard count announced by `GET /gateway/bot` (default 1). */
  shards?: number;
  /** `session_start_limit.max_concurrency` (default 1; discord.js waits 5 s between identifies per bucket). */
  maxConcurrency?: number;
  /** HELLO's heartbeat interval in ms (default 41250, like Discord). */
  heartbeatIntervalMs?: number;
  /** Only this token is accepted (`Bot <token>`); by default any non-empty token is. */
  token?: string;
  /** Extra guilds (each with one text channel) besides the default guild, e.g. to spread over shards. */
  extraGuilds?: number;
  /** `application.flags` in READY (default 0; the message-content intent flag is 1 << 19). */
  applicationFlags?: number;
  /** A first interaction response later than this gets 10062 "Unknown interaction" (default 3000, as on Discord). */
  interactionDeadlineMs?: number;
  /** TCP port (default 0: any free port). */
  port?: number;
}

/** A file uploaded as `files[n]` in a multipart request. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Path below the API version, e.g. `/channels/123/messages` (percent-decoded). */
  path: string;
  /** The raw request path, e.g. `/api/v10/webhooks/1/tok/messages/%40original`. */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON body, or `payload_json` of a multipart body; `undefined` when empty. */
  body: unknown;
  files: RecordedFile[];
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Status sent back (0 while still in flight). */
  status: number;
  at: number;
}

/** Decides whether a fault applies. A string or RegExp is tested against `"METHOD /path"`. */
export type RouteMatcher = string | RegExp | ((req: { method: string; path: string }) => boolean);

export interface RateLimitFault {
  times?: number;
  retryAfterSec?: number;
  global?: boolean;
}

export interface FailFault {
  status: 500 | 502 | 503;
  times?: number;
}

/** One step of an interaction's answer: the callback, a follow-up, an edit or a delete. */
export interface InteractionResponse {
  kind: "callback" | "followup" | "edit" | "delete";
  /** Interaction callback type (4 reply, 5 defer, 6 deferUpdate, 7 update, 8 autocomplete, 9 modal). */
  callbackType?: number;
  /** The message this step created or changed (`undefined` for 6, 8, 9). */
  messageId?: string;
  /** Raw body of the request (JSON, or `payload_json` of a multipart upload). */
  body: unknown;
  files: RecordedFile[];
  /** The message as it looks after this step (fields merged with earlier steps). */
  content: string;
  embeds: ApiObject[];
  components: ApiObject[];
  flags: number;
  /** Autocomplete choices (type 8). */
  choices?: ApiObject[];
  at: number;
}

export interface InjectedInteraction {
  id: string;
  token: string;
}

export interface FakeStats {
  identifies: number;
  resumes: number;
  heartbeats: number;
  connections: number;
  /** `"METHOD /path"` of every request no route answered. */
  unknownRoutes: string[];
}

/** IDENTIFY payloads as received, for assertions on intents and shards. */
export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number];
  at: number;
}

export interface DefaultIds {
  guildId: string;
  textChannelId: string;
  forumChannelId: string;
  staffRoleId: string;
  botRoleId: string;
  /** Forum tag IDs of the default forum channel. */
  tags: { open: string; closed: string };
  user: ApiUser;
  /** A member holding the staff role. */
  staffUser: ApiUser;
  extraGuildIds: string[];
}
