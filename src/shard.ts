/**
 * Entry point of ONE Discord shard process, spawned by the ShardingManager (`dokker-bot shards`,
 * src/platforms/discord/sharding.ts). discord.js reads `SHARDS` / `SHARD_COUNT` from the
 * environment the manager sets, so the app starts as usual - but with Discord only: Telegram
 * allows a single poller per token, and N shard processes must not all poll it (run Telegram as
 * its own `dokker-bot start`). The shard's settings are passed to the app as its environment
 * (`StartOptions.env`); `process.env` is left as the manager gave it.
 */
import { withEnvFile } from "./config.js";
import { runMain } from "./run-main.js";

const env = withEnvFile(process.env);
// The manager sets SHARDS to this process's shard id (discord.js parses it as JSON: a number, or
// a list when one process runs several shards).
const shards: unknown = JSON.parse(env.SHARDS ?? "0");
const shardId = Number(Array.isArray(shards) ? shards[0] : shards) || 0;
// Each shard gets its own HTTP port (base + shard id) so health checks don't collide; 0 stays "any".
const base = Number(env.HTTP_PORT ?? "8080");

runMain(`Fatal (shard ${shardId})`, {
  env: {
    ...env,
    // An empty value means "unset" (and wins over `.env`).
    TELEGRAM_BOT_TOKEN: "",
    CONSOLE: "off",
    ...(base > 0 ? { HTTP_PORT: String(base + shardId) } : {}),
  },
});
