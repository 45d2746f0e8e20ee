import { crc32, inflateSync } from "node:zlib";
import fc from "fast-check";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { assemblePng, deflatePiece, indexedPngHead } from "../../src/images/png-assembly.js";

/** The PNG's chunks, each with its CRC checked. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(
      crc32(png.subarray(at + 4, at + 8 + length)),
    );
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** Random palette pictures: a palette, then runs of its indices (so matches have work to do). */
const picture = fc
  .record({
    width: fc.integer({ min: 1, max: 40 }),
    height: fc.integer({ min: 1, max: 30 }),
    colours: fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: 1, maxLength: 256 }),
    runs: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.nat()), { minLength: 1, maxLength: 40 }),
  })
  .map(({ width, height, colours, runs }) => {
    const raw = Buffer.alloc((1 + width) * height); // filter byte 0 (none) on every row
    let p = 0;
    for (let r = 0; p < width * height; r++) {
      const [count, colour] = runs[r % runs.length] ?? [1, 0];
      for (let i = 0; i < count && p < width * height; i++, p++)
        raw[Math.floor(p / width) * (1 + width) + 1 + (p % width)] = colour % colours.length;
    }
    return { width, height, colours, raw };
  });

describe("assemblePng", () => {
  it("gives a valid PNG of the picture however the raw stream is cut into pieces (property)", async () => {
    await fc.assert(
      fc.asyncProperty(picture, fc.array(fc.double({ min: 0, max: 1, noNaN: true })), async (pic, cuts) => {
        const { raw } = pic;
        const at = [...new Set(cuts.map((c) => Math.floor(c * raw.length)))].sort((a, b) => a - b);
        const bounds = [0, ...at.filter((c) => c > 0), raw.length];
        const pieces = bounds.slice(1).map((end, i) => deflatePiece(raw.subarray(bounds[i], end)));
        const png = assemblePng(indexedPngHead(pic.width, pic.height, pic.colours), pieces);

        const parts = chunks(png);
        expect(parts.map((c) => c.type)).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
        // inflateSync checks the zlib header and the combined Adler-32.
        expect(inflateSync(parts[2]?.data ?? Buffer.alloc(0)).equals(raw)).toBe(true);
        const decoded = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        expect(decoded.info).toMatchObject({ width: pic.width, height: pic.height, channels: 3 });
        const expected = Buffer.alloc(pic.width * pic.height * 3);
        for (let p = 0; p < pic.width * pic.height; p++) {
          const index = raw[Math.floor(p / pic.width) * (1 + pic.width) + 1 + (p % pic.width)] ?? 0;
          expected.writeUIntBE(pic.colours[index] ?? 0, p * 3, 3);
        }
        expect(decoded.data.equals(expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
