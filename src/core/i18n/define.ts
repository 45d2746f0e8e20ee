import type { Locale } from "./locales.js";

/**
 * One message area (core, faq, support…) in every language. English defines the keys; other
 * languages must use exactly those keys (type-checked) and must all be present (a CI test,
 * `test/core/i18n.test.ts`, fails on any missing locale or key).
 */
export type AreaMessages<K extends string> = { readonly en: Readonly<Record<K, string>> } & {
  readonly [L in Exclude<Locale, "en">]?: Readonly<Record<K, string>>;
};

export function defineMessages<K extends string>(area: AreaMessages<K>): AreaMessages<K> {
  return area;
}
