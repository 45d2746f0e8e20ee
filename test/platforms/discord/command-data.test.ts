/** command-data.ts: what deploy-commands registers is valid for Discord and localised everywhere. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCommands } from "../../../commands/registry.js";
import type { Command } from "../../../commands/types.js";
import { paragraph, plain } from "../../../src/core/reply.js";
import {
  buildCommandData,
  COMMAND_LIMITS,
  DISCORD_LOCALES,
  slashCommandData,
} from "../../../src/platforms/discord/command-data.js";

const DISCORD_CODES = Object.values(DISCORD_LOCALES).flat();
const SLASH_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Json = Record<string, unknown> & {
  name: string;
  type: number;
  description?: string;
  options?: Json[];
  description_localizations?: Record<string, string>;
  name_localizations?: Record<string, string>;
};
const data = buildCommandData() as unknown as Json[];
const byName = (n: string) => data.find((c) => c.name === n);

describe("Discord command data", () => {
  it("GIVEN the registry THEN every visible command (incl. /dokker, /lockout, /vin, /help) plus the 'Decode pre-code' message command", () => {
    const visible = listCommands().filter((c) => !c.hidden);
    expect(data.map((c) => c.name)).toEqual(
      expect.arrayContaining(["dokker", "lockout", "vin", "help", "Decode pre-code"]),
    );
    expect(data.map((c) => c.name)).not.toContain("start");
    expect(data.filter((c) => c.type === 1).map((c) => c.name)).toEqual(visible.map((c) => c.name));
    expect(data.at(-1)).toMatchObject({ name: "Decode pre-code", type: 3 });
  });

  it("GIVEN no support desk THEN /support is left out, every other command stays", () => {
    const names = (buildCommandData(undefined, false) as unknown as Json[]).map((c) => c.name);
    expect(names).not.toContain("support");
    expect(names).toEqual(data.map((c) => c.name).filter((n) => n !== "support"));
    expect(data.map((c) => c.name)).toContain("support");
  });

  it("GIVEN every slash command THEN names are valid and lower-case, descriptions 1–100 chars in every locale", () => {
    for (const c of data.filter((x) => x.type === 1)) {
      expect(c.name).toMatch(SLASH_NAME);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.description?.length).toBeGreaterThan(0);
      expect(c.description?.length).toBeLessThanOrEqual(COMMAND_LIMITS.description);
      expect(Object.keys(c.description_localizations ?? {}).sort()).toEqual([...DISCORD_CODES].sort());
      for (const text of Object.values(c.description_localizations ?? {})) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(COMMAND_LIMITS.description);
      }
    }
  });

  it("GIVEN the French translations THEN fr, and both Spanish codes es-ES and es-419, carry them", () => {
    const dokker = byName("dokker");
    expect(dokker?.description_localizations?.fr).not.toBe(dokker?.description);
    expect(dokker?.description_localizations?.["es-ES"]).toBe(dokker?.description_localizations?.["es-419"]);
  });

  it("GIVEN /dokker THEN an optional string pre-code option with length limits, then an optional photo attachment, both localised", () => {
    const [precode, photo, ...rest] = byName("dokker")?.options ?? [];
    expect(precode).toMatchObject({
      name: "precode",
      type: 3,
      required: false,
      min_length: 1,
      max_length: 100,
    });
    expect(Object.keys(precode?.description_localizations ?? {})).toHaveLength(DISCORD_CODES.length);
    // ATTACHMENT (11): no length limits, which Discord refuses on that type.
    expect(photo).toEqual({
      name: "photo",
      type: 11,
      required: false,
      description: "Or a photo of the radio's label: I read the pre-code on it",
      description_localizations: expect.objectContaining({ de: expect.stringContaining("Foto") }),
    });
    expect(Object.keys(photo?.description_localizations ?? {}).sort()).toEqual([...DISCORD_CODES].sort());
    expect(rest).toEqual([]);
  });

  it("GIVEN /lockout THEN an optional integer attempt 1–20", () => {
    expect(byName("lockout")?.options?.[0]).toMatchObject({
      name: "attempt",
      type: 4,
      required: false,
      min_value: 1,
      max_value: 20,
    });
  });

  it("GIVEN every public command THEN installable to servers and users, usable in servers, bot DM and private channels", () => {
    const staff = new Set(
      listCommands()
        .filter((c) => c.audience === "staff")
        .map((c) => c.name),
    );
    for (const c of data) {
      if (staff.has(c.name)) {
        expect(c).toMatchObject({ integration_types: [0], contexts: [0], default_member_permissions: "0" });
      } else {
        expect(c.integration_types).toEqual([0, 1]);
        expect(c.contexts).toEqual([0, 1, 2]);
      }
    }
  });

  it("GIVEN the message command THEN no description, a name ≤ 32 in every locale", () => {
    const menu = byName("Decode pre-code");
    expect(menu?.description).toBeUndefined();
    expect(Object.keys(menu?.name_localizations ?? {}).sort()).toEqual([...DISCORD_CODES].sort());
    for (const n of Object.values(menu?.name_localizations ?? {})) expect(n.length).toBeLessThanOrEqual(32);
  });

  it("GIVEN a staff command (later: support desk) THEN server-only and hidden by default_member_permissions '0'", () => {
    const staff: Command = {
      name: "reply",
      description: "cmd.help.description",
      audience: "staff",
      options: [
        { name: "note", type: "string", description: "cmd.vin.option.vin", required: false },
        {
          name: "text",
          type: "string",
          description: "cmd.vin.option.vin",
          required: true,
          autocomplete: true,
        },
      ],
      handle: (_i, ctx) => ({
        locale: ctx.locale,
        sections: [{ blocks: [paragraph(plain("x"))] }],
        actions: [],
        outcome: "x",
      }),
    };
    const json = slashCommandData(staff) as unknown as Json;
    expect(json).toMatchObject({ default_member_permissions: "0", contexts: [0], integration_types: [0] });
    // Required options first, as Discord demands; the autocomplete flag is passed on.
    expect(json.options?.map((o) => o.name)).toEqual(["text", "note"]);
    expect(json.options?.[0]?.autocomplete).toBe(true);
  });

  it("GIVEN arbitrary option limits THEN min/max lengths stay in Discord's accepted ranges (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 10_000 }),
        fc.integer({ min: -10, max: 10_000 }),
        (min, max) => {
          const base = listCommands().find((c) => c.name === "vin");
          const first = base?.options[0];
          if (!base || !first) throw new Error("vin or its option missing");
          const cmd: Command = { ...base, options: [{ ...first, minLength: min, maxLength: max }] };
          const opt = (slashCommandData(cmd) as unknown as Json).options?.[0] as Json & {
            min_length: number;
            max_length: number;
          };
          expect(opt.min_length).toBeGreaterThanOrEqual(0);
          expect(opt.min_length).toBeLessThanOrEqual(6000);
          expect(opt.max_length).toBeGreaterThanOrEqual(1);
          expect(opt.max_length).toBeLessThanOrEqual(6000);
        },
      ),
      { seed: 7, numRuns: 100 },
    );
  });
});
