/** `/language [code]` — the user's explicit language choice, stored in their profile. */
import { t, tSpans } from "../src/core/i18n/index.js";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "../src/core/i18n/locales.js";
import { otherLanguageNotice } from "../src/core/i18n/other-language-notices.js";
import { code, paragraph, plain, type Reply } from "../src/core/reply.js";
import { userKeyOf } from "../src/core/user-key.js";
import { ACTION_IDS, actionFor } from "./replies/action-ids.js";
import type { Command, CommandContext } from "./types.js";

function chooser(ctx: CommandContext, unknown?: string): Reply {
  const text = unknown
    ? tSpans(ctx.locale, "language.unknown", { language: code(unknown) })
    : tSpans(ctx.locale, "language.choose");
  return {
    locale: ctx.locale,
    sections: [{ blocks: [paragraph(...text)] }],
    actions: LOCALES.map((l) => ({ ...actionFor("language.set", l), label: LOCALE_NAMES[l] })),
    outcome: unknown ? "language.unknown" : "language.choose",
  };
}

/**
 * A message in a language the bot does not speak (Italian, Polish, Arabic…): say so in the
 * user's language, name the six it does (each in its own words, on the buttons too) and say what
 * works whatever the language: the pre-code. Nothing is guessed, nothing stored.
 */
export function otherLanguageReply(ctx: CommandContext, other: string): Reply {
  const native = otherLanguageNotice(other);
  return {
    locale: ctx.locale,
    sections: [
      {
        blocks: [
          ...(native ? [paragraph(plain(native))] : []),
          paragraph(...tSpans(ctx.locale, "language.other")),
        ],
      },
    ],
    actions: LOCALES.map((l) => ({ ...actionFor("language.set", l), label: LOCALE_NAMES[l] })),
    outcome: "language.other",
  };
}

async function setLanguage(locale: Locale, ctx: CommandContext): Promise<Reply> {
  await ctx.services.profiles?.update(userKeyOf(ctx.user), { locale });
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, "language.set"))] }],
    actions: [],
    summary: t(locale, "language.set"),
    outcome: "language.set",
  };
}

export const language: Command = {
  name: "language",
  description: "cmd.language.description",
  options: [
    {
      name: "language",
      type: "string",
      description: "cmd.language.option.language",
      required: false,
      maxLength: 10,
    },
  ],
  handle: (input, ctx) => {
    const raw = String(input.options.language ?? "")
      .trim()
      .toLowerCase();
    if (raw === "") return chooser(ctx);
    return isLocale(raw) ? setLanguage(raw, ctx) : chooser(ctx, raw.slice(0, 10));
  },
  autocomplete: () => LOCALES.map((l) => ({ name: LOCALE_NAMES[l], value: l })),
  actions: [
    {
      id: ACTION_IDS["language.set"],
      handle: (payload, ctx) => (isLocale(payload) ? setLanguage(payload, ctx) : chooser(ctx)),
    },
  ],
};
