/**
 * Entry point of ONE shard process, spawned by the ShardingManager (`dokker-bot shards`, see
 * sharding.ts). discord.js reads `SHARDS` / `SHARD_COUNT` from the environment the manager sets,
 * so the app starts as usual — but with Discord only: Telegram allows a single poller per token,
 * and N shard processes must not all poll it (run Telegram as its own `dokker-bot start`).
 */
import { runMain } from "../../run-main.js";

// An empty value wins over `.env` (real environment variables override the file) and means "unset".
process.env.TELEGRAM_BOT_TOKEN = "";
process.env.CONSOLE = "off";
// Each shard gets its own HTTP port (base + shard id) so health checks don't collide; 0 stays "any".
const base = Number(process.env.HTTP_PORT ?? "8080");
const shardId = Number((JSON.parse(process.env.SHARDS ?? "[0]") as number[])[0] ?? 0);
if (base > 0) process.env.HTTP_PORT = String(base + shardId);

runMain(`Fatal (shard ${shardId})`);
