/**
 * The command registry. Commands are listed explicitly (type-checked, no file-system scanning);
 * `validateCommand` still checks each one's shape at start-up and names the bad one, as the
 * discord.js guide's loader does.
 */
import { block } from "./block.js";
import { close } from "./close.js";
import { code } from "./code.js";
import { dokker } from "./dokker.js";
import { faq } from "./faq.js";
import { forget } from "./forget.js";
import { help } from "./help.js";
import { language } from "./language.js";
import { lockout } from "./lockout.js";
import { reply } from "./reply.js";
import { snippet } from "./snippet.js";
import { start } from "./start.js";
import { support } from "./support.js";
import type { ActionHandler, Command } from "./types.js";
import { unblock } from "./unblock.js";
import { vin } from "./vin.js";

const ALL: readonly Command[] = [
  start,
  help,
  dokker,
  lockout,
  vin,
  faq,
  language,
  support,
  forget,
  // Staff commands (audience "staff"), used inside support desk threads.
  reply,
  snippet,
  code,
  close,
  block,
  unblock,
];

export function listCommands(): readonly Command[] {
  return ALL;
}

/** Commands shown to everyone (/help, platform command menus): not hidden, not staff-only. */
export const isPublicCommand = (c: Pick<Command, "hidden" | "audience">): boolean =>
  !c.hidden && c.audience !== "staff";

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
export function validateCommand(c: Partial<Command>, file = "?"): string[] {
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
