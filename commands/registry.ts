/**
 * The command registry. Commands are listed explicitly with their file (type-checked, no
 * file-system scanning); `loadCommands` checks every one's shape when this module loads, at
 * start-up, and names the bad file, as the discord.js guide's loader does. Commands that need the
 * command list (/help, /start) get it passed in, so no command imports the registry (no cycle).
 */
import { block } from "./block.js";
import { close } from "./close.js";
import { code } from "./code.js";
import { dokker } from "./dokker.js";
import { faq } from "./faq.js";
import { forget } from "./forget.js";
import { helpCommand } from "./help.js";
import { label } from "./label-photo.js";
import { language } from "./language.js";
import { learned } from "./learned.js";
import { lockout } from "./lockout.js";
import { mydata } from "./mydata.js";
import { reply } from "./reply.js";
import { snippet } from "./snippet.js";
import { startCommand } from "./start.js";
import { support } from "./support.js";
import { teach } from "./teach.js";
import type { ActionHandler, Command } from "./types.js";
import { unblock } from "./unblock.js";
import { vin } from "./vin.js";

export { isOffered } from "./help.js";

/** A command and the file it comes from (named when it is malformed). */
export interface CommandFile {
  readonly file: string;
  readonly command: Partial<Command>;
}

const listAll = (): readonly Command[] => ALL;

const FILES: readonly CommandFile[] = [
  { file: "commands/start.ts", command: startCommand(listAll) },
  { file: "commands/help.ts", command: helpCommand(listAll) },
  { file: "commands/dokker.ts", command: dokker },
  { file: "commands/lockout.ts", command: lockout },
  { file: "commands/vin.ts", command: vin },
  { file: "commands/faq.ts", command: faq },
  { file: "commands/language.ts", command: language },
  { file: "commands/support.ts", command: support },
  { file: "commands/forget.ts", command: forget },
  { file: "commands/mydata.ts", command: mydata },
  { file: "commands/label-photo.ts", command: label },
  // Staff commands (audience "staff"), used inside support desk threads.
  { file: "commands/reply.ts", command: reply },
  { file: "commands/snippet.ts", command: snippet },
  { file: "commands/teach.ts", command: teach },
  { file: "commands/learned.ts", command: learned },
  { file: "commands/code.ts", command: code },
  { file: "commands/close.ts", command: close },
  { file: "commands/block.ts", command: block },
  { file: "commands/unblock.ts", command: unblock },
];

/**
 * Checks every command file and returns the commands; throws one error naming every bad file
 * (shape, duplicate command names, duplicate button ids).
 */
export function loadCommands(files: readonly CommandFile[]): readonly Command[] {
  const problems = files.flatMap(({ file, command }) => validateCommand(command, file));
  const names = new Map<string, string>();
  const actions = new Map<string, string>();
  for (const { file, command } of files) {
    const other = command.name ? names.get(command.name) : undefined;
    if (other) problems.push(`${file}: command name "${command.name}" is already used by ${other}`);
    if (command.name) names.set(command.name, file);
    for (const action of command.actions ?? []) {
      const owner = actions.get(action.id);
      if (owner) problems.push(`${file}: button id "${action.id}" is already used by ${owner}`);
      actions.set(action.id, file);
    }
  }
  if (problems.length > 0) throw new Error(`Bad command file(s):\n  ${problems.join("\n  ")}`);
  return files.map((f) => f.command as Command);
}

const ALL: readonly Command[] = loadCommands(FILES);

export function listCommands(): readonly Command[] {
  return ALL;
}

export function findCommand(name: string): Command | undefined {
  const lower = name.toLowerCase();
  return ALL.find((c) => c.name === lower);
}

export function findAction(id: string): ActionHandler | undefined {
  for (const c of ALL) {
    const a = c.actions?.find((h) => h.id === id);
    if (a) return a;
  }
  return undefined;
}

/** Problems with a command's shape, as readable sentences (empty when fine). */
function validateCommand(c: Partial<Command>, file: string): string[] {
  const problems: string[] = [];
  if (!c.name || !/^[a-z][a-z0-9_-]{0,31}$/.test(c.name))
    problems.push(`${file}: name must be 1–32 lower-case chars`);
  if (typeof c.handle !== "function") problems.push(`${file}: missing handle()`);
  if (!c.description) problems.push(`${file}: missing description`);
  for (const o of c.options ?? []) {
    if (!/^[a-z][a-z0-9_-]{0,31}$/.test(o.name)) problems.push(`${file}: bad option name ${o.name}`);
  }
  return problems;
}
