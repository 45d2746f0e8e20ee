import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCloseArgs } from "../../commands/close-args.js";
import { encodeAction } from "../../commands/replies/action-ids.js";
import { createMessenger } from "../../src/app-messenger.js";
import { formatDuration, parseDuration } from "../../src/core/durations.js";
import { LOCALES } from "../../src/core/i18n/locales.js";
import { support } from "../../src/core/i18n/messages/support.js";
import { PlatformError } from "../../src/platforms/errors.js";
import { splitNotes } from "../../src/support/desk/desk.js";
import { createHarness, type Harness, text } from "./harness.js";

describe("'Contact support' on replies", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness("sqlite");
  });
  afterEach(async () => {
    await h.close();
  });

  const ids = (r: { actions: readonly { id: string; payload: string }[] } | undefined) =>
    (r?.actions ?? []).map((a) => encodeAction(a.id, a.payload));

  it("GIVEN a desk WHEN a PIN, lockout advice or a bad pre-code is answered in private THEN it offers sp.o", async () => {
    expect(ids(await h.bot.runText("V284", h.user()))).toContain("sp.o");
    expect(ids(await h.bot.runText("/lockout 3", h.user()))).toContain("sp.o");
    expect(ids(await h.bot.runText("A012", h.user()))).toContain("sp.o");
    const pin = await h.bot.runText("V284", h.user());
    expect(pin?.actions.length).toBeLessThanOrEqual(8);
  });

  it("GIVEN /vin THEN 'Contact support' carries the VIN, once, within 64 bytes", async () => {
    const reply = await h.bot.runText("/vin UU18SDDJ4F5123456", h.user());
    const support = ids(reply).filter((d) => d.startsWith("sp.o"));
    expect(support).toEqual(["sp.o:vin:UU18SDDJ4F5123456"]);
    expect(Buffer.byteLength(support[0] ?? "")).toBeLessThanOrEqual(64);
    const opened = await h.bot.runAction(support[0] ?? "", h.user());
    expect(opened.outcome).toBe("support.opened");
    expect(h.channel.headers[0]?.vin).toBe("UU18SDDJ4F5123456");
    expect(h.channel.headers[0]?.lines.join("\n")).toContain("never derives a code from a VIN");
  });

  it("GIVEN a group chat, staff, an ephemeral notice, or no desk THEN no button", async () => {
    expect(ids(await h.bot.runText("/dokker V284", h.user("42", { chat: "group" })))).not.toContain("sp.o");
    expect(ids(await h.bot.runText("/dokker V284", h.user("42", { staff: true })))).not.toContain("sp.o");
    expect(ids(await h.bot.runText("/frobnicate", h.user()))).not.toContain("sp.o");
    const noDesk = h.user("42", { services: {} });
    expect(ids(await h.bot.runText("V284", noDesk))).not.toContain("sp.o");
    expect(ids(await h.bot.runText("/vin UU18SDDJ4F5123456", noDesk))).not.toContain(
      "sp.o:vin:UU18SDDJ4F5123456",
    );
    expect((await h.bot.runText("/support help", noDesk))?.outcome).toBe("support.unavailable");
  });

  it("GIVEN the 'Contact support' button pressed THEN a ticket is opened and the user asked to describe it", async () => {
    const reply = await h.bot.runAction("sp.o", h.user());
    expect(reply.outcome).toBe("support.opened");
    expect(text(reply)).toContain("describe your problem");
    expect(h.channel.headers[0]?.source).toBe("action");
    expect((await h.bot.runAction("sp.o:vin:NOTAVIN", h.user())).outcome).toBe("action.expired");
  });

  it("GIVEN /support in a group THEN the user is asked to write privately; nothing is opened", async () => {
    const reply = await h.bot.runText("/support help", h.user("42", { chat: "group" }));
    expect(reply?.outcome).toBe("support.private-only");
    expect(await h.store.tickets.countOpen()).toBe(0);
  });
});

describe("desk helpers", () => {
  it("parses staff durations and rejects nonsense", () => {
    expect(parseDuration("10m")).toBe(600_000);
    expect(parseDuration("2h")).toBe(7_200_000);
    expect(parseDuration("1d")).toBe(86_400_000);
    expect(parseDuration("1w")).toBe(604_800_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    for (const bad of ["", "10", "m", "0m", "10x", "silent", "-1h", "400d"])
      expect(parseDuration(bad)).toBeUndefined();
    expect(formatDuration(5_400_000)).toBe("1h30m");
  });

  it("reads /close arguments in any order", () => {
    expect(parseCloseArgs("10m silent", undefined)).toEqual({ ok: true, delayMs: 600_000, silent: true });
    expect(parseCloseArgs("silent", undefined)).toEqual({ ok: true, silent: true });
    expect(parseCloseArgs(undefined, undefined)).toEqual({ ok: true, silent: false });
    expect(parseCloseArgs("soon", undefined)).toEqual({ ok: false, value: "soon" });
  });

  it("keeps lines starting with ! internal", () => {
    expect(splitNotes("!a\nhello\n  ! b\nworld")).toEqual({ notes: "a\nb", relay: "hello\nworld" });
  });

  it("routes conversations to the adapter of their platform; unknown platforms are unreachable", async () => {
    const sent: string[] = [];
    const messenger = createMessenger([
      { platform: "console", send: async (c) => void sent.push(`console ${c}`) },
      { platform: "telegram", send: async (c) => void sent.push(`telegram ${c}`) },
    ]);
    const reply = { locale: "en" as const, sections: [], actions: [], outcome: "x" };
    await messenger.send("console:local", reply);
    await messenger.send("telegram:42", reply);
    expect(sent).toEqual(["console console:local", "telegram telegram:42"]);
    const error = await messenger.send("discord:1", reply).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "unreachable", reason: "no-route", platform: "discord" });
  });

  it("has every support message in every language with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of LOCALES) {
      const messages = support[locale] as Record<string, string> | undefined;
      expect(messages, locale).toBeDefined();
      for (const [key, en] of Object.entries(support.en)) {
        expect(messages?.[key], `${locale} ${key}`).toBeTypeOf("string");
        expect(placeholders(messages?.[key] ?? ""), `${locale} ${key}`).toEqual(placeholders(en));
        if (key.startsWith("cmd."))
          expect((messages?.[key] ?? "").length, `${locale} ${key}`).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("configuration and wiring", () => {
  it("GIVEN SUPPORT_DESK values THEN valid ones pass and a Discord desk needs STAFF_ROLE_ID", async () => {
    const { parseConfig, ConfigError } = await import("../../src/config.js");
    expect(parseConfig({}).SUPPORT_DESK).toBeUndefined();
    expect(parseConfig({}).RETENTION_DAYS).toBe(90);
    expect(parseConfig({}).INSTANCE_ID).toMatch(/-\d+$/);
    expect(parseConfig({ SUPPORT_DESK: "telegram:-1001234567890" }).SUPPORT_DESK).toBe(
      "telegram:-1001234567890",
    );
    expect(() => parseConfig({ SUPPORT_DESK: "discord:123456789012345678" })).toThrow(ConfigError);
    expect(
      parseConfig({ SUPPORT_DESK: "discord:123456789012345678", STAFF_ROLE_ID: "223456789012345678" })
        .STAFF_ROLE_ID,
    ).toBe("223456789012345678");
    expect(() => parseConfig({ SUPPORT_DESK: "slack:1" })).toThrow(/SUPPORT_DESK/);
  });

  it("GIVEN SUPPORT_DESK and a desk channel THEN services.support is attached; without a channel it is not", async () => {
    const { attachSupportDesk, createStoreServices } = await import("../../src/app-support.js");
    const { openStore } = await import("../../src/store/index.js");
    const { memoryLogger } = await import("../support/logger.js");
    const { FakeDeskChannel } = await import("./harness.js");
    const store = await openStore("sqlite::memory:");
    const { logger } = memoryLogger("silent");
    const config = { SUPPORT_DESK: "telegram:-1001234567890", DEFAULT_LOCALE: "en" as const };
    const withChannel = createStoreServices(store, logger);
    expect(
      attachSupportDesk({
        config,
        store,
        logger,
        adapters: [],
        services: withChannel,
        channel: new FakeDeskChannel(),
      }),
    ).toBeDefined();
    expect(withChannel.support).toBeDefined();
    // A Telegram desk without the Telegram bot (no TELEGRAM_BOT_TOKEN) is a configuration error
    // (the composition root builds the channel: src/app-desk.ts); without a channel, no desk.
    const { buildDeskChannel } = await import("../../src/app-desk.js");
    expect(() =>
      buildDeskChannel({ ...config, SUPPORT_LOG_CHANNEL: undefined, STAFF_ROLE_ID: undefined }, []),
    ).toThrow(/TELEGRAM_BOT_TOKEN/);
    const without = createStoreServices(store, logger);
    expect(attachSupportDesk({ config, store, logger, adapters: [], services: without })).toBeUndefined();
    expect(without.support).toBeUndefined();
    expect(without.privacy).toBeDefined();
    await store.close();
  });
});
