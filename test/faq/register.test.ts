import { describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../src/core/faq/entries/index.js";
import { CATALOGS } from "../../src/core/i18n/catalogs.js";

/**
 * One form of address per language, in the FAQ answers and the interface texts alike: German and
 * French formal (Sie, vous). A reply that switches from "Warten Sie" to "schick mir" mid-chat
 * reads as two different bots. User-side question phrasings are what users type: not checked.
 */
const INFORMAL: Readonly<Record<"de" | "fr", RegExp>> = {
  de: /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b/i,
  fr: /\b(tu|toi|ton|ta|tes)\b/i,
};

describe("form of address", () => {
  for (const locale of ["de", "fr"] as const) {
    it(`GIVEN the ${locale} FAQ answers and interface texts THEN none addresses the user informally`, () => {
      const texts = [
        ...FAQ_ENTRIES.map((e) => [e.id, e.answer[locale]] as const),
        ...Object.entries(CATALOGS[locale]).map(([key, text]) => [key, String(text)] as const),
      ];
      const informal = texts.filter(([, text]) => INFORMAL[locale].test(text ?? "")).map(([id]) => id);
      expect(informal).toEqual([]);
    });
  }
});
