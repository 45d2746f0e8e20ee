/** A real CommandContext for tests (no mocks: services are real or absent). */
import type { Services } from "../../commands/services.js";
import type { CommandContext } from "../../commands/types.js";
import type { Locale } from "../../src/core/i18n/locales.js";

export function testContext(
  over: Partial<CommandContext> & { locale?: Locale; services?: Services } = {},
): CommandContext {
  return {
    locale: "en",
    user: { platform: "console", id: "tester" },
    conversation: "console:local",
    chat: "private",
    now: new Date("2026-11-24T10:00:00Z"),
    services: {},
    ...over,
  };
}
