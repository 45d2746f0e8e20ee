/**
 * An 8-bit palette for a set of drawings: a PNG with a palette stores one byte per pixel instead
 * of three, about a third of the compressed size. The faceplate uses about 250–310 colours
 * (its flat colours and their anti-aliased blends); the 256 most frequent are kept and each
 * other colour — a few dozen pixels per picture, blends along the edges of the USB and jack
 * sockets and of the confirm marker's text — is drawn with its nearest kept colour (measured:
 * at most 62 pixels of 216,000 change, by at most 8 of 255 in a channel, over every radio type
 * and language; radio-cd and renault-tuner in English are exact).
 */

const MAX_COLOURS = 256;

export interface Palette {
  /** The colours as 0xRRGGBB, most frequent first. */
  readonly colours: readonly number[];
  /** The palette index of an opaque RGBA pixel (as read little-endian: 0xAABBGGRR). */
  indexOf(pixel: number): number;
}

const rgbOf = (pixel: number) => ((pixel & 0xff) << 16) | (pixel & 0xff00) | ((pixel >>> 16) & 0xff);

function distance(a: number, b: number): number {
  const dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
  const dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
  const db = (a & 0xff) - (b & 0xff);
  return dr * dr + dg * dg + db * db;
}

export function paletteOf(drawings: readonly Uint32Array[]): Palette {
  const counts = new Map<number, number>();
  for (const d of drawings) for (const p of d) counts.set(p, (counts.get(p) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([p]) => p);
  const colours = byFrequency.slice(0, MAX_COLOURS).map(rgbOf);
  const index = new Map(byFrequency.slice(0, MAX_COLOURS).map((p, i) => [p, i]));
  const nearest = (pixel: number) => {
    const rgb = rgbOf(pixel);
    let best = 0;
    colours.forEach((c, i) => {
      if (distance(rgb, c) < distance(rgb, colours[best] ?? 0)) best = i;
    });
    index.set(pixel, best);
    return best;
  };
  return { colours, indexOf: (pixel) => index.get(pixel) ?? nearest(pixel) };
}
