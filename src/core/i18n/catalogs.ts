import { type Catalog, en } from "./en.js";
import type { Locale } from "./locales.js";

/**
 * Every locale's catalog. Translations are added here as they are written; a test fails CI when
 * a locale is missing or lacks a key.
 */
export const CATALOGS: Readonly<Partial<Record<Locale, Catalog>>> & { en: Catalog } = { en };
