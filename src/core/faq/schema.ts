/**
 * Shape of one FAQ entry. Entries are JSON files (one per topic) so translators can edit them
 * without touching code; this schema is the contract they are checked against at load time
 * (`entries/index.ts`) and in CI (`test/faq/schema.test.ts`).
 */
// zod's "mini" build (functions instead of methods): loaded at start-up, ~0.3 MiB against ~6 MiB
// for the classic API (src/config.ts says more).
import * as z from "zod/mini";
import { LOCALES, type Locale } from "../i18n/locales.js";

/**
 * Headings of `radio-facts.md`, the only facts the bot may state. Every entry cites one, so a
 * reviewer can check each answer against its source. A test compares this list with the file.
 */
export const RADIO_FACTS_SECTIONS = [
  "The pre-code and the PIN",
  "Entering the code",
  "Wrong code and lockout",
  "VIN",
  "Which radios use this pre-code scheme",
] as const;

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** An object with exactly one value per locale (no extra keys: a typo like `"ge"` fails). */
function perLocale<T extends z.ZodMiniType>(value: T) {
  const shape = Object.fromEntries(LOCALES.map((l) => [l, value])) as Record<Locale, T>;
  return z.strictObject(shape);
}

const FaqIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case id"));

export const FaqEntrySchema = z.strictObject({
  id: FaqIdSchema,
  title: perLocale(nonEmpty),
  /** Ways people actually ask; at least three per language (they are the main search field). */
  questions: perLocale(z.array(nonEmpty).check(z.minLength(3))),
  /** Synonyms, slang and common misspellings; may be empty for a language. */
  keywords: perLocale(z.array(nonEmpty)),
  /** Plain text: paragraphs separated by a blank line, bullets as lines starting with "- ". */
  answer: perLocale(nonEmpty),
  /** The answer where no support desk is configured, for an answer that sends users to support. */
  answerWithoutDesk: z.optional(perLocale(nonEmpty)),
  source: z
    .string()
    .check(
      z.refine(
        (s) => RADIO_FACTS_SECTIONS.some((section) => s === `radio-facts: ${section}`),
        "source must be `radio-facts: <section heading>`",
      ),
    ),
  related: z.optional(z.array(FaqIdSchema)),
  /**
   * "desk": the entry is about the support desk. Without a desk (SUPPORT_DESK unset) it is not
   * offered as a topic, and a question that matches it is told there is no one to pass it to.
   */
  needs: z.optional(z.literal("desk")),
  /**
   * Words of which a question must contain one (in any language) to be answered with this entry
   * outright; without one it is only offered ("Did you mean…"). For an entry whose keywords also
   * fit questions about something else: "car battery flat" shares the battery words of "the
   * radio asks for a code after a battery change", but says nothing of a radio or a code.
   */
  confidentOnlyWith: z.optional(perLocale(z.array(nonEmpty))),
  /**
   * The answer depends on how many wrong codes were entered (ERROR, the wait): it gets a "How
   * many wrong codes? Choose" button, and for a while a reply that only says how many ("3 times",
   * "zweimal") is answered with the wait after that many.
   */
  asksWrongCount: z.optional(z.literal(true)),
});

export type FaqEntry = z.infer<typeof FaqEntrySchema>;
