import { crc32, inflateSync } from "node:zlib";
import fc from "fast-check";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { assemblePng, deflatePiece, rgbPngHead } from "../../src/images/png-assembly.js";
import { chooseFilters, filterRows, rgbRows } from "../../src/images/png-rows.js";

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

/** Random RGBA pictures (opaque), with flat runs so the filters and matches have work to do. */
const picture = fc
  .record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 30 }) })
  .chain(({ width, height }) =>
    fc
      .array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 0xffffff })), {
        minLength: 1,
        maxLength: 40,
      })
      .map((runs) => {
        const rgba = new Uint8Array(width * height * 4);
        let p = 0;
        for (let r = 0; p < width * height; r++) {
          const [count, colour] = runs[r % runs.length] ?? [1, 0];
          for (let i = 0; i < count && p < width * height; i++, p++)
            rgba.set([colour >> 16, (colour >> 8) & 0xff, colour & 0xff, 255], p * 4);
        }
        return { width, height, rgba };
      }),
  );

describe("assemblePng", () => {
  it("gives a valid PNG of the picture however the raw stream is cut into pieces (property)", async () => {
    await fc.assert(
      fc.asyncProperty(picture, fc.array(fc.double({ min: 0, max: 1, noNaN: true })), async (pic, cuts) => {
        const rows = rgbRows(pic.rgba, pic.width, pic.height);
        const raw = filterRows(rows, chooseFilters(rows));
        const at = [...new Set(cuts.map((c) => Math.floor(c * raw.length)))].sort((a, b) => a - b);
        const bounds = [0, ...at.filter((c) => c > 0), raw.length];
        const pieces = bounds.slice(1).map((end, i) => deflatePiece(raw.subarray(bounds[i], end)));
        const png = assemblePng(rgbPngHead(pic.width, pic.height), pieces);

        const parts = chunks(png);
        expect(parts.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
        // inflateSync checks the zlib header and the combined Adler-32.
        expect(inflateSync(parts[1]?.data ?? Buffer.alloc(0)).equals(raw)).toBe(true);
        const decoded = await sharp(png).raw().toBuffer({ resolveWithObject: true });
        expect(decoded.info).toMatchObject({ width: pic.width, height: pic.height, channels: 3 });
        expect(decoded.data.equals(Buffer.concat(rows))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
