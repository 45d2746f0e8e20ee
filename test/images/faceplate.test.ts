import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { faceplateSvg } from "../../src/core/faceplate.js";
import { RADIO_TYPES } from "../../src/core/radio.js";

const pin = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0"));
const radio = fc.constantFrom(...RADIO_TYPES);

describe("faceplateSvg", () => {
  it("shows the PIN on the display and one press marker per digit button, for every radio type (property)", () => {
    fc.assert(
      fc.property(radio, pin, (r, p) => {
        const svg = faceplateSvg(r, p, { confirm: "hold" });
        expect(svg).toContain(`>${p}</text>`);
        for (const d of p) expect(svg).toContain(`→${d}</text>`);
        expect(svg.match(/→[0-9]<\/text>/g)).toHaveLength(4);
        expect(svg).toContain(">hold</text>");
      }),
    );
  });

  it("highlights button 6 to confirm, and the lower button of the steering-wheel control instead", () => {
    const cd = faceplateSvg("radio-cd", "4727", { confirm: "hold" });
    expect(cd).toMatch(/fill="#d9342b"[^>]*\/><text[^>]*>6<\/text>/);
    const sw = faceplateSvg("steering-wheel", "4727", { confirm: "hold" });
    expect(sw).not.toMatch(/fill="#d9342b"[^>]*\/><text[^>]*>6<\/text>/);
    expect(sw).toMatch(/<circle cx="645" cy="160" r="22" fill="#d9342b"/);
  });

  it("escapes the caller's text and refuses what is not a four-digit PIN", () => {
    const svg = faceplateSvg("radio-cd", "0086", { confirm: `<b>&"x"` });
    expect(svg).toContain("&lt;b&gt;&amp;&quot;x&quot;");
    expect(() => faceplateSvg("radio-cd", "12a4", { confirm: "hold" })).toThrow(RangeError);
  });
});
