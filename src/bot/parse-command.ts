/**
 * Text commands as typed in the terminal or Telegram: `/dokker a123`, `/dokker@DokkerBot A123`.
 * A command addressed to another bot (`/help@OtherBot`) is not ours: returns `{ foreign: true }`.
 */
import type { Command, OptionValues } from "../../commands/types.js";

export interface ParsedCommandText {
  readonly name: string;
  readonly args: string;
  readonly foreign: boolean;
}

const COMMAND = /^\/([A-Za-z0-9_-]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/;

export function parseCommandText(text: string, botUsername?: string): ParsedCommandText | undefined {
  const m = COMMAND.exec(text.trim());
  if (!m) return undefined;
  const mention = m[2];
  const foreign =
    mention !== undefined && botUsername !== undefined && mention.toLowerCase() !== botUsername.toLowerCase();
  return { name: (m[1] ?? "").toLowerCase(), args: (m[3] ?? "").trim(), foreign };
}

/**
 * Maps free argument text onto a command's typed options: the last one takes the rest of the line.
 * Attachment options are not typed (their files come with the message), so they take no text.
 */
export function argsToOptions(command: Command, args: string): OptionValues {
  const values: Record<string, string> = {};
  const opts = command.options.filter((o) => o.type !== "attachment");
  if (opts.length === 0 || args === "") return values;
  let rest = args;
  opts.forEach((o, i) => {
    if (rest === "") return;
    if (i === opts.length - 1) {
      values[o.name] = rest;
      rest = "";
      return;
    }
    const m = /^(\S+)\s*([\s\S]*)$/.exec(rest);
    values[o.name] = m?.[1] ?? "";
    rest = m?.[2] ?? "";
  });
  return values;
}
