import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tSpans } from "../../src/core/i18n/index.js";
import { bold, code, plain, type Reply, replyToPlainText } from "../../src/core/reply.js";
import { renderConsole } from "../../src/platforms/console/render.js";

const spanArb = fc.record({
  style: fc.constantFrom("plain", "bold", "italic", "code"),
  text: fc.string(),
}) as fc.Arbitrary<ReturnType<typeof plain>>;
const blockArb = fc.oneof(
  fc.record({ kind: fc.constant("paragraph" as const), spans: fc.array(spanArb, { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant("steps" as const),
    items: fc.array(fc.array(spanArb, { maxLength: 3 }), { maxLength: 5 }),
  }),
  fc.record({
    kind: fc.constant("bullets" as const),
    items: fc.array(fc.array(spanArb, { maxLength: 3 }), { maxLength: 5 }),
  }),
);
const replyArb: fc.Arbitrary<Reply> = fc.record({
  locale: fc.constant("en" as const),
  title: fc.option(fc.string(), { nil: undefined }),
  sections: fc.array(
    fc.record({
      title: fc.option(fc.string(), { nil: undefined }),
      blocks: fc.array(blockArb, { maxLength: 3 }),
    }),
    {
      maxLength: 4,
    },
  ),
  actions: fc.array(
    fc.record({ id: fc.constant("dk.d"), payload: fc.string({ maxLength: 10 }), label: fc.string() }),
    { maxLength: 4 },
  ),
  outcome: fc.constant("test"),
});

describe("reply model", () => {
  it("tSpans keeps styled parameters where the sentence puts them", () => {
    const spans = tSpans("en", "dokker.pin", { pin: code("0086") });
    expect(spans).toEqual([plain("Your radio code is "), code("0086")]);
  });

  it("plain text and console rendering never throw and keep every text", () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const text = replyToPlainText(reply);
        const rendered = renderConsole(reply, { color: false });
        for (const s of reply.sections)
          for (const b of s.blocks)
            if (b.kind === "paragraph") for (const sp of b.spans) expect(text).toContain(sp.text);
        expect(typeof rendered).toBe("string");
      }),
    );
  });

  it("console rendering strips terminal control characters from any text", () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking their absence
        expect(renderConsole(reply, { color: false })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      }),
    );
    const evil: Reply = {
      locale: "en",
      sections: [{ blocks: [{ kind: "paragraph", spans: [bold("\u001b[2Jgone")] }] }],
      actions: [],
      outcome: "x",
    };
    expect(renderConsole(evil, { color: false })).toContain("[2Jgone");
    expect(renderConsole(evil, { color: false })).not.toContain("\u001b");
  });
});
