/**
 * VIN checks that can honestly be made (shared notes `radio-facts.md`, "VIN"):
 * 17 characters from A–H J–N P R–Z 0–9; the maker from the WMI (first three); the model year
 * from position 10. European Dacia/Renault VINs carry no North-American check digit, so it is
 * not checked. There is no public VIN → radio code method: nothing here produces a PIN.
 */
import { err, ok, type Result } from "./result.js";

export type VinErrorCode = "vin.empty" | "vin.length" | "vin.characters";

export interface VinInfo {
  readonly vin: string;
  readonly wmi: string;
  /** Message key of the maker, when the WMI is known. */
  readonly maker?: "vin.maker.dacia" | "vin.maker.renault" | "vin.maker.renault-group";
  readonly modelYear?: number;
}

const MAKERS: Readonly<Record<string, VinInfo["maker"]>> = {
  UU1: "vin.maker.dacia",
  VF1: "vin.maker.renault",
  VF2: "vin.maker.renault-group",
  X7L: "vin.maker.renault-group",
  "8A1": "vin.maker.renault-group",
  "93Y": "vin.maker.renault-group",
  MEE: "vin.maker.renault-group",
};

/** Position-10 year codes in order; the cycle repeats every 30 years (1980, 2010, 2040). */
const YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

export function modelYear(code: string, now: Date): number | undefined {
  const i = YEAR_CODES.indexOf(code);
  if (i < 0) return undefined;
  const latest = now.getUTCFullYear() + 1;
  let year = 1980 + i;
  while (year + 30 <= latest) year += 30;
  return year;
}

export function parseVin(input: string, now: Date = new Date()): Result<VinInfo, VinErrorCode> {
  // Drop separators people type; validate BEFORE upper-casing (non-ASCII must not fold to ASCII).
  const compact = String(input ?? "").replace(/[\s\-.]/g, "");
  if (compact === "") return err("vin.empty", {});
  if (!/^[A-Za-z0-9]*$/.test(compact)) return err("vin.characters", { found: compact.slice(0, 40) });
  const vin = compact.toUpperCase();
  if (vin.length !== 17) return err("vin.length", { length: String(vin.length) });
  const bad = [...vin].filter((c) => c === "I" || c === "O" || c === "Q");
  if (bad.length > 0) return err("vin.characters", { found: [...new Set(bad)].join(", ") });
  const wmi = vin.slice(0, 3);
  const maker = MAKERS[wmi];
  const year = modelYear(vin.charAt(9), now);
  return ok({ vin, wmi, ...(maker ? { maker } : {}), ...(year ? { modelYear: year } : {}) });
}

/**
 * A VIN typed or pasted into a chat ("UU1…", "my VIN is VF1…"): a token of exactly 17 letters
 * and digits with at least one of each. I, O and Q are kept (the reply explains them). Undefined
 * when the text holds none, or more than one different one.
 */
export function findVin(text: string): string | undefined {
  const found = new Set<string>();
  for (const token of text.split(/[^A-Za-z0-9]+/)) {
    if (token.length === 17 && /[A-Za-z]/.test(token) && /\d/.test(token)) found.add(token.toUpperCase());
  }
  return found.size === 1 ? [...found][0] : undefined;
}
