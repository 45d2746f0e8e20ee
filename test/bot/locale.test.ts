/**
 * The answer language (src/bot/locale.ts) against a real SQLite store: one profile read per update
 * (the adapter's), the conversation language written only when it changes, and store failures
 * logged at warn - never swallowed silently, never failing the answer.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ProfileStore, Services } from "../../commands/services.js";
import type { CommandContext } from "../../commands/types.js";
import { createBot } from "../../src/bot/index.js";
import { rememberConversationLanguage, resolveLocale } from "../../src/bot/locale.js";
import { openStore, type Store } from "../../src/store/index.js";
import { createProfileService } from "../../src/support/privacy/profiles.js";
import { testContext } from "../support/context.js";
import { memoryLogger } from "../support/logger.js";

/** The real profile service, counting what reaches the store. */
function counted(inner: ProfileStore) {
  const calls = { get: 0, update: 0 };
  const profiles: ProfileStore = {
    get: (key) => {
      calls.get += 1;
      return inner.get(key);
    },
    update: (key, patch) => {
      calls.update += 1;
      return inner.update(key, patch);
    },
  };
  return { profiles, calls };
}

const FRENCH = "Comment entrer le code de mon autoradio ?";
const GERMAN = "Wie gebe ich den Code für mein Radio ein?";

let store: Store;
beforeEach(async () => {
  store = await openStore("sqlite::memory:");
});
afterEach(async () => {
  await store.close();
});

/** What an adapter does for each update: read the profile once, then run the bot. */
async function update(services: Services, text: string, key = "console:tester"): Promise<CommandContext> {
  const { logger } = memoryLogger("silent");
  const id = key.slice(key.indexOf(":") + 1);
  const language = await resolveLocale(services, key, undefined, "en", logger);
  const ctx = testContext({ ...language, user: { platform: "console", id }, services });
  await createBot({ logger }).runText(text, ctx);
  return ctx;
}

describe("answer language", () => {
  it("GIVEN a first-time user asking in French THEN one read and one write; asking again THEN one read, no write", async () => {
    const { profiles, calls } = counted(createProfileService(store));
    const services: Services = { profiles };
    const first = await update(services, FRENCH);
    expect(first.localeFrom).toBe("default");
    expect(calls).toEqual({ get: 1, update: 1 });
    const second = await update(services, FRENCH);
    expect(second).toMatchObject({ locale: "fr", localeFrom: "conversation" });
    expect(calls).toEqual({ get: 2, update: 1 });
    await update(services, GERMAN);
    expect(calls).toEqual({ get: 3, update: 2 });
    expect((await store.profiles.get("console:tester"))?.conversationLocale).toBe("de");
  });

  it("GIVEN a message in a language the bot does not speak THEN it says which six it speaks, in the user's language, and stores nothing", async () => {
    const { profiles, calls } = counted(createProfileService(store));
    await update({ profiles }, FRENCH); // the conversation is French now
    const { logger } = memoryLogger("silent");
    const language = await resolveLocale({ profiles }, "console:tester", undefined, "en", logger);
    const ctx = testContext({
      ...language,
      user: { platform: "console", id: "tester" },
      services: { profiles },
    });
    const reply = await createBot({ logger }).runText(
      "buongiorno, la radio chiede il codice, cosa devo fare?",
      ctx,
    );
    expect(reply?.outcome).toBe("language.other");
    expect(reply?.locale).toBe("fr");
    // One sentence in Italian first, then the same in the conversation's language.
    const paragraphs = JSON.stringify(reply?.sections);
    expect(paragraphs).toContain("Non parlo ancora l'italiano");
    expect(paragraphs.indexOf("Non parlo")).toBeLessThan(paragraphs.indexOf("Je ne lis pas encore"));
    // Cyrillic is several languages: no sentence in one of them, only the user's.
    const cyrillic = await createBot({ logger }).runText("радио просит код", ctx);
    expect(cyrillic?.outcome).toBe("language.other");
    expect(cyrillic?.sections[0]?.blocks).toHaveLength(1);
    expect(reply?.actions.map((a) => a.label)).toEqual([
      "English",
      "Français",
      "Deutsch",
      "Español",
      "Română",
      "Türkçe",
    ]);
    expect(calls.update).toBe(1); // the French question's, nothing for the Italian one
    expect((await store.profiles.get("console:tester"))?.conversationLocale).toBe("fr");
  });

  it("GIVEN an explicit /language THEN it wins and a question in another language writes nothing", async () => {
    const { profiles, calls } = counted(createProfileService(store));
    await store.profiles.update("console:tester", { locale: "ro" });
    const ctx = await update({ profiles }, GERMAN);
    expect(ctx).toMatchObject({ locale: "ro", localeFrom: "choice" });
    expect(calls).toEqual({ get: 1, update: 0 });
  });

  it("GIVEN the store fails THEN the platform's language is used and the failure is logged at warn with the error", async () => {
    const broken: ProfileStore = {
      get: () => Promise.reject(new Error("database is locked")),
      update: () => Promise.reject(new Error("database is locked")),
    };
    const log = memoryLogger("debug");
    const language = await resolveLocale({ profiles: broken }, "telegram:1", "de-DE", "en", log.logger);
    expect(language).toEqual({ locale: "de", localeFrom: "platform" });
    const ctx = testContext({ ...language, services: { profiles: broken } });
    await rememberConversationLanguage(ctx, FRENCH, log.logger);
    const warnings = log.lines().filter((l) => l.level === 40);
    expect(warnings.map((w) => w.msg)).toEqual([
      "profile not readable; answering in the platform's language",
      "conversation language not stored",
    ]);
    for (const w of warnings) expect(w.err).toMatchObject({ message: "database is locked" });
  });
});
