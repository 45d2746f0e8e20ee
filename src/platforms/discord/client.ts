/**
 * The discord.js client as this bot uses it. Gateway resume/reconnect is discord.js's job
 * (@discordjs/ws resumes after a resumable close); REST 429s are honoured by @discordjs/rest,
 * which waits `retry_after` and retries — we only log them. Sharding: discord.js reads `SHARDS`
 * and `SHARD_COUNT` from the environment the ShardingManager gives each shard process.
 */
import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from "discord.js";
import type { Logger } from "../../logger.js";
import { uploadAsOneBuffer } from "./multipart.js";

export const DEFAULT_INTENTS: readonly GatewayIntentBits[] = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.DirectMessages,
];

export interface ClientOptions {
  readonly api?: string;
  readonly intents?: readonly GatewayIntentBits[];
  readonly logger: Logger;
  /** Called for each 429 response (metrics). */
  readonly onRateLimited?: () => void;
}

export function createClient(opts: ClientOptions): Client {
  const log = opts.logger;
  const client = new Client({
    intents: [...(opts.intents ?? DEFAULT_INTENTS)],
    // DM channels are not cached before their first event; without this partial DM events are dropped.
    partials: [Partials.Channel],
    ...(opts.api ? { rest: { api: opts.api } } : {}),
    // Our embeds and button rows are built in the API's own shape (render.ts, components.ts: typed
    // APIEmbed / APIActionRowComponent), so there is nothing to convert. The default transformer
    // walks every key of every embed and button through lodash's snakeCase: ~2 % of an
    // interaction's CPU in `npm run bench` (issue #10).
    jsonTransformer: (raw: unknown) => raw,
  });
  uploadAsOneBuffer(client.rest);
  // No URL or path in the fields: interaction and webhook paths carry the interaction token.
  // A pre-emptive wait (bucket known to be empty) is `rateLimited`; a 429 the server sends is only
  // visible as a response — @discordjs/rest then waits `retry_after` and retries by itself.
  client.rest.on(RESTEvents.RateLimited, (info) => {
    log.warn(
      { method: info.method, route: info.route, retryAfterMs: info.retryAfter, global: info.global },
      "discord rate limited; waiting before retry",
    );
  });
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    opts.onRateLimited?.();
    log.warn(
      {
        method: request.method,
        route: request.route,
        retryAfterSec: Number(response.headers.get("retry-after") ?? 0),
        global: response.headers.has("x-ratelimit-global"),
      },
      "discord rate limited; waiting before retry",
    );
  });
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ shard, code: event.code }, "discord gateway disconnected"),
  );
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, "discord gateway reconnecting"));
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, "discord gateway resumed"),
  );
  client.on(Events.ShardReady, (shard) => log.info({ shard }, "discord shard ready"));
  client.on(Events.ShardError, (err, shard) => log.error({ shard, err }, "discord gateway error"));
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  client.on(Events.Warn, (message) => log.warn({ message }, "discord client warning"));
  return client;
}
