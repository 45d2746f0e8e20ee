import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paletteOf } from "../../src/images/palette.js";

/** An opaque RGBA pixel as read little-endian (0xAABBGGRR) from 0xRRGGBB. */
const pixel = (rgb: number) => (0xff000000 | ((rgb & 0xff) << 16) | (rgb & 0xff00) | (rgb >>> 16)) >>> 0;

describe("paletteOf", () => {
  it("keeps every colour of up to 256, exactly (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0xffffff }), { minLength: 1, maxLength: 256 }),
        (rgbs) => {
          const p = paletteOf([Uint32Array.from(rgbs, pixel)]);
          expect(p.colours).toHaveLength(rgbs.length);
          for (const rgb of rgbs) expect(p.colours[p.indexOf(pixel(rgb))]).toBe(rgb);
        },
      ),
    );
  });

  it("keeps the 256 most frequent of more, and gives each other colour its nearest kept one", () => {
    // 256 grays used twice each, then 40 colours used once, each one level off a gray.
    const grays = Array.from({ length: 256 }, (_, g) => g * 0x010101);
    const rare = Array.from({ length: 40 }, (_, i) => i * 6 * 0x010101 + 1);
    const p = paletteOf([Uint32Array.from([...grays, ...grays, ...rare], pixel)]);
    expect(p.colours).toHaveLength(256);
    expect([...p.colours].sort((a, b) => a - b)).toEqual(grays);
    for (const [i, rgb] of rare.entries()) expect(p.colours[p.indexOf(pixel(rgb))]).toBe(i * 6 * 0x010101);
  });
});
