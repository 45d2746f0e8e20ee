/**
 * Every message area merged per locale. To add an area: create `messages/<area>.ts` with
 * `defineMessages({ en, fr, de, es, ro, tr })` and list it in AREAS.
 */
import { LOCALES, type Locale } from "./locales.js";
import { core } from "./messages/core.js";
import { faq } from "./messages/faq.js";
import { images } from "./messages/images.js";
import { privacy } from "./messages/privacy.js";
import { support } from "./messages/support.js";
import { web } from "./messages/web.js";

const AREAS = [core, faq, support, web, privacy, images] as const;

type KeysOf<A> = A extends { en: Readonly<Record<infer K, string>> } ? K : never;
export type MessageKey = KeysOf<(typeof AREAS)[number]>;
export type Catalog = Readonly<Record<MessageKey, string>>;

function merge(locale: Locale): Partial<Catalog> {
  return Object.assign({}, ...AREAS.map((a) => (a as Partial<Record<Locale, object>>)[locale] ?? {}));
}

export const ENGLISH = merge("en") as Catalog;

/** Per locale, the keys it defines (English is complete; others are checked by a test). */
export const CATALOGS: Readonly<Record<Locale, Partial<Catalog>>> = Object.fromEntries(
  LOCALES.map((l) => [l, merge(l)]),
) as Record<Locale, Partial<Catalog>>;
