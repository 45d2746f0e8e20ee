/**
 * Micro-benchmark of the FAQ matcher alone (issue #7 profiling): `npx tsx bench/faq-match.ts`.
 * Runs `match()` over the eval questions (test/faq/eval-questions.json, every language plus the
 * negatives) and the webhook benchmark's questions, and prints microseconds per call.
 * Not part of `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { createFaqMatcher } from "../src/core/faq/matcher.js";
import { ROOT } from "./lib/child.js";
import { mixText } from "./lib/fixtures.js";

interface EvalSet {
  readonly questions: readonly { readonly q: string }[];
  readonly negatives: readonly { readonly q: string }[];
}

const evalSet = JSON.parse(readFileSync(`${ROOT}test/faq/eval-questions.json`, "utf8")) as EvalSet;
const evalQuestions = [...evalSet.questions.map((x) => x.q), ...evalSet.negatives.map((x) => x.q)];
const benchQuestions = Array.from({ length: 15 }, (_, i) => mixText(i)).filter((_, i) => i % 3 === 2);

const built = performance.now();
const matcher = createFaqMatcher();
const buildMs = performance.now() - built;

function perCall(questions: readonly string[], rounds: number): number {
  for (const q of questions) matcher.match(q); // warm-up
  const started = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const q of questions) matcher.match(q);
  return ((performance.now() - started) * 1000) / (rounds * questions.length);
}

console.log(`index build: ${buildMs.toFixed(1)} ms`);
console.log(`eval questions (${evalQuestions.length}): ${perCall(evalQuestions, 10).toFixed(0)} µs/match`);
console.log(
  `bench questions (${benchQuestions.length}): ${perCall(benchQuestions, 400).toFixed(0)} µs/match`,
);
