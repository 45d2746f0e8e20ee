/**
 * `/vin VF1…` — checks a VIN and explains the honest ways to the radio code.
 * Never outputs a PIN: there is no public VIN → code method (radio-facts.md, "VIN").
 */
import { t, tSpans } from "../src/core/i18n/index.js";
import type { Locale } from "../src/core/i18n/locales.js";
import { type Block, code, paragraph, type Reply } from "../src/core/reply.js";
import { parseVin, type VinInfo } from "../src/core/vin.js";
import { EXAMPLE_PRECODE } from "./replies/precode-error.js";
import { contactSupportAction } from "./replies/support.js";
import { hasDesk } from "./services.js";
import type { Command } from "./types.js";

const EXAMPLE_VIN = "UU18SDDJ4F5123456";

function waysBlocks(locale: Locale): Block[] {
  return [
    paragraph(...tSpans(locale, "vin.no-pin")),
    {
      kind: "bullets",
      items: [
        tSpans(locale, "vin.way.card"),
        tSpans(locale, "vin.way.dealer"),
        tSpans(locale, "vin.way.precode", { example: code(`/dokker ${EXAMPLE_PRECODE}`) }),
      ],
    },
    paragraph(...tSpans(locale, "vin.replaced")),
  ];
}

/**
 * With a support desk, the reply offers "Contact support" carrying the VIN (`sp.o:vin:<VIN>`), so
 * staff with dealer access can look the code up. Without one, no button.
 */
function vinReply(locale: Locale, info: VinInfo, withSupport: boolean): Reply {
  const facts: Block[] = [paragraph(...tSpans(locale, "vin.valid"))];
  facts.push(
    info.maker
      ? paragraph(...tSpans(locale, "vin.maker", { wmi: code(info.wmi), maker: t(locale, info.maker) }))
      : paragraph(...tSpans(locale, "vin.maker.unknown", { wmi: code(info.wmi) })),
  );
  if (info.modelYear) facts.push(paragraph(...tSpans(locale, "vin.year", { year: String(info.modelYear) })));
  return {
    locale,
    title: t(locale, "vin.title", { vin: info.vin }),
    sections: [{ blocks: facts }, { title: t(locale, "vin.ways.title"), blocks: waysBlocks(locale) }],
    actions: withSupport ? [contactSupportAction(locale, `vin:${info.vin}`)] : [],
    outcome: "vin.ok",
  };
}

export const vin: Command = {
  name: "vin",
  description: "cmd.vin.description",
  options: [
    {
      name: "vin",
      type: "string",
      description: "cmd.vin.option.vin",
      required: true,
      minLength: 1,
      maxLength: 64,
    },
  ],
  handle: (input, ctx) => {
    const parsed = parseVin(String(input.options.vin ?? ""), ctx.now);
    if (parsed.ok) return vinReply(ctx.locale, parsed.value, hasDesk(ctx.services));
    const params = {
      ...Object.fromEntries(Object.entries(parsed.context).map(([k, v]) => [k, code(v)])),
      example: "/vin",
      vinExample: code(EXAMPLE_VIN),
    };
    return {
      locale: ctx.locale,
      sections: [
        { blocks: [paragraph(...tSpans(ctx.locale, parsed.code, params))] },
        { blocks: waysBlocks(ctx.locale) },
      ],
      actions: [],
      outcome: parsed.code,
    };
  },
};
