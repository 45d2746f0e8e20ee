/**
 * Learned phrasings and misses on a real SQLite store, the learning service built on it (matcher
 * refresh, teach from a ticket, /forget), and the `dokker-bot faq` command line.
 */
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { runFaq } from "../../src/cli/faq.js";
import { openStore, type Store } from "../../src/store/index.js";
import { createFaqLearning, type FaqLearning } from "../../src/support/faq/learning.js";
import { tempDatabaseUrl } from "../support/spawn-bot.js";

const QUESTION = "my stereo went quiet after the mechanic swapped the alternator";
const quiet = { warn: () => undefined };

let store: Store | undefined;
let learning: FaqLearning | undefined;
afterEach(async () => {
  learning?.stop();
  await store?.close();
  store = undefined;
  learning = undefined;
});

async function ticketWith(s: Store, userKey: string, thread: string, text: string) {
  const { ticket } = await s.tickets.openFor({
    userKey,
    platform: "telegram",
    conversation: "telegram:1",
    locale: "en",
    subject: text,
  });
  await s.tickets.setDeskThread(ticket.id, thread);
  await s.tickets.addMessage({
    ticketId: ticket.id,
    direction: "user",
    authorKey: userKey,
    authorName: "U",
    text,
  });
  return ticket;
}

describe("faq learning store (sqlite)", () => {
  it("keeps one row per entry, language and text; lists, removes; no user id is stored", async () => {
    store = await openStore("sqlite::memory:");
    const a = await store.faqLearning.add({ entryId: "cost", locale: "en", text: " is it free " });
    const b = await store.faqLearning.add({ entryId: "cost", locale: "en", text: "is it free" });
    expect(b.id).toBe(a.id);
    expect(await store.faqLearning.list()).toEqual([
      { id: a.id, entryId: "cost", locale: "en", text: "is it free", createdAt: a.createdAt },
    ]);
    expect(await store.faqLearning.remove(a.id)).toBe(true);
    expect(await store.faqLearning.remove(a.id)).toBe(false);
  });

  it("counts misses per question since a time, most frequent first", async () => {
    store = await openStore("sqlite::memory:");
    for (const [q, at] of [
      ["what's the weather", 10],
      ["what's the weather", 20],
      ["pizza", 30],
      ["old", 1],
    ] as const) {
      await store.faqLearning.recordMiss({ question: q, locale: "en" }, at);
    }
    expect(await store.faqLearning.misses(5)).toEqual([
      { question: "what's the weather", locale: "en", count: 2, lastAt: 20 },
      { question: "pizza", locale: "en", count: 1, lastAt: 30 },
    ]);
  });
});

describe("faq learning service", () => {
  it("GIVEN staff teach a ticket's question THEN the matcher answers it confidently; removing it undoes that", async () => {
    store = await openStore("sqlite::memory:");
    learning = createFaqLearning({ store, logger: quiet, refreshMs: 60_000 });
    expect((await learning.matcher()).match(QUESTION).level).not.toBe("confident");
    await ticketWith(store, "telegram:1", "telegram:-100:5", QUESTION);

    const taught = await learning.teachFromTicket("telegram:-100:5", "code-after-battery");
    expect(taught).toEqual({ ok: true, entryId: "code-after-battery", text: QUESTION, locale: "en" });
    const m = (await learning.matcher()).match(QUESTION);
    expect(m).toMatchObject({ level: "confident", best: { id: "code-after-battery" } });

    const [row] = await learning.list();
    expect(await learning.remove(row?.id ?? -1)).toBe(true);
    expect((await learning.matcher()).match(QUESTION).level).not.toBe("confident");
  });

  it("refuses unknown entries and tickets without a user question", async () => {
    store = await openStore("sqlite::memory:");
    learning = createFaqLearning({ store, logger: quiet, refreshMs: 60_000 });
    expect(await learning.teachFromTicket("telegram:-100:9", "no-such-entry")).toEqual({
      ok: false,
      reason: "unknown-entry",
    });
    expect(await learning.teachFromTicket("telegram:-100:9", "cost")).toEqual({
      ok: false,
      reason: "no-question",
    });
  });

  it("GIVEN a second instance on the same database THEN it sees the phrasing after its refresh", async () => {
    const url = tempDatabaseUrl();
    store = await openStore(url);
    const other = await openStore(url);
    const otherLearning = createFaqLearning({ store: other, logger: quiet, refreshMs: 60_000 });
    try {
      learning = createFaqLearning({ store, logger: quiet, refreshMs: 60_000 });
      await ticketWith(store, "telegram:1", "telegram:-100:5", QUESTION);
      await learning.teachFromTicket("telegram:-100:5", "code-after-battery");
      await otherLearning.refresh();
      expect((await otherLearning.matcher()).match(QUESTION).best?.id).toBe("code-after-battery");
    } finally {
      otherLearning.stop();
      await other.close();
    }
  });

  it("GIVEN the periodic re-read finds nothing new THEN the matcher is kept; a change replaces it", async () => {
    store = await openStore("sqlite::memory:");
    learning = createFaqLearning({ store, logger: quiet, refreshMs: 60_000 });
    await learning.refresh();
    const first = await learning.matcher();
    expect(await learning.matcher()).toBe(first);
    await learning.refresh();
    expect(await learning.matcher()).toBe(first); // no rebuild (≈0.3 s of CPU) every 30 s
    // Another instance teaches a phrasing; this one sees it at its next refresh.
    await store.faqLearning.add({ entryId: "code-after-battery", locale: "en", text: QUESTION });
    await learning.refresh();
    const second = await learning.matcher();
    expect(second).not.toBe(first);
    expect(second.match(QUESTION)).toMatchObject({ level: "confident", best: { id: "code-after-battery" } });
  });

  it("GIVEN /forget THEN phrasings that are the user's own ticket words go, others stay", async () => {
    store = await openStore("sqlite::memory:");
    learning = createFaqLearning({ store, logger: quiet, refreshMs: 60_000 });
    await ticketWith(store, "telegram:1", "telegram:-100:5", QUESTION);
    await learning.teachFromTicket("telegram:-100:5", "code-after-battery");
    await store.faqLearning.add({ entryId: "cost", locale: "en", text: "does this cost money" });
    await learning.forgetUser("telegram:1");
    expect((await learning.list()).map((r) => r.text)).toEqual(["does this cost money"]);
  });
});

/** Runs `dokker-bot faq …` in this process (the bin may run a stale `dist/` build). */
async function faqCli(argv: string[], databaseUrl: string) {
  const { positionals, flags } = parseArgs(argv);
  let stdout = "";
  let stderr = "";
  const sink = (write: (s: string) => void) =>
    new Writable({
      write: (chunk, _enc, done) => {
        write(String(chunk));
        done();
      },
    });
  const code = await runFaq(positionals[1], flags, {
    stdout: sink((t) => {
      stdout += t;
    }),
    stderr: sink((t) => {
      stderr += t;
    }),
    databaseUrl,
  });
  return { code, stdout, stderr };
}

describe("dokker-bot faq", () => {
  it("lists and removes learned phrasings, and counts misses since a duration", async () => {
    const url = tempDatabaseUrl();
    const s = await openStore(url);
    const row = await s.faqLearning.add({ entryId: "cost", locale: "fr", text: "c'est gratos ?" });
    await s.faqLearning.recordMiss({ question: "pizza near me", locale: "en" });
    await s.faqLearning.recordMiss({ question: "pizza near me", locale: "en" });
    await s.faqLearning.recordMiss({ question: "ancient", locale: "en" }, Date.now() - 30 * 86_400_000);
    await s.close();

    const listed = await faqCli(["faq", "learned"], url);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(`${row.id}\tcost\tfr\tc'est gratos ?\n`);

    const misses = await faqCli(["faq", "misses", "--since", "7d"], url);
    expect(misses.stdout).toBe("2\ten\tpizza near me\n");

    expect((await faqCli(["faq", "learned", "--remove", String(row.id)], url)).code).toBe(0);
    expect((await faqCli(["faq", "learned", "--remove", String(row.id)], url)).code).toBe(1);
    expect((await faqCli(["faq", "learned"], url)).stdout).toBe("No learned phrasings.\n");
    const bad = await faqCli(["faq", "misses", "--since", "soon"], url);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since takes a duration");
    expect((await faqCli(["faq", "what"], url)).code).toBe(2);
  });
});
