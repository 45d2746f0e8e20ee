/** `/help` — what the bot can do, listing the public commands in the user's language. */
import { t, tSpans } from "../src/core/i18n/index.js";
import type { Locale } from "../src/core/i18n/locales.js";
import { code, paragraph, type Reply } from "../src/core/reply.js";
import { isPublicCommand, listCommands } from "./registry.js";
import type { Command } from "./types.js";

export function helpReply(locale: Locale): Reply {
  const items = listCommands()
    .filter(isPublicCommand)
    .map((c) =>
      tSpans(locale, "help.item", { command: code(`/${c.name}`), description: t(locale, c.description) }),
    );
  return {
    locale,
    title: t(locale, "help.title"),
    sections: [
      { blocks: [paragraph(...tSpans(locale, "help.commands")), { kind: "bullets", items }] },
      { blocks: [paragraph(...tSpans(locale, "help.tip"))] },
    ],
    actions: [],
    outcome: "help.ok",
  };
}

export const help: Command = {
  name: "help",
  description: "cmd.help.description",
  options: [],
  handle: (_input, ctx) => helpReply(ctx.locale),
};
