/**
 * `dokker-bot shards [--shards N|auto] [--spawn-delay MS]`: runs the Discord bot as several shard
 * processes under discord.js's ShardingManager. Discord requires sharding from 2,500 servers
 * (`shard_id = (guild_id >> 22) % shard_count`); "auto" asks `GET /gateway/bot` for the
 * recommended count — through DISCORD_API, unlike the manager's own "auto", which always calls
 * discord.com. Shards are spawned `--spawn-delay` apart (default 5.5 s, Discord's identify pace).
 * @see https://discord.com/developers/docs/topics/gateway#sharding
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REST, type RESTGetAPIGatewayBotResult, Routes, ShardingManager } from "discord.js";
import { type Config, ConfigError, loadConfig } from "../../config.js";
import { createLogger, type Logger, registerSecret } from "../../logger.js";

export interface ShardOptions {
  /** A number, or "auto" for Discord's recommendation. */
  readonly shards: number | "auto";
  readonly spawnDelayMs: number;
}

async function recommendedShards(config: Config, token: string): Promise<number> {
  const rest = new REST({ version: "10", api: config.DISCORD_API }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

/**
 * The shard entry point beside main (src/shard.ts): shard.js when compiled, else shard.ts run with
 * `--import tsx`. (Under tsx the module URL may carry a query string, so only the path is looked at.)
 */
function shardEntry(): { file: string; execArgv: string[] } {
  const here = new URL(import.meta.url);
  here.search = "";
  const js = fileURLToPath(new URL("../../shard.js", here));
  if (here.pathname.endsWith(".js") && existsSync(js)) return { file: js, execArgv: [] };
  return { file: fileURLToPath(new URL("../../shard.ts", here)), execArgv: ["--import", "tsx"] };
}

function parseShardOptions(flags: Record<string, string | true>): ShardOptions | string {
  const raw = flags.shards === undefined || flags.shards === true ? "auto" : flags.shards;
  const delayRaw = typeof flags["spawn-delay"] === "string" ? flags["spawn-delay"] : "5500";
  const spawnDelayMs = Number(delayRaw);
  if (!Number.isInteger(spawnDelayMs) || spawnDelayMs < 0) return "--spawn-delay must be milliseconds (≥ 0)";
  if (raw === "auto") return { shards: "auto", spawnDelayMs };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    return "--shards must be a whole number from 1 to 1000, or auto";
  return { shards: n, spawnDelayMs };
}

/** Spawns the shards, then waits for SIGINT/SIGTERM and stops them all. Resolves with an exit code. */
async function runShards(config: Config, options: ShardOptions, logger: Logger): Promise<number> {
  const token = config.DISCORD_TOKEN;
  if (!token || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write(
      "shards needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README, Run on Discord).\n",
    );
    return 1;
  }
  const total = options.shards === "auto" ? await recommendedShards(config, token) : options.shards;
  const entry = shardEntry();
  const manager = new ShardingManager(entry.file, {
    token,
    totalShards: total,
    mode: "process",
    execArgv: entry.execArgv,
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shard: shard.id, total }, "discord shard process created");
    shard.on("death", () => logger.warn({ shard: shard.id }, "discord shard process exited"));
  });
  const signal = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  const stopAll = () =>
    Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
            child.once("exit", () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill("SIGTERM"); // each shard stops gracefully (client.destroy()) on SIGTERM
          }),
      ),
    );
  try {
    await manager.spawn({ amount: total, delay: options.spawnDelayMs, timeout: 60_000 });
  } catch (error) {
    logger.error({ err: error }, "discord shards failed to start");
    manager.respawn = false;
    await stopAll();
    return 1;
  }
  logger.info({ shards: total }, "discord shards started");
  const reason = await signal;
  logger.info({ reason }, "stopping discord shards");
  manager.respawn = false;
  await stopAll();
  return 0;
}

/** `dokker-bot shards`: configuration, flags, logger, then `runShards`. Exit 1 on bad input. */
export async function runShardsCommand(flags: Record<string, string | true>): Promise<number> {
  const options = parseShardOptions(flags);
  if (typeof options === "string") {
    process.stderr.write(`${options}\n`);
    return 1;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  registerSecret(config.DISCORD_TOKEN);
  const logger = createLogger({ level: config.LOG_LEVEL }).child({ role: "shard-manager" });
  return runShards(config, options, logger);
}
