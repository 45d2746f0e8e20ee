import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionsRadioCode } from "../../src/core/asks-for-code.js";

describe("mentionsRadioCode", () => {
  it("GIVEN a message about the radio's code, in any of the six languages THEN yes", () => {
    for (const s of [
      "what is my radio code",
      "Radio zeigt CODE an, was tun?",
      "ma radio affiche CODE",
      "la radio pide código",
      "radioul cere codul",
      "radyo kod istiyor",
      "radyo şifresi nedir",
    ])
      expect(mentionsRadioCode(s), s).toBe(true);
  });

  it("GIVEN a message about the pre-code, or without a code THEN no", () => {
    for (const s of [
      "where is the pre-code?",
      "où est le pré-code",
      "Wo ist der Vorcode?",
      "ön kod nerede",
      "hello",
      "codec",
    ])
      expect(mentionsRadioCode(s), s).toBe(false);
  });

  it("GIVEN any text with 'pre-code' in it THEN no", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        expect(mentionsRadioCode(`${a} pre-code ${b}`)).toBe(false);
      }),
    );
  });
});
