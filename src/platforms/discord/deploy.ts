/**
 * `dokker-bot deploy-commands`: registers every command with ONE bulk overwrite (PUT), globally or
 * — when DISCORD_GUILD_ID is set — to that server only (instant; global changes can take a while
 * to reach clients). Registration is a separate step from running the bot, as the discord.js guide
 * recommends: the bot never re-registers on start.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
import { ApplicationCommandType, DiscordAPIError, REST, Routes } from "discord.js";
import { type Config, ConfigError, loadConfig } from "../../config.js";
import { scrubSecrets } from "../../logger.js";
import { buildCommandData } from "./command-data.js";

export interface DeployOptions {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string | undefined;
  /** REST base, default https://discord.com/api. */
  readonly api?: string | undefined;
  /** Whether a support desk is configured (SUPPORT_DESK): without one, /support is left out. */
  readonly desk: boolean;
}

export interface RegisteredCommand {
  readonly id: string;
  readonly name: string;
  readonly type: number;
}

export interface DeployResult {
  readonly scope: "global" | "guild";
  readonly guildId?: string;
  readonly commands: readonly RegisteredCommand[];
}

async function deployCommands(o: DeployOptions): Promise<DeployResult> {
  const rest = new REST({ version: "10", ...(o.api ? { api: o.api } : {}) }).setToken(o.token);
  const route = o.guildId
    ? Routes.applicationGuildCommands(o.applicationId, o.guildId)
    : Routes.applicationCommands(o.applicationId);
  const registered = (await rest.put(route, {
    body: buildCommandData(undefined, o.desk),
  })) as RegisteredCommand[];
  return {
    scope: o.guildId ? "guild" : "global",
    ...(o.guildId ? { guildId: o.guildId } : {}),
    commands: registered.map((c) => ({ id: c.id, name: c.name, type: c.type })),
  };
}

function describeCommand(c: RegisteredCommand): string {
  if (c.type === ApplicationCommandType.Message) return `${c.name} (message context menu)`;
  return `/${c.name}`;
}

function formatDeployResult(r: DeployResult): string {
  const where = r.scope === "guild" ? `to server ${r.guildId}` : "globally";
  const lines = [`Registered ${r.commands.length} commands ${where}:`];
  for (const c of r.commands) lines.push(`  ${describeCommand(c)}  (id ${c.id})`);
  if (r.scope === "global") {
    lines.push("Global commands may take a moment to appear; set DISCORD_GUILD_ID to test in one server.");
  }
  return `${lines.join("\n")}\n`;
}

function explain(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    const hint =
      error.status === 401
        ? " (check DISCORD_TOKEN)"
        : error.status === 403 || error.status === 404
          ? " (check DISCORD_APPLICATION_ID / DISCORD_GUILD_ID, and that the bot is in that server)"
          : "";
    return `Discord refused the commands: ${error.status} ${error.message}${hint}`;
  }
  return `Could not reach Discord: ${error instanceof Error ? error.message : String(error)}`;
}

/** The CLI command. Exit codes: 0 registered, 1 missing configuration or Discord refused. */
async function runDeployCommands(
  config: Config,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    io.stderr.write(
      "deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README, Run on Discord).\n",
    );
    return 1;
  }
  try {
    const result = await deployCommands({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      guildId: config.DISCORD_GUILD_ID,
      api: config.DISCORD_API,
      desk: config.SUPPORT_DESK !== undefined,
    });
    io.stdout.write(formatDeployResult(result));
    return 0;
  } catch (error) {
    io.stderr.write(`deploy-commands failed. ${scrubSecrets(explain(error))}\n`);
    return 1;
  }
}

/** `dokker-bot deploy-commands`: reads the configuration (environment + .env), then deploys. */
export async function deployCommandsCli(io: {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  return runDeployCommands(config, io);
}
