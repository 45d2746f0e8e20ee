import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAQ_ENTRIES } from "../../src/core/faq/entries/index.js";
import { DECODE_TOPIC, followUpTopics } from "../../src/core/faq/follow-up.js";
import { createFaqMatcher } from "../../src/core/faq/matcher.js";
import { fold, tokenize } from "../../src/core/faq/normalize.js";
import { LOCALES } from "../../src/core/i18n/locales.js";

const matcher = createFaqMatcher();
const LEVELS = ["confident", "unsure", "none"];

describe("fold and tokenize", () => {
  it("folds accents, case, Turkish dotless i and ß", () => {
    expect(fold("Ön Kodu İSTİYOR ışık")).toBe("on kodu istiyor isik");
    expect(fold("Größe Mégane șasiu")).toBe("grosse megane sasiu");
  });

  it("joins spellings of one word", () => {
    expect(tokenize("pré-code, pre code, precode")).toEqual(["precode", "precode", "precode"]);
    expect(tokenize("CODE LOCK")).toEqual(["codelock"]);
    expect(tokenize("Plug & Radio")).toEqual(["plugradio"]);
  });
});

describe("createFaqMatcher", () => {
  it("GIVEN a question in another language than the user's THEN answers in the question's", () => {
    const m = matcher.match("j'ai changé la batterie et la radio demande un code", { locale: "de" });
    expect(m.lang).toBe("fr");
    expect(m.best?.id).toBe("code-after-battery");
    expect(m.level).toBe("confident");
  });

  it("GIVEN a question too short to detect THEN keeps the user's locale, then English", () => {
    expect(matcher.match("CODE LOCK", { locale: "ro" }).lang).toBe("ro");
    expect(matcher.match("CODE LOCK").lang).toBe("en");
    expect(matcher.match("CODE LOCK").best?.id).toBe("error-code-lock");
  });

  it("GIVEN a bare greeting THEN level is none", () => {
    for (const q of ["hello", "bonjour", "merhaba", "hola", "bună", "hallo"]) {
      const m = matcher.match(q);
      expect(m.level, q).toBe("none");
      expect(m.best).toBeUndefined();
    }
  });

  it("GIVEN one vague word or a stray radio word in chatter THEN it is not confident", () => {
    for (const q of [
      "radio",
      "code",
      "kod",
      "bitcoin wallet code",
      "how much is the bitcoin price",
      "cooking cod recipe",
      "vin rouge ou blanc",
    ]) {
      expect(matcher.match(q).level, q).not.toBe("confident");
    }
    expect(matcher.match("weather in paris today").level).toBe("none");
  });

  it("GIVEN a question in a language the bot does not speak THEN it says which, and matches nothing", () => {
    const m = matcher.match("dzien dobry, radio pokazuje CODE, co mam zrobic", { locale: "fr" });
    expect(m).toMatchObject({ other: "pl", level: "none", lang: "fr", suggestions: [] });
    expect(matcher.match("radio kod istiyor").other).toBeUndefined();
  });

  it("GIVEN words that reach a topic only through a misspelling THEN no topic; typos beside a real word still match", () => {
    // "recette" is one letter from "reset" (the lockout's wait), but no word of it is the FAQ's.
    expect(matcher.match("recette du gateau").level).toBe("none");
    expect(matcher.match("wher is the precod").best?.id).toBe("where-is-precode");
    expect(matcher.match("radoi code plz").level).toBe("unsure");
  });

  it("GIVEN only the car's battery, no radio or code THEN the battery entry is offered, not answered", () => {
    for (const q of ["my car battery is flat again", "batterie de la voiture morte", "akü şarj olmuyor"]) {
      const m = matcher.match(q);
      expect(m.level, q).not.toBe("confident");
    }
    for (const q of [
      "radio wants a code after new battery",
      "autoradio bloqué après changement de batterie",
    ]) {
      const m = matcher.match(q);
      expect([m.level, m.best?.id], q).toEqual(["confident", "code-after-battery"]);
    }
  });

  it("returns at most three suggestions, best first, including best", () => {
    const m = matcher.match("radio code");
    expect(m.suggestions.length).toBeLessThanOrEqual(3);
    expect(m.suggestions[0]?.id).toBe(m.best?.id);
    const scores = m.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("best.confident agrees with level", () => {
    for (const q of ["radio says CODE LOCK", "what time is it", "radio code"]) {
      const m = matcher.match(q);
      if (m.best) expect(m.best.confident).toBe(m.level === "confident");
    }
  });

  it("get, answer and titles expose the knowledge base", () => {
    expect(matcher.get("enter-code")?.id).toBe("enter-code");
    expect(matcher.get("nope")).toBeUndefined();
    expect(matcher.answer("enter-code", "tr")).toContain("/dokker");
    expect(matcher.answer("nope", "en")).toBeUndefined();
    for (const l of LOCALES) expect(matcher.titles(l)).toHaveLength(FAQ_ENTRIES.length);
  });

  it("search suggests titles for a partly typed query (autocomplete)", () => {
    expect(matcher.search("", "en")).toHaveLength(Math.min(25, FAQ_ENTRIES.length));
    expect(matcher.search("code l", "en")[0]?.id).toBe("error-code-lock");
    expect(matcher.search("medianav", "fr")[0]?.id).toBe("medianav-rlink");
    expect(matcher.search("batterie", "de").map((t) => t.id)).toContain("code-after-battery");
    expect(matcher.search("radio", "en", 5)).toHaveLength(5);
  });

  it("works with a custom knowledge base", () => {
    const only = FAQ_ENTRIES.filter((e) => e.id === "cost");
    const small = createFaqMatcher(only);
    expect(small.match("is it free").best?.id).toBe("cost");
    expect(small.match("radio says CODE LOCK").best?.id).not.toBe("error-code-lock");
  });

  it("never throws and always returns a valid level, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme", maxLength: 200 }),
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ minLength: 5_000, maxLength: 20_000 }),
        ),
        fc.constantFrom(undefined, ...LOCALES),
        (text, locale) => {
          const m = matcher.match(text, locale ? { locale } : undefined);
          expect(LEVELS).toContain(m.level);
          expect(LOCALES).toContain(m.lang);
          expect(m.suggestions.length).toBeLessThanOrEqual(3);
          expect(m.level === "none").toBe(m.best === undefined);
        },
      ),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it("a previous answer only reorders an unsure reply: same level, same first three or a follow-up topic first", () => {
    const words = FAQ_ENTRIES.flatMap((e) => e.questions.en.join(" ").split(/\s+/)).slice(0, 400);
    const byId = new Map(FAQ_ENTRIES.map((e) => [e.id, e]));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(DECODE_TOPIC, ...FAQ_ENTRIES.map((e) => e.id)),
        (picked, previous) => {
          const text = picked.join(" ");
          const alone = matcher.match(text);
          const after = matcher.match(text, { previous });
          expect(after.level).toBe(alone.level);
          const first = after.suggestions[0]?.id;
          if (first === alone.suggestions[0]?.id) {
            expect(after.suggestions).toEqual(alone.suggestions);
          } else {
            expect(alone.level).toBe("unsure");
            expect(followUpTopics(previous, byId)).toContain(first);
            expect(after.best?.id).toBe(first);
            expect(after.best?.confident).toBe(false);
          }
        },
      ),
      { numRuns: 400, seed: 20261208 },
    );
  });

  it("stays fast on a huge message", () => {
    const huge = "radio code batterie ".repeat(50_000);
    const start = performance.now();
    matcher.match(huge);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
