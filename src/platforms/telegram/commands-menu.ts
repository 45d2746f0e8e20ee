/**
 * The command menu (the "/" button in Telegram clients): one setMyCommands call per language
 * (`language_code`) plus the default list without a language, in English, which Telegram shows
 * to users whose language has no list of its own. Hidden commands (/start), staff commands and,
 * without a support desk, /support are left out.
 * @see https://core.telegram.org/bots/api#setmycommands
 */
import { isOffered } from "../../../commands/registry.js";
import type { Command } from "../../../commands/types.js";
import { allTranslations } from "../../core/i18n/index.js";
import { DEFAULT_LOCALE, LOCALES } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { Delivery } from "./delivery.js";
import { truncatePlain } from "./render.js";

export interface BotCommand {
  readonly command: string;
  readonly description: string;
}

export interface CommandMenu {
  /** Absent for the default list. */
  readonly language_code?: string;
  readonly commands: readonly BotCommand[];
}

/** Telegram: command 1-32 of a-z 0-9 _; description 1-256 characters. */
const NAME = /^[a-z0-9_]{1,32}$/;

function commandMenus(commands: readonly Command[], desk: boolean): CommandMenu[] {
  const visible = commands.filter((c) => isOffered(c, desk) && NAME.test(c.name));
  const texts = visible.map((c) => ({ name: c.name, byLocale: allTranslations(c.description) }));
  const list = (locale: (typeof LOCALES)[number]) =>
    texts.map((c) => ({ command: c.name, description: truncatePlain(c.byLocale[locale] || c.name, 256) }));
  return [
    { commands: list(DEFAULT_LOCALE) },
    ...LOCALES.map((l) => ({ language_code: l, commands: list(l) })),
  ];
}

/** Registers every menu; a failure is logged and does not stop the bot (commands still work). */
export async function registerCommandMenus(
  delivery: Delivery,
  commands: readonly Command[],
  logger: Logger,
  desk: boolean,
): Promise<void> {
  const menus = commandMenus(commands, desk);
  const results = await Promise.allSettled(
    menus.map((menu) => delivery.call({ method: "setMyCommands", payload: { ...menu } })),
  );
  const failed = results.filter((r) => r.status === "rejected").length;
  if (failed > 0) logger.warn({ failed, total: menus.length }, "telegram command menu not fully registered");
  else logger.debug({ menus: menus.length }, "telegram command menus registered");
}
