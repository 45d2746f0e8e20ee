/**
 * `/help` — what the bot can do, listing the public commands in the user's language.
 * The command list is passed in by the registry (help does not import the registry: no cycle).
 */
import { t, tSpans } from "../src/core/i18n/index.js";
import type { Locale } from "../src/core/i18n/locales.js";
import { code, paragraph, type Reply } from "../src/core/reply.js";
import { hasDesk, takesPhotos } from "./services.js";
import type { Command } from "./types.js";

/** Commands shown to everyone (/help, platform command menus): not hidden, not staff-only. */
const isPublicCommand = (c: Pick<Command, "hidden" | "audience">): boolean =>
  !c.hidden && c.audience !== "staff";

/** Public commands this deployment offers: without a support desk, /support is left out. */
export const isOffered = (c: Pick<Command, "hidden" | "audience" | "needs">, desk: boolean): boolean =>
  isPublicCommand(c) && (c.needs !== "desk" || desk);

/**
 * `photos`: label photos are read here (a reader is configured and the platform can send one —
 * not the terminal chat), so the tip says a photo of the label works too.
 */
export function helpReply(
  locale: Locale,
  commands: readonly Command[],
  desk: boolean,
  photos = false,
): Reply {
  const items = commands
    .filter((c) => isOffered(c, desk))
    .map((c) =>
      tSpans(locale, "help.item", { command: code(`/${c.name}`), description: t(locale, c.description) }),
    );
  return {
    locale,
    title: t(locale, "help.title"),
    sections: [
      { blocks: [paragraph(...tSpans(locale, "help.commands")), { kind: "bullets", items }] },
      { blocks: [paragraph(...tSpans(locale, photos ? "help.tip.photo" : "help.tip"))] },
    ],
    actions: [],
    outcome: "help.ok",
  };
}

/** `/help` over the commands `list()` returns when it runs. */
export function helpCommand(list: () => readonly Command[]): Command {
  return {
    name: "help",
    description: "cmd.help.description",
    options: [],
    handle: (_input, ctx) => helpReply(ctx.locale, list(), hasDesk(ctx.services), takesPhotos(ctx)),
  };
}
