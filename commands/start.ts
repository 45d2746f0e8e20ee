/**
 * `/start [payload]` — Telegram sends it when a chat begins; `t.me/<bot>?start=A123` deep links
 * carry a pre-code as payload, which is decoded right away. Without one it greets and shows the
 * help over the command list the registry passes in.
 */
import { t, tSpans } from "../src/core/i18n/index.js";
import { code, paragraph } from "../src/core/reply.js";
import { dokker } from "./dokker.js";
import { helpReply } from "./help.js";
import { EXAMPLE_PRECODE } from "./replies/precode-error.js";
import { hasDesk, takesPhotos } from "./services.js";
import type { Command } from "./types.js";

export function startCommand(list: () => readonly Command[]): Command {
  return {
    name: "start",
    description: "cmd.start.description",
    hidden: true,
    options: [
      {
        name: "payload",
        type: "string",
        description: "cmd.dokker.option.precode",
        required: false,
        maxLength: 64,
      },
    ],
    handle: (input, ctx) => {
      const payload = String(input.options.payload ?? "").trim();
      if (payload !== "") return dokker.handle({ options: { precode: payload } }, ctx);
      const helpSections = helpReply(ctx.locale, list(), hasDesk(ctx.services), takesPhotos(ctx)).sections;
      return {
        locale: ctx.locale,
        title: t(ctx.locale, "bot.name"),
        sections: [
          {
            blocks: [
              paragraph(...tSpans(ctx.locale, "start.welcome")),
              paragraph(...tSpans(ctx.locale, "start.how", { example: code(EXAMPLE_PRECODE) })),
            ],
          },
          ...helpSections,
        ],
        actions: [],
        outcome: "start.ok",
      };
    },
  };
}
