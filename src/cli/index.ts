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
  chat                  Talk to the bot in this terminal (no tokens needed)
  start                 Run the bot with the platforms configured in the environment
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
    case "chat": {
      const { startApp } = await import("../app.js");
      return startApp({ forceConsole: true });
    }
    case "start": {
      const { startApp } = await import("../app.js");
      return startApp({});
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
