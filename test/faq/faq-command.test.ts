import { describe, expect, it } from "vitest";
import { encodeAction } from "../../commands/replies/action-ids.js";
import { createBot } from "../../src/bot/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { replyToPlainText } from "../../src/core/reply.js";
import { testContext } from "../support/context.js";
import { memoryLogger } from "../support/logger.js";
import { cli } from "../support/run.js";

function setup() {
  const unmatched: { question: string; lang: Locale }[] = [];
  const bot = createBot({ logger: memoryLogger().logger });
  const ctx = testContext({
    services: { observer: { faqUnmatched: (question, lang) => unmatched.push({ question, lang }) } },
  });
  return { bot, ctx, unmatched };
}

describe("FAQ in the conversation", () => {
  it("GIVEN a French question from an English-locale user THEN the answer is in French", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("j'ai changé la batterie et la radio demande un code", ctx);
    expect(reply?.outcome).toBe("faq.answer");
    expect(reply?.locale).toBe("fr");
    expect(replyToPlainText(reply ?? { locale: "en", sections: [], actions: [], outcome: "" })).toMatch(
      /batterie/,
    );
  });

  it("GIVEN /faq in a language the bot does not speak THEN the six languages; a pre-code in that language is still decoded", async () => {
    const { bot, ctx } = setup();
    const asked = await bot.runCommand(
      "faq",
      { question: "la radio chiede il codice dopo il cambio della batteria" },
      ctx,
    );
    expect(asked.outcome).toBe("language.other");
    expect(replyToPlainText(asked)).toContain("Non parlo ancora l'italiano");
    // The pre-code works in any language: the code, not the language notice.
    const withPrecode = await bot.runText("il codice della mia radio è V284? grazie mille", ctx);
    expect(withPrecode?.outcome).toBe("dokker.ok");
    expect(replyToPlainText(withPrecode ?? asked)).toContain("4727");
  });

  it("GIVEN 'radio says CODE LOCK' THEN the lockout answer asks how many, with related topic buttons that work", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("radio says CODE LOCK", ctx);
    expect(reply?.title).toMatch(/CODE LOCK/);
    const [howMany, related] = reply?.actions ?? [];
    const ask = await bot.runAction(encodeAction(howMany?.id ?? "", howMany?.payload ?? ""), ctx);
    expect(ask.outcome).toBe("lockout.ask");
    expect(related).toBeDefined();
    const next = await bot.runAction(encodeAction(related?.id ?? "", related?.payload ?? ""), ctx);
    expect(next.outcome).toBe("faq.answer");
  });

  it("GIVEN an off-topic question THEN no confident answer, common questions offered, and it is reported", async () => {
    const { bot, ctx, unmatched } = setup();
    const reply = await bot.runText("what's the weather tomorrow", ctx);
    expect(reply?.outcome).toBe("faq.none");
    expect(reply?.actions.length).toBeGreaterThan(0);
    expect(unmatched).toEqual([{ question: "what's the weather tomorrow", lang: "en" }]);
  });

  it("GIVEN a vague question THEN 'Did you mean' buttons for at most three entries", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("radio", ctx);
    expect(["faq.unsure", "faq.none"]).toContain(reply?.outcome);
    expect(reply?.actions.length ?? 0).toBeLessThanOrEqual(3);
  });

  it("GIVEN free text in a group THEN the bot stays quiet", async () => {
    const { bot } = setup();
    expect(await bot.runText("where is the precode", testContext({ chat: "group" }))).toBeUndefined();
  });

  it("GIVEN /faq without a question THEN every topic is listed; autocomplete returns ids and titles", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runCommand("faq", {}, ctx);
    expect(reply.outcome).toBe("faq.topics");
    const faq = bot.commands.find((c) => c.name === "faq");
    const choices = (await faq?.autocomplete?.("question", "pre", ctx)) ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    const answer = await bot.runCommand("faq", { question: choices[0]?.value ?? "" }, ctx);
    expect(answer.outcome).toBe("faq.answer");
  });

  it("GIVEN /language xx THEN the six languages are offered as buttons", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("/language klingon", ctx);
    expect(reply?.outcome).toBe("language.unknown");
    expect(reply?.actions.map((a) => a.payload)).toEqual(["en", "fr", "de", "es", "ro", "tr"]);
    const set = await bot.runAction(encodeAction(reply?.actions[3]?.id ?? "", "es"), ctx);
    expect(set.locale).toBe("es");
    expect(set.outcome).toBe("language.set");
  });
});

describe("dokker-bot ask", () => {
  it("GIVEN a Turkish question THEN a confident Turkish answer as JSON", async () => {
    const { code, stdout } = await cli(["ask", "radyonun ön kodu nerede yazıyor", "--json"]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Record<string, unknown>;
    expect(r).toMatchObject({ id: "where-is-precode", lang: "tr", confident: true });
    expect(typeof r.score).toBe("number");
    expect(String(r.answer)).toContain("V284");
  });

  it("GIVEN an off-topic question THEN id null and exit 1", async () => {
    const { code, stdout } = await cli(["ask", "tell me a joke", "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ id: null, answer: null, confident: false });
  });

  it("GIVEN no question THEN usage error 2", async () => {
    expect((await cli(["ask"])).code).toBe(2);
  });
});
