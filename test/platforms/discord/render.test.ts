/**
 * render.ts: limits always hold for arbitrary replies (property tests), user text never pings or
 * breaks formatting, and the known replies look right.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../../commands/replies/action-ids.js";
import { lockoutReply } from "../../../commands/replies/lockout.js";
import { pinReply } from "../../../commands/replies/pin.js";
import { LOCALES } from "../../../src/core/i18n/locales.js";
import type { Action, Block, Reply, Section, Span } from "../../../src/core/reply.js";
import { BUTTON_LIMITS, buttonRows } from "../../../src/platforms/discord/components.js";
import {
  EMBED_LIMITS,
  embedsLength,
  escapeText,
  formatSpan,
  renderReply,
  toRestBody,
} from "../../../src/platforms/discord/render.js";

fc.configureGlobal({ seed: 4242, numRuns: 200 });

/** Text built from the characters that matter to Discord, plus arbitrary Unicode. */
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "*",
        "**",
        "_",
        "__",
        "`",
        "```",
        "~~",
        "||",
        ">",
        ">>> ",
        "# ",
        "-# ",
        "- ",
        "+ ",
        "1. ",
        "\\",
        "\n",
        " ",
        "@everyone",
        "@here",
        "<@123456789012345678>",
        "<@!1>",
        "<@&2>",
        "<#3>",
        "[x](https://evil.example)",
        "https://x.y/a_b_c",
        "a",
        "Z9",
      ),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

const span: fc.Arbitrary<Span> = fc.record({
  style: fc.constantFrom("plain", "bold", "italic", "code"),
  text: fc.oneof({ weight: 4, arbitrary: nasty }, { weight: 1, arbitrary: fc.string({ maxLength: 3000 }) }),
});
const spans = fc.array(span, { minLength: 0, maxLength: 6 });
const block: fc.Arbitrary<Block> = fc.oneof(
  spans.map((s) => ({ kind: "paragraph" as const, spans: s })),
  fc.array(spans, { maxLength: 12 }).map((items) => ({ kind: "steps" as const, items })),
  fc.array(spans, { maxLength: 12 }).map((items) => ({ kind: "bullets" as const, items })),
);
const section: fc.Arbitrary<Section> = fc.record(
  { title: fc.string({ maxLength: 300 }), blocks: fc.array(block, { maxLength: 5 }) },
  { requiredKeys: ["blocks"] },
);
const action: fc.Arbitrary<Action> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    payload: fc.string({ maxLength: 120 }),
    label: fc.string({ maxLength: 120 }),
    style: fc.constantFrom("primary", "secondary", "danger"),
    url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })),
  },
  { requiredKeys: ["id", "payload", "label"] },
);
const reply: fc.Arbitrary<Reply> = fc.record(
  {
    locale: fc.constantFrom(...LOCALES),
    title: fc.oneof(nasty, fc.string({ maxLength: 600 })),
    sections: fc.array(section, { maxLength: 8 }),
    actions: fc.array(action, { maxLength: 40 }),
    outcome: fc.constant("test"),
  },
  { requiredKeys: ["locale", "sections", "actions", "outcome"] },
);

/** What is left of markdown once escaped characters (`\x`) and bare URLs are set aside. */
function unescapedMarkup(text: string): string[] {
  const masked = text.replace(/\\[\s\S]/g, "x").replace(/https?:\/\/\S+/g, "url");
  const found: string[] = [];
  for (const m of ["**", "__", "~~", "||", "`", "*", "_", "[", "@everyone", "@here"]) {
    if (masked.includes(m)) found.push(m);
  }
  if (/<(@[!&]?|#)\d/.test(masked)) found.push("mention");
  for (const line of masked.split("\n")) {
    if (/^\s*(#|>|-#|[-*+] |\d+\. )/.test(line)) found.push(`line start: ${line.slice(0, 10)}`);
  }
  return found;
}

describe("Discord render: limits (property)", () => {
  it("GIVEN any reply THEN embeds, rows, custom_ids and mentions stay within Discord's limits", () => {
    fc.assert(
      fc.property(reply, (r) => {
        const m = renderReply(r);
        expect(m.embeds.length).toBeGreaterThanOrEqual(1);
        expect(m.embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embeds);
        expect(embedsLength(m.embeds)).toBeLessThanOrEqual(EMBED_LIMITS.total);
        for (const e of m.embeds) {
          expect((e.title ?? "").length).toBeLessThanOrEqual(EMBED_LIMITS.title);
          expect((e.description ?? "").length).toBeLessThanOrEqual(EMBED_LIMITS.description);
          expect((e.description ?? "").length).toBeGreaterThan(0);
          expect(e.fields ?? []).toHaveLength(0);
        }
        expect(m.components.length).toBeLessThanOrEqual(BUTTON_LIMITS.rows);
        const ids: string[] = [];
        for (const row of m.components) {
          expect(row.components.length).toBeGreaterThanOrEqual(1);
          expect(row.components.length).toBeLessThanOrEqual(BUTTON_LIMITS.perRow);
          for (const b of row.components) {
            expect((b as { label?: string }).label?.length ?? 0).toBeLessThanOrEqual(BUTTON_LIMITS.label);
            if ("custom_id" in b) ids.push(b.custom_id);
          }
        }
        for (const id of ids) expect(id.length).toBeLessThanOrEqual(BUTTON_LIMITS.customId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(m.allowedMentions).toEqual({ parse: [] });
        expect(toRestBody(m).allowed_mentions).toEqual({ parse: [] });
      }),
    );
  });

  it("GIVEN any user text in a plain, bold or italic span THEN nothing is left to format or mention", () => {
    fc.assert(
      fc.property(
        nasty,
        fc.constantFrom("plain", "bold", "italic") as fc.Arbitrary<Span["style"]>,
        (text, style) => {
          const out = formatSpan({ style, text });
          const inner = style === "bold" ? out.slice(2, -2) : style === "italic" ? out.slice(1, -1) : out;
          if (text.trim() !== "" && style !== "plain")
            expect(out.startsWith(style === "bold" ? "**" : "*")).toBe(true);
          expect(unescapedMarkup(inner)).toEqual([]);
        },
      ),
    );
  });

  it("GIVEN any text in a code span THEN it is one inline code span without inner backticks", () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const out = formatSpan({ style: "code", text });
        if (out === "") return;
        expect(out).toMatch(/^`[^`\n]+`$/);
      }),
    );
  });
});

describe("Discord render: examples", () => {
  it("GIVEN raw markup THEN the property's checker flags it (so the property can fail)", () => {
    expect(unescapedMarkup("**x**")).toContain("**");
    expect(unescapedMarkup("@everyone")).toContain("@everyone");
    expect(unescapedMarkup("hi <@123>")).toContain("mention");
    expect(unescapedMarkup("> quote")).toHaveLength(1);
    expect(unescapedMarkup(escapeText("**x** @everyone <@1>\n> q"))).toEqual([]);
  });

  it("GIVEN '@everyone **x** <@123>' THEN it is shown literally: escaped, mention defused", () => {
    const out = escapeText("@everyone **x** <@123>");
    expect(out).toBe("@\u200beveryone \\*\\*x\\*\\* <@\u200b123>");
  });

  it("GIVEN the PIN reply THEN title, code-formatted PIN, numbered steps, bold section titles and 4 buttons in one row", () => {
    const m = renderReply(pinReply("en", { precode: "A123", pin: "0086" }, "radio-cd"));
    expect(m.embeds).toHaveLength(1);
    const [e] = m.embeds;
    expect(e?.title).toBe("Radio code for A123");
    expect(e?.description).toContain("Your radio code is `0086`");
    expect(e?.description).toMatch(/\n1\. .+\n2\. /);
    expect(e?.description).toContain("**If the code is refused**");
    expect(m.components).toHaveLength(1);
    const buttons = m.components[0]?.components ?? [];
    expect(buttons.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([
      `${ACTION_IDS["lockout.wrong"]}:1.A123`,
      `${ACTION_IDS["dokker.radio"]}:A123.pr`,
      `${ACTION_IDS["dokker.radio"]}:A123.rt`,
      `${ACTION_IDS["dokker.radio"]}:A123.sw`,
    ]);
    expect(buttons.map((b) => b.style)).toEqual([4, 2, 2, 2]); // danger, then secondary
  });

  it("GIVEN the lockout reply THEN the wait is bold and the next-attempt button is danger", () => {
    const m = renderReply(lockoutReply("en", 2, { precode: "A123" }));
    expect(m.embeds[0]?.description).toContain("**2 minutes**");
    expect(m.components[0]?.components[0]?.style).toBe(4);
  });

  it("GIVEN a very long reply THEN it is split over several embeds, the first carrying the title, and cut with …", () => {
    const long = "word ".repeat(180);
    const r: Reply = {
      locale: "en",
      title: "T",
      sections: Array.from({ length: 12 }, () => ({
        blocks: [{ kind: "paragraph" as const, spans: [{ style: "plain" as const, text: long }] }],
      })),
      actions: [],
      outcome: "x",
    };
    const m = renderReply(r);
    expect(m.embeds.length).toBeGreaterThan(1);
    expect(m.embeds[0]?.title).toBe("T");
    expect(m.embeds.slice(1).every((e) => e.title === undefined)).toBe(true);
    expect(m.embeds.at(-1)?.description?.endsWith("…")).toBe(true);
    expect(embedsLength(m.embeds)).toBeLessThanOrEqual(6000);
  });

  it("GIVEN 30 buttons, a duplicate, a too-long custom_id and a link THEN ≤ 25 in rows of 5, no duplicate, link kept", () => {
    const actions: Action[] = [
      { id: "x", payload: "1", label: "one" },
      { id: "x", payload: "1", label: "dup" },
      { id: "x", payload: "p".repeat(120), label: "long" },
      { id: "link", payload: "", label: "Docs", url: "https://example.com/docs" },
      ...Array.from({ length: 30 }, (_, i) => ({ id: "n", payload: String(i), label: `#${i}` })),
    ];
    const rows = buttonRows(actions);
    expect(rows).toHaveLength(5);
    const flat = rows.flatMap((r) => r.components);
    expect(flat).toHaveLength(25);
    expect(flat.filter((b) => "custom_id" in b && b.custom_id === "x:1")).toHaveLength(1);
    expect(flat.some((b) => "label" in b && b.label === "long")).toBe(false);
    expect(flat[1]).toMatchObject({ style: 5, url: "https://example.com/docs" });
  });

  it("GIVEN a reply with no text THEN the embed still has a (zero-width) description, as Discord requires", () => {
    const m = renderReply({ locale: "en", sections: [], actions: [], outcome: "x" });
    expect(m.embeds[0]?.description).toBe("\u200b");
  });

  it("GIVEN files THEN all are uploaded and the first picture is the last embed's image, by its upload name", () => {
    const file = (name: string, contentType: string) => ({ name, contentType, data: new Uint8Array([1]) });
    const reply: Reply = {
      ...pinReply("en", { precode: "A123", pin: "0086" }, "radio-cd"),
      attachments: [
        file("notes.txt", "text/plain"),
        file("radio/code 0086.png", "image/png"),
        file("second.jpg", "image/jpeg"),
      ],
    };
    const m = renderReply(reply);
    expect(m.files.map((f) => f.name)).toEqual(["notes.txt", "radio/code 0086.png", "second.jpg"]);
    expect(m.embeds.at(-1)?.image).toEqual({ url: "attachment://radio_code 0086.png" });
    expect(m.embeds.filter((e) => e.image)).toHaveLength(1);
    expect(m.embeds[0]?.description).toContain("`0086`"); // the text stays complete
    const textOnly = renderReply({ ...reply, attachments: [file("notes.txt", "text/plain")] });
    expect(textOnly.embeds.some((e) => e.image)).toBe(false);
  });
});
