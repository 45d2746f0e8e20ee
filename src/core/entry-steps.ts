/**
 * Entry steps personalised with the PIN's digits. Returns message keys and parameters only;
 * the wording lives in the catalog (`src/core/i18n`).
 */
import type { MessageKey } from "./i18n/index.js";
import type { RadioType } from "./radio.js";

export interface Step {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string>>;
}

const ORDINAL_KEYS = ["steps.digit.1", "steps.digit.2", "steps.digit.3", "steps.digit.4"] as const;

export function entrySteps(radio: RadioType, pin: string): Step[] {
  const digits = [...pin];
  const steps: Step[] = [{ key: radio === "plug-radio" ? "steps.switch-on.plug" : "steps.switch-on" }];
  digits.forEach((digit, i) => {
    const key = ORDINAL_KEYS[i];
    if (key) steps.push({ key, params: { button: String(i + 1), digit } });
  });
  if (radio === "steering-wheel") {
    steps.push({ key: "steps.confirm.steering" });
  } else {
    steps.push({ key: "steps.confirm" });
  }
  steps.push({ key: "steps.done" });
  return steps;
}
