/** Checks option values against the command's declared types and ranges (text input is untyped). */
import type { Command, OptionValues } from "../../commands/types.js";

export interface OptionProblem {
  readonly option: string;
  readonly min: number;
  readonly max: number;
}

export function coerceOptions(
  command: Command,
  values: OptionValues,
): { ok: true; values: OptionValues } | { ok: false; problem: OptionProblem } {
  const out: Record<string, string | number | undefined> = { ...values };
  for (const o of command.options) {
    const v = values[o.name];
    if (o.type !== "integer" || v === undefined || v === "") continue;
    const n = typeof v === "number" ? v : /^\s*-?\d+\s*$/.test(v) ? Number.parseInt(v, 10) : Number.NaN;
    const min = o.min ?? Number.MIN_SAFE_INTEGER;
    const max = o.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isInteger(n) || n < min || n > max)
      return { ok: false, problem: { option: o.name, min, max } };
    out[o.name] = n;
  }
  return { ok: true, values: out };
}
