/**
 * `dokker-bot` command line. Exit codes: 0 success, 1 a rejected input or failed run, 2 usage.
 */
import { isLocale, type Locale } from "../core/i18n/locales.js";
import { parseArgs } from "./args.js";
import { runDecode } from "./decode.js";

export const USAGE = `Usage: dokker-bot <command> [options]

Commands:
  decode [PRECODE…]     Print the radio code for each pre-code (reads stdin lines if none given)
      --json            One JSON object per input: {"input","precode","pin"} or {"input","error":{code,message}}
      --lang xx         Language of error messages (en, fr, de, es, ro, tr)
  read-label IMAGE…     Read the pre-code from label photos (offline OCR)
      --json            One JSON line per image: {"file","precode","confident","candidates","text"}
  ask "QUESTION"        Answer a question from the FAQ
      --json            {"id","answer","score","lang","confident"} (id null when nothing fits)
      --lang xx         Language to answer in when the question's language can't be told
  faq learned           List the FAQ phrasings staff taught (/snippet, /teach): id, entry, language, text
      --remove ID       Remove one (the matcher of running bots drops it within 30 s)
  faq misses            Questions no FAQ entry matched, with counts, most frequent first
      --since 7d        Only the last 12h, 7d, 2w… (default 7d)
  chat                  Talk to the bot in this terminal (no tokens needed)
      --images DIR      Write the faceplate pictures there and print their paths
  start                 Run the bot with the platforms configured in the environment
  deploy-commands       Register the Discord commands (one bulk PUT): globally, or to DISCORD_GUILD_ID if set
  shards                Run the Discord bot sharded (discord.js ShardingManager), for > 2,500 servers
      --shards N|auto   Number of shards (default auto: Discord's recommendation)
      --spawn-delay MS  Pause between shard starts (default 5500)
  help, --help          Show this help

Exit codes: 0 ok, 1 some input was rejected (or the run failed), 2 usage error.
`;

export async function main(argv: readonly string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv);
  const [command, ...rest] = positionals;
  if (flags.help || command === "help" || command === undefined) {
    process.stdout.write(USAGE);
    return command === undefined && !flags.help ? 2 : 0;
  }
  const lang = typeof flags.lang === "string" ? flags.lang : "en";
  if (!isLocale(lang)) {
    process.stderr.write(`Unknown language "${lang}". Use one of: en, fr, de, es, ro, tr.\n`);
    return 2;
  }
  const locale: Locale = lang;
  switch (command) {
    case "decode":
      return runDecode(rest, {
        json: flags.json === true,
        locale,
        stdin: process.stdin,
        stdout: process.stdout,
      });
    case "ask": {
      if (rest.length === 0) {
        process.stderr.write('ask needs a question, e.g. dokker-bot ask "where is the pre-code?"\n');
        return 2;
      }
      const { runAsk } = await import("./ask.js");
      return runAsk(rest.join(" "), { json: flags.json === true, locale, stdout: process.stdout });
    }
    case "faq": {
      const { runFaq } = await import("./faq.js");
      return runFaq(rest[0], flags, {
        stdout: process.stdout,
        stderr: process.stderr,
        databaseUrl: process.env.DATABASE_URL || "sqlite:./data/dokker.db",
      });
    }
    case "read-label": {
      if (rest.length === 0) {
        process.stderr.write(
          "read-label needs at least one image file, e.g. dokker-bot read-label label.jpg\n",
        );
        return 2;
      }
      const { runReadLabel } = await import("./read-label.js");
      return runReadLabel(rest, { json: flags.json === true, stdout: process.stdout });
    }
    case "chat": {
      const { startApp } = await import("../app.js");
      const imagesDir = typeof flags.images === "string" ? flags.images : undefined;
      return startApp({ forceConsole: true, ...(imagesDir ? { imagesDir } : {}) });
    }
    case "start": {
      const { startApp } = await import("../app.js");
      return startApp({});
    }
    case "deploy-commands": {
      // Discord (issue #4)
      const { deployCommandsCli } = await import("../platforms/discord/deploy.js");
      return deployCommandsCli({ stdout: process.stdout, stderr: process.stderr });
    }
    case "shards": {
      // Discord (issue #4)
      const { runShardsCommand } = await import("../platforms/discord/sharding.js");
      return runShardsCommand(flags);
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

const entry = process.argv[1] ?? "";
if (/cli[\\/]index\.[jt]s$/.test(entry)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`dokker-bot: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
