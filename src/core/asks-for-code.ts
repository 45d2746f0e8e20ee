/**
 * Whether a message talks about the radio's code itself ("what is my radio code", "radyo kod
 * istiyor", "la radio pide código") rather than the pre-code ("where is the pre-code", "ön kod
 * nerede"). A question about the code that the FAQ can't place is first told the one thing that
 * gets the code: send the pre-code.
 */
import { tokenize } from "./faq/normalize.js";

/** The code, folded, in the six languages: code, Radiocode, cod/codul, código, kod/kodu, şifre, PIN. */
const CODE =
  /^(?:codes?|radiocode|cod|codul|coduri|codigo|codigos|kod|kodu|kodum|kodunu|kodlar|sifre|sifresi|pin)$/;
/** Tokens that make it about the pre-code (tokenize joins "pré-code", "ön kod"). */
const PRECODE = /^(?:precod[a-z]*|onkod|vorcode)$/;

export function mentionsRadioCode(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t) => CODE.test(t)) && !tokens.some((t) => PRECODE.test(t));
}
