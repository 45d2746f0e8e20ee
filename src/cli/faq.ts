/**
 * `dokker-bot faq learned [--remove ID]` and `dokker-bot faq misses [--since 7d]`: curating the
 * knowledge base from the database the bot runs on (DATABASE_URL, as for `start`).
 * Exit 0 ok, 1 nothing to remove, 2 usage.
 */
import type { Writable } from "node:stream";
import { parseDuration } from "../core/durations.js";
import { openStore } from "../store/index.js";

const DEFAULT_SINCE = "7d";

export async function runFaq(
  sub: string | undefined,
  flags: Readonly<Record<string, string | true>>,
  io: { stdout: Writable; stderr: Writable; databaseUrl: string; now?: number },
): Promise<number> {
  if (sub !== "learned" && sub !== "misses") {
    io.stderr.write("Usage: dokker-bot faq learned [--remove ID] | dokker-bot faq misses [--since 7d]\n");
    return 2;
  }
  const remove = flags.remove;
  const since = typeof flags.since === "string" ? flags.since : DEFAULT_SINCE;
  const sinceMs = parseDuration(since);
  if (sub === "misses" && sinceMs === undefined) {
    io.stderr.write(`--since takes a duration such as 12h, 7d or 2w (got "${since}").\n`);
    return 2;
  }
  if (sub === "learned" && remove !== undefined && !/^\d+$/.test(String(remove))) {
    io.stderr.write("--remove takes the number of a learned phrasing (see dokker-bot faq learned).\n");
    return 2;
  }
  const store = await openStore(io.databaseUrl);
  try {
    if (sub === "learned") {
      if (remove !== undefined) {
        const removed = await store.faqLearning.remove(Number(remove));
        io.stdout.write(
          removed ? `Removed learned phrasing ${remove}.\n` : `No learned phrasing ${remove}.\n`,
        );
        return removed ? 0 : 1;
      }
      const rows = await store.faqLearning.list();
      if (rows.length === 0) io.stdout.write("No learned phrasings.\n");
      for (const r of rows) io.stdout.write(`${r.id}\t${r.entryId}\t${r.locale}\t${oneLine(r.text)}\n`);
      return 0;
    }
    const rows = await store.faqLearning.misses((io.now ?? Date.now()) - (sinceMs ?? 0));
    if (rows.length === 0) io.stdout.write(`No unmatched questions in the last ${since}.\n`);
    for (const r of rows) io.stdout.write(`${r.count}\t${r.locale}\t${oneLine(r.question)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
