/**
 * The registry loads every command file at start-up and names a bad one; /help and /start get
 * the command list passed in, so importing them first works (the old import cycle threw
 * "Cannot access 'help' before initialization").
 */
import { describe, expect, it, vi } from "vitest";
import { helpCommand } from "../../commands/help.js";
import { listCommands, loadCommands } from "../../commands/registry.js";
import { startCommand } from "../../commands/start.js";
import type { Command } from "../../commands/types.js";
import { replyToPlainText } from "../../src/core/reply.js";
import { testContext } from "../support/context.js";

const fine: Command = {
  name: "ping",
  description: "cmd.help.description",
  options: [],
  handle: (_input, ctx) => ({ locale: ctx.locale, sections: [], actions: [], outcome: "ping.ok" }),
};

describe("command registry", () => {
  it("GIVEN a fresh module graph THEN importing commands/help.ts or commands/start.ts first works", async () => {
    for (const first of ["../../commands/help.js", "../../commands/start.js"]) {
      vi.resetModules();
      await import(first);
      const registry = await import("../../commands/registry.js");
      expect(registry.listCommands().map((c) => c.name)).toContain("help");
    }
  });

  it("lists every command once, with /start and /help built over the same list", async () => {
    const names = listCommands().map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(["start", "help", "dokker"]);
    const help = listCommands().find((c) => c.name === "help");
    const text = replyToPlainText(await (help as Command).handle({ options: {} }, testContext()));
    expect(text).toContain("/dokker");
    expect(text).not.toContain("/start"); // hidden
    expect(text).not.toContain("/close"); // staff only
  });

  it("help and start list exactly the commands they are given", async () => {
    const help = helpCommand(() => [fine]);
    const start = startCommand(() => [fine]);
    const helpText = replyToPlainText(await help.handle({ options: {} }, testContext()));
    expect(helpText).toContain("/ping");
    expect(helpText).not.toContain("/dokker");
    expect(replyToPlainText(await start.handle({ options: {} }, testContext()))).toContain("/ping");
  });

  it("names every bad file: shape, duplicate names, duplicate button ids", () => {
    const action = { id: "pg.x", handle: fine.handle as never };
    const load = () =>
      loadCommands([
        { file: "commands/ping.ts", command: { ...fine, actions: [action] } },
        { file: "commands/Bad.ts", command: { ...fine, name: "Bad Name" } },
        { file: "commands/nohandle.ts", command: { name: "nohandle", description: "cmd.help.description" } },
        { file: "commands/ping2.ts", command: { ...fine, actions: [action] } },
      ]);
    expect(load).toThrow(/Bad command file/);
    const message = (() => {
      try {
        load();
        return "";
      } catch (error) {
        return String(error);
      }
    })();
    expect(message).toContain("commands/Bad.ts: name must be 1–32 lower-case chars");
    expect(message).toContain("commands/nohandle.ts: missing handle()");
    expect(message).toContain('commands/ping2.ts: command name "ping" is already used by commands/ping.ts');
    expect(message).toContain('commands/ping2.ts: button id "pg.x" is already used by commands/ping.ts');
    expect(loadCommands([{ file: "commands/ping.ts", command: fine }])).toEqual([fine]);
  });
});
