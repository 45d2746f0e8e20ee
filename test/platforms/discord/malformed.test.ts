/**
 * Discord boundary (issue #11): an interaction or message without what the handlers rely on is
 * logged with its id and skipped; the handler never throws, and a good event after it is handled.
 * (A real discord.js Client is passed but never connected: nothing may reach it for bad events.)
 */
import { Client, type Interaction, type Message } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBot } from "../../../src/bot/index.js";
import { createMessageHandler, type MessageDeps } from "../../../src/platforms/discord/messages.js";
import { createInteractionHandler } from "../../../src/platforms/discord/receive.js";
import { memoryLogger } from "../../support/logger.js";

const malformed: unknown[] = [
  null,
  {},
  { id: "1", type: 2 },
  { id: "1", type: 2, user: null },
  { id: "not-a-snowflake", type: 2, user: { id: "5" } },
  { id: "1", type: "2", user: { id: "5" } },
];

describe("malformed Discord events", () => {
  it("GIVEN malformed interactions THEN each is logged as skipped with its id, nothing throws", async () => {
    const { logger, lines } = memoryLogger("debug");
    const handle = createInteractionHandler({
      bot: createBot({ logger }),
      services: {},
      logger,
      defaultLocale: "en",
      deferAfterMs: 2000,
    });
    for (const event of malformed) await expect(handle(event as Interaction)).resolves.toBeUndefined();
    const skipped = lines().filter((l) => l.msg === "discord interaction malformed, skipped");
    expect(skipped).toHaveLength(malformed.length);
    expect(skipped[2]).toMatchObject({
      interaction: "1",
      problems: expect.arrayContaining([expect.stringContaining("user")]),
    });
  });

  it("GIVEN any object as an interaction THEN the handler resolves (never rejects)", async () => {
    const { logger } = memoryLogger("silent");
    const handle = createInteractionHandler({
      bot: createBot({ logger }),
      services: {},
      logger,
      defaultLocale: "en",
      deferAfterMs: 2000,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          // Passes the id checks but is still no discord.js Interaction.
          fc.record({
            id: fc.stringMatching(/^\d{1,19}$/),
            type: fc.integer(),
            user: fc.record({ id: fc.stringMatching(/^\d{1,19}$/) }),
          }),
        ),
        async (event) => {
          await expect(handle(event as Interaction)).resolves.toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it("GIVEN malformed messages THEN each is skipped and logged, nothing throws", async () => {
    const { logger, lines } = memoryLogger("debug");
    const client = new Client({ intents: [] });
    // Only what a malformed message could reach; delivery parts (outbox) are never touched by it.
    const deps = {
      client,
      bot: createBot({ logger }),
      services: {},
      logger,
      defaultLocale: "en",
      sink: () => undefined,
    } as unknown as MessageDeps;
    const handle = createMessageHandler(deps);
    const bad = [
      null,
      {},
      { id: "9", channelId: "8", content: "hi" },
      { id: "9", channelId: "8", content: 5, author: { id: "1", bot: false } },
    ];
    for (const m of bad) await expect(handle(m as unknown as Message)).resolves.toBeUndefined();
    expect(lines().filter((l) => l.msg === "discord message malformed, skipped")).toHaveLength(bad.length);
    await client.destroy();
  });
});
