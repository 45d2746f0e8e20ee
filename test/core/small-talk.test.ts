/**
 * Small talk (src/core/small-talk.ts): greetings, thanks, goodbyes and "ok" in the six languages
 * are recognised with their language; anything with more in it is not small talk.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallTalk } from "../../src/core/small-talk.js";

describe("smallTalk", () => {
  it.each([
    ["hello", "greeting", ["en"]],
    ["Bonjour !", "greeting", ["fr"]],
    ["Merhaba", "greeting", ["tr"]],
    ["Bună ziua", "greeting", ["ro"]],
    ["hola buenas tardes", "greeting", ["es"]],
    ["Guten Morgen", "greeting", ["de"]],
    ["salut", "greeting", ["fr", "ro"]],
    ["thx, it worked!!", "thanks", ["en"]],
    ["merci beaucoup ça marche", "thanks", ["fr"]],
    ["Danke, hat geklappt", "thanks", ["de"]],
    ["muchas gracias", "thanks", ["es"]],
    ["Mulțumesc frumos", "thanks", ["ro"]],
    ["mulțumesc mult", "thanks", ["ro"]],
    ["çok teşekkürler", "thanks", ["tr"]],
    ["hi, thanks", "thanks", ["en"]],
    ["ok", "ack", []],
    ["tamam", "ack", ["tr"]],
    ["au revoir", "bye", ["fr"]],
    ["hiiii", "greeting", ["en"]],
    ["bjr", "greeting", ["fr"]],
    ["mrc bcp", "thanks", ["fr"]],
    ["d'accord", "ack", ["fr"]],
    ["tmm", "ack", ["tr"]],
    ["👍", "ack", []],
    ["👍🏽", "ack", []],
    ["🙂 👌", "ack", []],
    ["🙏🙏", "thanks", []],
    ["❤️", "thanks", []],
    ["👍 🙏", "thanks", []],
    ["👋", "greeting", []],
    ["thanks 👍", "thanks", ["en"]],
    ["help", "help", ["en"]],
    ["Help me please!", "help", ["en"]],
    ["hi, help", "help", ["en"]],
    ["aide svp", "help", ["fr"]],
    ["j'ai besoin d'aide", "help", ["fr"]],
    ["Hilfe bitte", "help", ["de"]],
    ["necesito ayuda por favor", "help", ["es"]],
    ["ajutor vă rog", "help", ["ro"]],
    ["Yardım edin!", "help", ["tr"]],
  ])("%s → %s %j", (text, kind, locales) => {
    const talk = smallTalk(text);
    expect(talk?.kind).toBe(kind);
    if (talk) expect(talk.locales).toEqual(locales);
  });

  it.each([
    "hello my radio shows CODE",
    "help, my radio says CODE",
    "aide : où est le pré-code ?",
    "merci, mais où est le pré-code ?",
    "V284",
    "the code doesn't work",
    "no funciona",
    "ne merge",
    "",
    "hello hello hello hello hello hello hello",
    "😢",
    "👍 😡",
    "🤔",
    "👍👍👍👍👍👍👍",
  ])("%s is not small talk", (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });

  it("a message holding any word outside the small-talk words is never small talk", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("hello", "merci", "danke", "ok", "bonjour", "thanks"), { maxLength: 3 }),
        fc.constantFrom("radio", "code", "V284", "battery", "batterie", "nerede", "wo"),
        fc.nat(3),
        (words, other, at) => {
          const all: string[] = [...words];
          all.splice(Math.min(at, all.length), 0, other);
          expect(smallTalk(all.join(" "))).toBeUndefined();
        },
      ),
    );
  });
});
