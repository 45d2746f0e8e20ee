/** Tiny argument parser: flags (`--json`, `--lang fr`, `--lang=fr`) and positionals. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Record<string, string | true>;
}

const VALUE_FLAGS = new Set(["lang", "shards", "spawn-delay", "remove", "since", "images"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (m?.[1]) {
      const name = m[1];
      if (m[2] !== undefined) flags[name] = m[2];
      else if (VALUE_FLAGS.has(name) && i + 1 < argv.length) flags[name] = argv[++i] ?? "";
      else flags[name] = true;
    } else if (a === "-h") {
      flags.help = true;
    } else {
      positionals.push(a);
    }
  }
  return { positionals, flags };
}
