import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../src/core/faq/entries/index.js";
import { FaqEntrySchema, RADIO_FACTS_SECTIONS } from "../../src/core/faq/schema.js";
import { LOCALES, type Locale } from "../../src/core/i18n/locales.js";

const entriesDir = fileURLToPath(new URL("../../src/core/faq/entries/", import.meta.url));
const jsonFiles = readdirSync(entriesDir).filter((f) => f.endsWith(".json"));
const indexSource = readFileSync(`${entriesDir}index.ts`, "utf8");
const raw = jsonFiles.map((file) => ({
  file,
  data: JSON.parse(readFileSync(`${entriesDir}${file}`, "utf8")),
}));

/**
 * The shared notes live next to the repository (`../shared/notes`), not in it: checked when the
 * folder is there (development machines), skipped with a note otherwise.
 */
const RADIO_FACTS = fileURLToPath(new URL("../../../shared/notes/radio-facts.md", import.meta.url));

const REQUIRED_TOPICS = [
  "where-is-precode",
  "pn-radio-precode",
  "show-precode-buttons",
  "label-unreadable",
  "free-code-card-dealer",
  "enter-code",
  "steering-wheel-entry",
  "error-code-lock",
  "wait-between-attempts",
  "code-after-battery",
  "scrambled-sound-beeps",
  "code-not-working",
  "replaced-radio",
  "vin-to-code",
  "where-is-vin",
  "supported-radios",
  "medianav-rlink",
  "legal-safe",
  "cost",
  "display-0000-code",
  "how-to-use-bot",
  "contact-support",
  "privacy-forget",
  "no-power-blank-display",
  "precode-a0-rejected",
  "dokker-radio",
];

describe("FAQ knowledge base", () => {
  it("has at least 26 entries covering every required topic", () => {
    expect(FAQ_ENTRIES.length).toBeGreaterThanOrEqual(26);
    const ids = new Set(FAQ_ENTRIES.map((e) => e.id));
    for (const id of REQUIRED_TOPICS) expect(ids.has(id), id).toBe(true);
  });

  it.each(jsonFiles)("%s is imported by entries/index.ts", (file) => {
    expect(indexSource).toContain(`"./${file}"`);
  });

  it.each(raw)("$file validates and is named after its id", ({ file, data }) => {
    const parsed = FaqEntrySchema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(file).toBe(`${parsed.data?.id}.json`);
  });

  it("has unique ids, and every related id exists and is not the entry itself", () => {
    const ids = FAQ_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(jsonFiles.length);
    for (const e of FAQ_ENTRIES) {
      for (const r of e.related ?? []) {
        expect(ids, `${e.id} → ${r}`).toContain(r);
        expect(r).not.toBe(e.id);
      }
    }
  });

  it.each(FAQ_ENTRIES.map((e) => [e.id, e] as const))("%s: every locale is present and non-empty", (_, e) => {
    for (const l of LOCALES) {
      expect(e.title[l].trim()).not.toBe("");
      expect(e.answer[l].trim()).not.toBe("");
      expect(e.questions[l].length).toBeGreaterThanOrEqual(3);
      // Titles become Discord autocomplete choices: at most 100 characters.
      expect(e.title[l].length).toBeLessThanOrEqual(100);
    }
  });

  it.each(FAQ_ENTRIES.map((e) => [e.id, e] as const))("%s: answers are plain text", (_, e) => {
    for (const l of LOCALES)
      for (const answer of [e.answer[l], e.answerWithoutDesk?.[l] ?? ""]) {
        expect(answer, l).not.toMatch(/<\/?[a-z][^>]*>/i); // HTML tags
        expect(answer, l).not.toMatch(/\*\*|__|`|~~|\[[^\]]*\]\(/); // Markdown
        expect(answer, l).not.toMatch(/^#{1,6}\s|^\s*[*•]\s/m); // headings, other bullet marks
        expect(answer, l).not.toMatch(/\n{3,}|[ \t]+$/m); // one blank line between paragraphs
        expect(answer, l).not.toMatch(/100\s?%|guarantee|garanti/i); // no marketing promises
      }
  });

  it.each(FAQ_ENTRIES.filter((e) => e.needs !== "desk").map((e) => [e.id, e] as const))(
    "%s: without a support desk, the answer never sends the user to support",
    (_, e) => {
      const support: Record<Locale, RegExp> = {
        en: /support/i,
        fr: /support|assistance/i,
        de: /support/i,
        es: /soporte/i,
        ro: /suport|asisten/i,
        tr: /destek/i,
      };
      for (const l of LOCALES) expect(e.answerWithoutDesk?.[l] ?? e.answer[l], l).not.toMatch(support[l]);
    },
  );

  it("cites a section of radio-facts.md", () => {
    for (const e of FAQ_ENTRIES) {
      const section = e.source.replace(/^radio-facts: /, "");
      expect(RADIO_FACTS_SECTIONS as readonly string[]).toContain(section);
    }
  });

  it("RADIO_FACTS_SECTIONS match the headings of radio-facts.md", (ctx) => {
    if (!existsSync(RADIO_FACTS)) {
      ctx.skip(`shared notes absent: ${RADIO_FACTS} (../shared/notes next to the repository) not found`);
    }
    const headings = readFileSync(RADIO_FACTS, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3));
    for (const section of RADIO_FACTS_SECTIONS) {
      expect(
        headings.some((h) => h.startsWith(section)),
        section,
      ).toBe(true);
    }
  });

  it("never offers a PIN computed from a VIN", () => {
    const vin = FAQ_ENTRIES.find((e) => e.id === "vin-to-code");
    for (const l of LOCALES) expect(vin?.answer[l]).toMatch(/VIN|FIN/);
    expect(vin?.answer.en).toMatch(/^No\./);
  });
});
