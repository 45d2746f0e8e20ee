/**
 * `dokker-bot decode [PRECODE…] [--json] [--lang xx]`: one result per input, in order.
 * Without arguments it reads one input per line from stdin. Exit 0 if every input decoded,
 * 1 if any was rejected. Output is buffered so 26,000 lines take well under a second.
 */
import { createInterface } from "node:readline";
import { t } from "../core/i18n/index.js";
import type { Locale } from "../core/i18n/locales.js";
import { parsePrecode } from "../core/precode.js";

export interface DecodeLine {
  readonly input: string;
  readonly precode?: string;
  readonly pin?: string;
  readonly assumed?: string;
  readonly error?: { readonly code: string; readonly message: string };
}

function decodeOne(input: string, locale: Locale): DecodeLine {
  const r = parsePrecode(input);
  if (r.ok) {
    const base = { input, precode: r.value.precode, pin: r.value.pin };
    return r.value.assumed ? { ...base, assumed: r.value.assumed.read } : base;
  }
  const message = t(locale, r.code, { example: "V284", ...r.context });
  return { input, error: { code: r.code, message } };
}

function format(line: DecodeLine, json: boolean): string {
  if (json) return JSON.stringify(line);
  if (line.pin)
    return `${line.precode}\t${line.pin}${line.assumed ? `\t(read ${line.assumed} as ${line.precode})` : ""}`;
  return `${line.input}\terror: ${line.error?.message ?? ""}`;
}

export async function runDecode(
  args: readonly string[],
  opts: { json: boolean; locale: Locale; stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream },
): Promise<number> {
  let failed = false;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) opts.stdout.write(`${buffer.join("\n")}\n`);
    buffer = [];
  };
  const handle = (input: string) => {
    const line = decodeOne(input, opts.locale);
    if (line.error) failed = true;
    buffer.push(format(line, opts.json));
    if (buffer.length >= 4096) flush();
  };
  if (args.length > 0) {
    for (const a of args) handle(a);
  } else {
    const rl = createInterface({ input: opts.stdin, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of rl) handle(line);
  }
  flush();
  return failed ? 1 : 0;
}
