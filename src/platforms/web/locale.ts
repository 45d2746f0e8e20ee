/**
 * The page's language: `?lang=` (the visitor's choice) wins, else the browser's `Accept-Language`
 * (RFC 9110 §12.5.4: comma-separated tags with optional `;q=` weights), else the default.
 */
import { type Locale, localeFromTag } from "../../core/i18n/locales.js";

/** The supported locale the browser prefers most, or undefined. Never throws. */
export function pickLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0 && r.tag !== "" && r.tag !== "*")
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranked) {
    const locale = localeFromTag(r.tag);
    if (locale) return locale;
  }
  return undefined;
}

/** A `lang` value from a request body or query: a short language tag, else undefined. */
export function langParam(value: unknown): string | undefined {
  return typeof value === "string" &&
    /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(value) &&
    value.length <= 35
    ? value
    : undefined;
}
