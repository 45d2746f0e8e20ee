/**
 * Localised text. `t()` fills `{name}` placeholders with strings; `tSpans()` fills them with
 * styled spans so a translated sentence can carry a bold PIN wherever the language puts it.
 */
import { plain, type Span } from "../reply.js";
import { CATALOGS, ENGLISH, type MessageKey } from "./catalogs.js";
import type { Locale } from "./locales.js";

export type { MessageKey } from "./catalogs.js";
export * from "./locales.js";

export type Params = Readonly<Record<string, string | number>>;
export type SpanParams = Readonly<Record<string, string | number | Span>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

function template(locale: Locale, key: MessageKey): string {
  return CATALOGS[locale][key] ?? ENGLISH[key] ?? key;
}

export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  return template(locale, key).replace(PLACEHOLDER, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Like `t()` but returns spans; string params become plain text, Span params keep their style. */
export function tSpans(locale: Locale, key: MessageKey, params: SpanParams = {}): Span[] {
  const tpl = template(locale, key);
  const spans: Span[] = [];
  let last = 0;
  for (const m of tpl.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) spans.push(plain(tpl.slice(last, at)));
    const v = params[m[1] ?? ""];
    if (v === undefined) spans.push(plain(m[0]));
    else spans.push(typeof v === "object" ? v : plain(String(v)));
    last = at + m[0].length;
  }
  if (last < tpl.length) spans.push(plain(tpl.slice(last)));
  return spans;
}

/** "1 minute" / "8 minutes" in the locale. */
export function minutes(locale: Locale, count: number): string {
  return count === 1 ? t(locale, "unit.minute.one") : t(locale, "unit.minute.other", { count });
}

/** Every locale's text for one key (Discord `description_localizations`, Telegram per language). */
export function allTranslations(key: MessageKey): Record<Locale, string> {
  return Object.fromEntries((Object.keys(CATALOGS) as Locale[]).map((l) => [l, t(l, key)])) as Record<
    Locale,
    string
  >;
}
