/** Shared inputs for the benchmarks: the message mix, tokens, temp databases, free ports. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TG_TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
export const TG_SECRET = "bench_secret-1";
export const DISCORD_TOKEN = "bench-discord-token.SECRET-0123456789";

const PRECODES = ["A123", "V284", "B456", "D789", "E321", "T512", "R908"];
const QUESTIONS = [
  "where do I find the pre-code?",
  "how do I enter the code on the radio",
  "the radio shows ERROR, what now?",
  "is this free?",
  "my radio shows CODE after changing the battery",
];

/** The mix the issue asks for: /dokker commands, bare pre-codes, FAQ questions, in turn. */
export function mixText(i: number): string {
  const precode = PRECODES[i % PRECODES.length] ?? "A123";
  if (i % 3 === 0) return `/dokker ${precode}`;
  if (i % 3 === 1) return precode;
  return QUESTIONS[i % QUESTIONS.length] ?? "is this free?";
}

export function tempSqlite(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), "dokker-bench-")), "bot.db")}`;
}
