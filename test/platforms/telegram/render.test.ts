/**
 * render.ts and keyboard.ts: escaping round-trips any user string, output is always valid Telegram
 * HTML (our strict validator AND the fake's Telegram-like parser agree), long replies split at
 * paragraph boundaries into chunks of ≤ 4096 visible characters, callback_data ≤ 64 bytes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lockoutAskReply } from "../../../commands/replies/lockout.js";
import { pinReply } from "../../../commands/replies/pin.js";
import { parsePrecode } from "../../../src/core/precode.js";
import type { Action, Block, Reply, Span } from "../../../src/core/reply.js";
import { buildKeyboard, CALLBACK_DATA_MAX_BYTES } from "../../../src/platforms/telegram/keyboard.js";
import {
  escapeHtml,
  renderHtml,
  renderPlain,
  TELEGRAM_TEXT_LIMIT,
  truncatePlain,
} from "../../../src/platforms/telegram/render.js";
import { parseHtml } from "../../fakes/telegram/index.js";

/** A deliberately strict validator: only b/i/code, properly nested, only the 4 named entities. */
function validateHtml(html: string): string | undefined {
  const stack: string[] = [];
  const token = /<(\/?)(b|i|code)>|&(amp|lt|gt|quot);|[<>&"]/g;
  for (const m of html.matchAll(token)) {
    if (m[2]) {
      if (m[1]) {
        if (stack.pop() !== m[2]) return `unbalanced </${m[2]}> at ${m.index}`;
      } else {
        if (stack.includes(m[2])) return `nested <${m[2]}> at ${m.index}`;
        stack.push(m[2]);
      }
    } else if (!m[3]) return `raw ${JSON.stringify(m[0])} at ${m.index}`;
  }
  return stack.length > 0 ? `unclosed <${stack.join(",")}>` : undefined;
}

const unescapeHtml = (s: string) =>
  s.replace(/&(lt|gt|quot|amp);/g, (_w, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e] ?? "");
const stripTags = (s: string) => s.replace(/<\/?(b|i|code)>/g, "");

/** Text a user might type, weighted towards HTML-significant characters and emoji. */
const userText = fc.oneof(
  fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "b", "/", ";", "amp", "lt", " ", "\n", "😀", "é") }),
  fc.string({ unit: "grapheme" }),
  fc.string(),
);
const span: fc.Arbitrary<Span> = fc.record({
  style: fc.constantFrom("plain", "bold", "italic", "code"),
  text: userText,
});
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant("paragraph" as const), spans: fc.array(span, { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant("steps" as const),
    items: fc.array(fc.array(span, { maxLength: 3 }), { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant("bullets" as const),
    items: fc.array(fc.array(span, { maxLength: 3 }), { maxLength: 4 }),
  }),
);
const reply = (blocks: fc.Arbitrary<Block[]>): fc.Arbitrary<Reply> =>
  fc.record({
    locale: fc.constant("en" as const),
    title: fc.option(userText, { nil: undefined }),
    sections: fc.array(fc.record({ title: fc.option(userText, { nil: undefined }), blocks }), {
      maxLength: 3,
    }),
    actions: fc.constant([]),
    outcome: fc.constant("test"),
  });

const simpleReply = (text: string): Reply => ({
  locale: "en",
  sections: [{ blocks: [{ kind: "paragraph", spans: [{ style: "plain", text }] }] }],
  actions: [],
  outcome: "test",
});

describe("escapeHtml", () => {
  it("GIVEN the four special characters THEN each becomes its entity", () => {
    expect(escapeHtml(`<b>&"x"</b>`)).toBe("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;");
  });

  it('GIVEN any user string THEN unescaping gives it back and no raw < & " remain', () => {
    fc.assert(
      fc.property(userText, (s) => {
        const e = escapeHtml(s);
        expect(unescapeHtml(e)).toBe(s);
        expect(e).not.toMatch(/[<>"]|&(?!(amp|lt|gt|quot);)/);
      }),
    );
  });
});

describe("renderHtml", () => {
  it("GIVEN a PIN reply THEN title is bold, the PIN is in <code>, steps are numbered", () => {
    const decoded = parsePrecode("A123");
    if (!decoded.ok) throw new Error("A123 should decode");
    const [html = ""] = renderHtml(pinReply("en", decoded.value, "radio-cd"));
    expect(html.startsWith("<b>Radio code for A123</b>\n\n")).toBe(true);
    expect(html).toContain(`<code>${decoded.value.pin}</code>`);
    expect(html).toMatch(/\n1\. .+\n2\. /);
    expect(validateHtml(html)).toBeUndefined();
  });

  it("GIVEN user text like <b> or & THEN it is shown literally and the message stays valid", () => {
    const [html = ""] = renderHtml(simpleReply(`Tom & <b>Jerry</b> "quoted"`));
    expect(html).toBe("Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; &quot;quoted&quot;");
    expect(parseHtml(html).plain).toBe(`Tom & <b>Jerry</b> "quoted"`);
    expect(parseHtml(html).entities).toEqual([]);
  });

  it("GIVEN bullets THEN lines start with • ; styles map to b/i/code", () => {
    const [html = ""] = renderHtml({
      ...simpleReply(""),
      sections: [
        {
          blocks: [
            {
              kind: "bullets",
              items: [
                [
                  { style: "italic", text: "i" },
                  { style: "bold", text: "b" },
                  { style: "code", text: "c" },
                ],
              ],
            },
          ],
        },
      ],
    });
    expect(html).toBe("• <i>i</i><b>b</b><code>c</code>");
  });

  it("GIVEN any reply THEN every chunk is valid HTML and the chunks' text is the reply's text", () => {
    fc.assert(
      fc.property(reply(fc.array(block, { maxLength: 4 })), (r) => {
        const chunks = renderHtml(r);
        for (const html of chunks) {
          expect(validateHtml(html)).toBeUndefined();
          // The fake parses HTML like Telegram (throws "can't parse entities" otherwise).
          expect(parseHtml(html).plain).toBe(unescapeHtml(stripTags(html)));
        }
        const plain = renderPlain(r);
        if (plain.length <= TELEGRAM_TEXT_LIMIT && plain.trim() !== "") {
          expect(chunks).toHaveLength(1);
          expect(unescapeHtml(stripTags(chunks[0] ?? ""))).toBe(plain);
        }
      }),
    );
  });

  it("GIVEN long replies THEN chunks are ≤ limit after parsing and lose no text", () => {
    const limit = 60; // small limit so the property explores splitting; 4096 is checked below
    fc.assert(
      fc.property(reply(fc.array(block, { minLength: 1, maxLength: 6 })), (r) => {
        const chunks = renderHtml(r, limit);
        const texts = chunks.map((c) => parseHtml(c).plain);
        for (const t of texts) expect(t.length).toBeLessThanOrEqual(limit);
        for (const c of chunks) expect(validateHtml(c)).toBeUndefined();
        // Splitting only drops separators (newlines) and whitespace-only chunks: no visible
        // character is lost.
        const strip = (s: string) => s.replace(/\s/g, "");
        if (renderPlain(r).trim() !== "") expect(strip(texts.join(""))).toBe(strip(renderPlain(r)));
      }),
      { numRuns: 200 },
    );
  });

  it("GIVEN 30 paragraphs of 300 characters THEN it splits only between paragraphs, each ≤ 4096", () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `${String(i).padStart(2, "0")}${"x&".repeat(149)}`,
    );
    const r: Reply = {
      ...simpleReply(""),
      sections: [
        { blocks: paragraphs.map((p) => ({ kind: "paragraph", spans: [{ style: "plain", text: p }] })) },
      ],
    };
    const chunks = renderHtml(r);
    expect(chunks.length).toBe(3);
    for (const c of chunks) {
      const plain = parseHtml(c).plain;
      expect(plain.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      // Every chunk is whole paragraphs: starts with a paragraph number, ends with a full one.
      expect(plain).toMatch(/^\d\d(x&){149}(\n\n\d\d(x&){149})*$/);
    }
  });

  it("GIVEN one line longer than the limit THEN it is cut without splitting a surrogate pair", () => {
    const chunks = renderHtml(simpleReply("😀".repeat(5000)));
    expect(chunks.length).toBe(3);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(c).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  it("GIVEN an empty reply THEN it renders a non-empty placeholder (Telegram rejects empty text)", () => {
    expect(renderHtml({ ...simpleReply(""), sections: [] })).toEqual(["…"]);
  });

  it("truncatePlain keeps short text and cuts long text with an ellipsis", () => {
    expect(truncatePlain("short", 10)).toBe("short");
    expect(truncatePlain("a".repeat(20), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("buildKeyboard", () => {
  const action = (id: string, payload: string, style?: Action["style"]): Action => ({
    id,
    payload,
    label: `<${id}>`,
    ...(style ? { style } : {}),
  });

  it("GIVEN a PIN reply THEN the wrong-code button has its own row and radios share rows", () => {
    const decoded = parsePrecode("A123");
    if (!decoded.ok) throw new Error("A123 should decode");
    const { markup } = buildKeyboard(pinReply("en", decoded.value, "radio-cd").actions);
    expect(markup?.inline_keyboard.map((row) => row.map((b) => b.callback_data))).toEqual([
      ["lo.w:1.A123"],
      ["dk.r:A123.pr", "dk.r:A123.rt"],
      ["dk.r:A123.sw"],
    ]);
  });

  it("GIVEN the 'how many wrong codes?' question THEN its six number buttons share one row", () => {
    const { markup } = buildKeyboard(lockoutAskReply("en").actions);
    expect(markup?.inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([
      ["1", "2", "3", "4", "5", "6+"],
    ]);
    // Longer secondary labels after them still go two by two.
    const mixed = buildKeyboard([
      ...lockoutAskReply("en").actions.slice(0, 2),
      action("radio-a", "1"),
      action("radio-b", "2"),
    ]);
    expect(mixed.markup?.inline_keyboard.map((row) => row.length)).toEqual([2, 2]);
    expect(mixed.markup?.inline_keyboard[0]?.map((b) => b.text)).toEqual(["1", "2"]);
  });

  it("GIVEN any actions THEN every callback_data is 1–64 bytes and too-long ones are dropped", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 40 })),
        ),
        (pairs) => {
          const actions = pairs.map(([id, payload]) => action(id, payload));
          const { markup, dropped } = buildKeyboard(actions);
          const buttons = markup?.inline_keyboard.flat() ?? [];
          expect(buttons.length + dropped.length).toBe(actions.length);
          for (const b of buttons) {
            const bytes = Buffer.byteLength(b.callback_data ?? "", "utf8");
            expect(bytes).toBeGreaterThanOrEqual(1);
            expect(bytes).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
          }
        },
      ),
    );
  });

  it("GIVEN a URL action THEN it becomes a link button without callback_data", () => {
    const { markup } = buildKeyboard([{ ...action("x", ""), url: "https://example.org" }]);
    expect(markup?.inline_keyboard).toEqual([[{ text: "<x>", url: "https://example.org" }]]);
  });

  it("GIVEN no actions THEN there is no keyboard", () => {
    expect(buildKeyboard([]).markup).toBeUndefined();
  });
});
