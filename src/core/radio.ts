/**
 * Radio types the entry steps are written for (shared notes `radio-facts.md`, "Entering the code").
 * All of them use buttons 1–4 for the digits and a long press on 6 (5 on some faceplates) to
 * confirm; the steering-wheel control confirms with its lower button (MR-413 86A-9).
 */
export const RADIO_TYPES = ["radio-cd", "plug-radio", "renault-tuner", "steering-wheel"] as const;
export type RadioType = (typeof RADIO_TYPES)[number];
export const DEFAULT_RADIO: RadioType = "radio-cd";

export function isRadioType(s: string): s is RadioType {
  return (RADIO_TYPES as readonly string[]).includes(s);
}

/** Short codes keep Telegram `callback_data` under 64 bytes. */
const SHORT: Record<RadioType, string> = {
  "radio-cd": "cd",
  "plug-radio": "pr",
  "renault-tuner": "rt",
  "steering-wheel": "sw",
};

export function radioShortCode(r: RadioType): string {
  return SHORT[r];
}

export function radioFromShortCode(s: string): RadioType | undefined {
  return RADIO_TYPES.find((r) => SHORT[r] === s);
}
