import { describe, expect, it } from "vitest";
import { parseHtml } from "./html.js";

const reason = (text: string): string => {
  try {
    parseHtml(text);
    return "accepted";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("parseHtml (Telegram HTML parse mode)", () => {
  it.each([
    ["<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'],
    ["<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ["1 < 2", 'Unsupported start tag "" at byte offset 2'],
    ["Tom & Jerry", "Can't find end of the entity starting at byte offset 4"],
    ["a&nbsp;b", 'Unsupported HTML entity "&nbsp;" at byte offset 1'],
    ["é<b>x", 'Can\'t find end tag corresponding to start tag "b"'],
    ['<span class="x">y</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
  ])("GIVEN %s THEN can't parse entities: %s", (text, expected) => {
    expect(reason(text)).toBe(`Bad Request: can't parse entities: ${expected}`);
  });

  it("decodes the allowed entities, keeps a literal > and counts UTF-16 units", () => {
    const parsed = parseHtml("&lt;&gt;&amp;&quot;&#39;&#x1F600; 2 > 1");
    expect(parsed.plain).toBe("<>&\"'😀 2 > 1");
    expect(parsed.plain.length).toBe(13);
  });

  it("builds entities for links, spoilers, expandable quotes and pre with a language", () => {
    const parsed = parseHtml(
      '<a href="https://x.y/?a=1&amp;b=2">L</a><tg-spoiler>S</tg-spoiler><blockquote expandable>Q</blockquote><pre><code class="language-ts">c</code></pre>',
    );
    expect(parsed.plain).toBe("LSQc");
    expect(parsed.entities).toEqual([
      { type: "text_link", offset: 0, length: 1, url: "https://x.y/?a=1&b=2" },
      { type: "spoiler", offset: 1, length: 1 },
      { type: "expandable_blockquote", offset: 2, length: 1 },
      { type: "pre", offset: 3, length: 1, language: "ts" },
    ]);
  });
});
