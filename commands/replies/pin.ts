/** The main answer: the PIN, the entry steps for one radio type, and the lockout advice. */
import { entrySteps } from "../../src/core/entry-steps.js";
import { t, tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import type { DecodedPrecode } from "../../src/core/precode.js";
import { RADIO_TYPES, type RadioType, radioShortCode } from "../../src/core/radio.js";
import { type Action, type Block, code, paragraph, type Reply, type Section } from "../../src/core/reply.js";
import { actionFor } from "./action-ids.js";

export function pinReply(
  locale: Locale,
  decoded: DecodedPrecode,
  radio: RadioType,
  opts: { replace?: boolean; ephemeral?: boolean } = {},
): Reply {
  const { precode, pin } = decoded;
  const top: Block[] = [paragraph(...tSpans(locale, "dokker.pin", { pin: code(pin) }))];
  const steps: Section = {
    title: t(locale, "dokker.steps.title", { radio: t(locale, `radio.${radio}`) }),
    blocks: [
      {
        kind: "steps",
        items: entrySteps(radio, pin).map((s) => tSpans(locale, s.key, s.params ?? {})),
      },
    ],
  };
  const lockout: Section = {
    title: t(locale, "lockout.title"),
    blocks: [
      paragraph(...tSpans(locale, "lockout.rule")),
      paragraph(...tSpans(locale, "lockout.keep-on")),
      paragraph(...tSpans(locale, "lockout.asked-again")),
    ],
  };
  const others: Action[] = RADIO_TYPES.filter((r) => r !== radio).map((r) => ({
    ...actionFor("dokker.radio", `${precode}.${radioShortCode(r)}`),
    label: t(locale, `action.${r}`),
    style: "secondary" as const,
  }));
  const wrong: Action = {
    ...actionFor("lockout.wrong", `1.${precode}`),
    label: t(locale, "action.wrong-code"),
    style: "danger",
  };
  return {
    locale,
    title: t(locale, "dokker.title", { precode }),
    sections: [{ blocks: top }, steps, lockout],
    actions: [wrong, ...others],
    summary: t(locale, "dokker.summary", { pin, precode }),
    outcome: "dokker.ok",
    ...(opts.replace ? { replace: true } : {}),
    ...(opts.ephemeral === undefined ? {} : { ephemeral: opts.ephemeral }),
  };
}
