/**
 * Every message area, every locale: this is what makes "a missing translation fails CI" true.
 * Areas are read generically through `CATALOGS`/`ENGLISH`, so a new area listed in `catalogs.ts`
 * is checked without touching this file. Failures name the locale and the key.
 */
import { describe, expect, it } from "vitest";
import { CATALOGS, ENGLISH, type MessageKey } from "../../src/core/i18n/catalogs.js";
import { allTranslations, LOCALES, type Locale, t, tSpans } from "../../src/core/i18n/index.js";
import { bold, code, type Span } from "../../src/core/reply.js";

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;
const ENGLISH_KEYS = Object.keys(ENGLISH) as MessageKey[];
const OTHER_LOCALES = LOCALES.filter((l) => l !== "en");

/** Placeholder names in order of appearance, sorted, so duplicates and omissions both show. */
function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "").sort();
}

function catalog(locale: Locale): Readonly<Record<string, string | undefined>> {
  return CATALOGS[locale] as Readonly<Record<string, string | undefined>>;
}

/** Discord: command and option descriptions 1–100 characters, command names 1–32. */
const DISCORD_DESCRIPTION_MAX = 100;
const DISCORD_NAME_MAX = 32;

describe("message catalogs", () => {
  it("has English messages", () => {
    expect(ENGLISH_KEYS.length).toBeGreaterThan(0);
    for (const key of ENGLISH_KEYS) expect(ENGLISH[key].trim(), `en: ${key} is empty`).not.toBe("");
  });

  it("covers every locale", () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)("%s", (locale) => {
    const messages = catalog(locale);

    it("has every English key, non-empty", () => {
      const problems: string[] = [];
      for (const key of ENGLISH_KEYS) {
        const text = messages[key];
        if (text === undefined) problems.push(`${locale}: missing ${key}`);
        else if (text.trim() === "") problems.push(`${locale}: empty ${key}`);
      }
      expect(problems).toEqual([]);
    });

    it("keeps exactly English's {placeholders} for every key", () => {
      const problems: string[] = [];
      for (const key of ENGLISH_KEYS) {
        const text = messages[key];
        if (text === undefined) continue; // reported as missing above
        const want = placeholders(ENGLISH[key]);
        const got = placeholders(text);
        if (want.join(",") !== got.join(",")) {
          problems.push(`${locale}: ${key} has {${got.join("}, {")}} but English has {${want.join("}, {")}}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("has no keys English lacks", () => {
      const extra = Object.keys(messages)
        .filter((key) => !Object.hasOwn(ENGLISH, key))
        .map((key) => `${locale}: unknown key ${key}`);
      expect(extra).toEqual([]);
    });

    it("keeps command texts within Discord's limits", () => {
      const problems: string[] = [];
      for (const key of ENGLISH_KEYS.filter((k) => k.startsWith("cmd."))) {
        const text = messages[key];
        if (text === undefined) continue;
        const max = key.endsWith(".name") ? DISCORD_NAME_MAX : DISCORD_DESCRIPTION_MAX;
        if ([...text].length > max) {
          problems.push(`${locale}: ${key} is ${[...text].length} characters (max ${max}): ${text}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it("uses the right diacritics for Romanian (comma below) and Turkish (cedilla)", () => {
    const problems: string[] = [];
    for (const [locale, wrong] of [
      ["ro", /[şţŞŢ]/u],
      ["tr", /[șțȘȚ]/u],
    ] as const) {
      for (const [key, text] of Object.entries(catalog(locale))) {
        if (text !== undefined && wrong.test(text))
          problems.push(`${locale}: ${key} uses ${text.match(wrong)?.[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("t()", () => {
  it("fills placeholders in every locale", () => {
    for (const locale of LOCALES) {
      const text = t(locale, "dokker.summary", { pin: "4727", precode: "V284" });
      expect(text, `${locale}: dokker.summary`).toContain("4727");
      expect(text, `${locale}: dokker.summary`).toContain("V284");
      expect(text, `${locale}: dokker.summary`).not.toMatch(PLACEHOLDER);
    }
  });

  it("falls back to English when a locale lacks a key", () => {
    const key: MessageKey = "help.title";
    const fr = CATALOGS.fr as Partial<Record<MessageKey, string>>;
    const saved = fr[key];
    expect(saved, "fr: help.title should exist before the test removes it").toBeDefined();
    expect(t("fr", key)).not.toBe(ENGLISH[key]);
    delete fr[key];
    try {
      expect(t("fr", key)).toBe(ENGLISH[key]);
    } finally {
      if (saved !== undefined) fr[key] = saved;
    }
    expect(t("fr", key)).toBe(saved);
  });
});

describe("tSpans()", () => {
  it("keeps span params styled, in every locale", () => {
    for (const locale of LOCALES) {
      const spans = tSpans(locale, "lockout.reminder.pin", { precode: code("V284"), pin: bold("4727") });
      expect(spans, `${locale}: lockout.reminder.pin`).toContainEqual<Span>({ style: "bold", text: "4727" });
      expect(spans, `${locale}: lockout.reminder.pin`).toContainEqual<Span>({ style: "code", text: "V284" });
      expect(spans.map((s) => s.text).join(""), `${locale}: lockout.reminder.pin`).toBe(
        t(locale, "lockout.reminder.pin", { precode: "V284", pin: "4727" }),
      );
      const styled = spans.filter((s) => s.style !== "plain").map((s) => s.text);
      expect(styled.sort(), `${locale}: only params are styled`).toEqual(["4727", "V284"]);
    }
  });

  it("turns string and number params into plain text", () => {
    const spans = tSpans("de", "lockout.attempt", { attempt: 2, duration: "2 Minuten" });
    expect(spans.every((s) => s.style === "plain")).toBe(true);
    expect(spans.map((s) => s.text).join("")).toBe(
      t("de", "lockout.attempt", { attempt: 2, duration: "2 Minuten" }),
    );
  });
});

describe("allTranslations()", () => {
  it("returns all six locales", () => {
    const all = allTranslations("cmd.dokker.description");
    expect(Object.keys(all).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      expect(all[locale], `${locale}: cmd.dokker.description`).toBe(t(locale, "cmd.dokker.description"));
    }
    for (const locale of OTHER_LOCALES) {
      expect(all[locale], `${locale}: cmd.dokker.description is still English`).not.toBe(all.en);
    }
  });
});
