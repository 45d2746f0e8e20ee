/**
 * Label photo → a few clean, upright, cropped grayscale images for OCR (sharp).
 *
 * 1. Apply the EXIF orientation, shrink to at most WORK_MAX px (the text stays large enough).
 * 2. On a small copy: Otsu threshold, the largest light region is the sticker; the dark print
 *    enclosed by it gives the skew (projection profile over ±20°).
 * 3. Rotate the working image by the skew, find the sticker again, crop it with a margin.
 * 4. Scale the crop to a size tesseract likes, then produce variants: contrast-limited gray
 *    with the background divided out, and an adaptive threshold (both cope with glare, shadow).
 */
import sharp, { type Sharp } from "sharp";
import {
  type Box,
  boxMean,
  contrastInk,
  dilate,
  edgeMoat,
  flattenBackground,
  type Gray,
  hysteresisThreshold,
  inkInside,
  largestLightRegion,
  otsu,
  percentile,
  skewAngle,
} from "./geometry.js";
import { type TextLine, textLines, textSkew } from "./lines.js";

const WORK_MAX = 1600;
const ANALYSIS_MAX = 600;
const CROP_TARGET = 1400;

export interface Prepared {
  /** Skew that was corrected, degrees. */
  readonly angle: number;
  /** Sticker found (false: the whole photo was used). */
  readonly sticker: boolean;
  /** Text lines found (0: the whole crop was used). */
  readonly lines: number;
  /** PNG images, best first: the text lines (barcode left out) in flattened gray, then binarised. */
  readonly variants: readonly Buffer[];
  /** The rows of the composed page each text line occupies (empty: no lines were found). */
  readonly rows: readonly { readonly top: number; readonly bottom: number }[];
  /** One text line of a variant alone (PNG, with a white margin), for a single-line re-read. */
  readonly line: (variant: number, row: number) => Promise<Buffer | undefined>;
  /**
   * A box of a variant's page (its own pixels; of its bands of `pad`, when given: see `whole`) on
   * a white margin, for a re-read of a few glyphs. With `fit`, the box is fitted to the glyphs
   * in it first (see `fitGlyphBox`).
   */
  readonly box: (variant: number, box: Box, pad?: number, fit?: boolean) => Promise<Buffer | undefined>;
  /**
   * A variant's page of bands across the whole crop, one per text line found, with `pad`
   * character heights above and below and nothing whitened (flattened gray, then binarised): for
   * a last-resort pass when the line finder cut the code line. Undefined when no line was found
   * (the variants already are the whole crop).
   */
  readonly whole: (variant: number, pad: number) => Promise<Buffer | undefined>;
  /**
   * The same crop prepared again with the lines also found on ink by local contrast (washed-out
   * or faint print), for a second read when nothing was read; undefined when no line is found.
   */
  readonly faint?: () => Promise<Prepared | undefined>;
}

/** Runs a sharp pipeline to one-channel raw pixels. */
async function toGray(img: Sharp): Promise<Gray> {
  const { data, info } = await img.toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel, got ${info.channels}`);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

const raw = (g: Gray) => ({ raw: { width: g.width, height: g.height, channels: 1 as const } });
const fromGray = (g: Gray) => sharp(Buffer.from(g.data.buffer, g.data.byteOffset, g.data.length), raw(g));
const shrink = (g: Gray, max: number) =>
  toGray(fromGray(g).resize({ width: max, height: max, fit: "inside", withoutEnlargement: true }));

/**
 * The sticker in `small` coordinates, or undefined when no plausible sticker is found: the
 * largest light region at Otsu's level. When that region is implausible (too small, nearly the
 * whole photo, or touching the photo's edge: light metal joined to the sticker), the largest
 * light region clear of the photo's edge is sought with strong edges as walls (light metal beside
 * the sticker no longer joins it across its outline); it must show a sharper outline than the
 * plain region, and a plain region clear of the edge at the next level (the light class split
 * again) wins when its box is larger (walls with a gap can cut a part off). Failing that, a
 * region touching one side will do, or the light class is split again.
 */
function findSticker(small: Gray): { box: Box; mask: Uint8Array; threshold: number } | undefined {
  const total = small.width * small.height;
  const area = (b: Box) => b.width * b.height;
  const sidesOf = (box: Box) =>
    Number(box.left === 0) +
    Number(box.top === 0) +
    Number(box.left + box.width >= small.width) +
    Number(box.top + box.height >= small.height);
  const plain = (threshold: number) => {
    const region = largestLightRegion(small, threshold);
    if (!region) return undefined;
    const a = area(region.box);
    const sides = sidesOf(region.box);
    return { ...region, threshold, tooSmall: a < total * 0.02, sides: a > total * 0.9 ? 4 : sides };
  };
  let threshold = otsu(small);
  let region = plain(threshold);
  for (let attempt = 0; attempt < 3 && region && !region.tooSmall; attempt++) {
    if (region.sides === 0) return region;
    const next = attempt < 2 ? plain(otsu(small, threshold)) : undefined;
    const walled = walledRegion(small, threshold);
    const w = walled ? area(walled.box) : 0;
    const sharper =
      walled !== undefined &&
      w >= total * 0.02 &&
      w <= total * 0.9 &&
      sidesOf(walled.box) === 0 &&
      outlineStep(small, walled.mask) > Math.max(MIN_STEP, outlineStep(small, region.mask));
    if (sharper) {
      const larger = region.sides > 1 && next && !next.tooSmall && next.sides === 0 && area(next.box) > w;
      return larger ? next : { ...walled, threshold };
    }
    if (region.sides === 1) return region;
    threshold = next?.threshold ?? threshold;
    region = next;
  }
  return undefined;
}

/** Mean step in gray level across the region's filled outline (inside minus outside). */
function outlineStep(small: Gray, mask: Uint8Array): number {
  const inside = filledMask(mask, small.width);
  const w = small.width;
  let sum = 0;
  let n = 0;
  for (let y = 3; y < small.height - 3; y++) {
    for (let x = 3; x < w - 3; x++) {
      const p = y * w + x;
      if (!inside[p]) continue;
      for (const d of [1, -1, w, -w]) {
        if (inside[p + d]) continue;
        sum += (small.data[p - 2 * d] ?? 0) - (small.data[p + 3 * d] ?? 0);
        n++;
      }
    }
  }
  return n > 0 ? sum / n : 0;
}

/** A sticker's outline is at least this many gray levels lighter inside than out. */
const MIN_STEP = 30;

/** An edge is a step of at least this share of the gap between the light and the dark class. */
const WALL_STEP = 0.3;

/**
 * The largest light region at `threshold` clear of the image's edge, with strong edges as walls,
 * grown back over its own outline (the walls take a couple of pixels off it).
 */
function walledRegion(small: Gray, threshold: number): { box: Box; mask: Uint8Array } | undefined {
  let light = 0;
  let dark = 0;
  let lightN = 0;
  for (const v of small.data) {
    if (v > threshold) {
      light += v;
      lightN++;
    } else dark += v;
  }
  const gap = light / Math.max(1, lightN) - dark / Math.max(1, small.data.length - lightN);
  const walls = edgeMoat(small, Math.max(16, gap * WALL_STEP), threshold);
  const region = largestLightRegion(small, threshold, walls, true);
  if (!region) return undefined;
  const mask = dilate(region.mask, small.width, 2, (p) => (small.data[p] ?? 0) > threshold);
  let left = small.width;
  let top = small.height;
  let right = -1;
  let bottom = -1;
  for (let p = 0; p < mask.length; p++) {
    if (!mask[p]) continue;
    const x = p % small.width;
    const y = (p - x) / small.width;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { box: { left, top, width: right - left + 1, height: bottom - top + 1 }, mask };
}

function scaleBox(box: Box, factor: number, width: number, height: number, margin: number): Box {
  const left = Math.max(0, Math.floor((box.left - margin) * factor));
  const top = Math.max(0, Math.floor((box.top - margin) * factor));
  const right = Math.min(width, Math.ceil((box.left + box.width + margin) * factor));
  const bottom = Math.min(height, Math.ceil((box.top + box.height + margin) * factor));
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/**
 * The sticker's outline filled (the print inside it is not light, so not in the mask): pixels
 * between the first and last mask pixel both of their row and of their column, less a pixel
 * all round (the sticker's edge).
 */
function filledMask(mask: Uint8Array, width: number): Uint8Array {
  const height = mask.length / width;
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const row = mask.subarray(y * width, (y + 1) * width);
    const first = row.indexOf(1);
    if (first >= 0) rows.fill(1, y * width + first, y * width + row.lastIndexOf(1) + 1);
  }
  const both = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) {
    let first = -1;
    let last = -1;
    for (let y = 0; y < height; y++) {
      if (!mask[y * width + x]) continue;
      if (first < 0) first = y;
      last = y;
    }
    for (let y = Math.max(0, first); y <= last; y++) both[y * width + x] = rows[y * width + x] ?? 0;
  }
  const out = new Uint8Array(mask.length);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const p = y * width + x;
      out[p] = both[p] && both[p - 1] && both[p + 1] && both[p - width] && both[p + width] ? 1 : 0;
    }
  }
  return out;
}

/**
 * The print's skew inside the sticker at working resolution, from its characters: only ink
 * within the sticker's filled outline counts (the radio's brushed texture, vents and specks
 * around it in the box would pull the angle).
 */
function stickerSkew(work: Gray, sticker: { box: Box; mask: Uint8Array }, small: Gray): number | undefined {
  const factor = work.width / small.width;
  const box = scaleBox(sticker.box, factor, work.width, work.height, 0);
  const data = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) {
    const from = (box.top + y) * work.width + box.left;
    data.set(work.data.subarray(from, from + box.width), y * box.width);
  }
  const crop: Gray = { data, width: box.width, height: box.height };
  const paper = percentile(crop, 0.9);
  const binary = hysteresisThreshold(crop, boxMean(crop, 31), 0.8, 0.9, paper * 0.45);
  const inside = filledMask(sticker.mask, small.width);
  for (let y = 0; y < box.height; y++) {
    const sy = Math.min(small.height - 1, Math.floor((box.top + y) / factor));
    for (let x = 0; x < box.width; x++) {
      const sx = Math.min(small.width - 1, Math.floor((box.left + x) / factor));
      if (!inside[sy * small.width + sx]) binary[y * box.width + x] = 255;
    }
  }
  return textSkew({ ...crop, data: binary });
}

/** Upright, cropped and scaled grayscale of the label (raw). */
async function uprightCrop(input: Buffer): Promise<{ gray: Gray; angle: number; sticker: boolean }> {
  const work = await toGray(
    sharp(input, { limitInputPixels: 40_000_000, failOn: "error" })
      .rotate()
      .resize({ width: WORK_MAX, height: WORK_MAX, fit: "inside", withoutEnlargement: true }),
  );
  const small = await shrink(work, ANALYSIS_MAX);
  const first = findSticker(small);
  const angle = first
    ? (stickerSkew(work, first, small) ?? skewAngle(inkInside(small, first.mask, first.threshold)))
    : skewAngle(darkPoints(small, otsu(small)));
  const upright = angle === 0 ? work : await toGray(fromGray(work).rotate(-angle, { background: "#000000" }));
  // The sticker's box in the upright image: its outline turned as the image was (searching again
  // on the turned image would meet the black corners the turn adds).
  const factor = work.width / small.width;
  const found = first
    ? scaleBox(
        turnedBox(first.mask, small.width, factor, angle, work, upright),
        1,
        upright.width,
        upright.height,
        2 * factor,
      )
    : { left: 0, top: 0, width: upright.width, height: upright.height };
  let box = found;
  if (first) {
    // Paper cut off the sticker's region by a dark band printed across it belongs to the sticker.
    const margin = Math.round(2 * factor);
    const top = stripBeyondBand(upright, found, first.threshold, margin, -1);
    const bottom = stripBeyondBand(upright, found, first.threshold, margin, 1);
    const y0 = top === undefined ? found.top : Math.max(0, top - margin);
    const y1 =
      bottom === undefined ? found.top + found.height : Math.min(upright.height, bottom + 1 + margin);
    box = { ...found, top: y0, height: y1 - y0 };
  }
  const scale = Math.min(3, CROP_TARGET / Math.max(box.width, box.height));
  const gray = await toGray(
    fromGray(upright)
      .extract(box)
      .resize({ width: Math.max(1, Math.round(box.width * scale)), kernel: "lanczos3" }),
  );
  return { gray, angle, sticker: first !== undefined };
}

/**
 * Rows of a band printed across the sticker are mostly ink (white letters on it are few): light
 * on less than this share of the sticker's width; rows of paper (with text on it) on more.
 */
const BAND_LIGHT = 0.35;

/**
 * A dark band printed across the sticker (a maker's name in white on black) that meets the printed
 * border cuts the paper beyond it off the sticker's light region: the row where such a strip of
 * paper ends, above (`dir` -1) or below (1) `box` in the upright image, or undefined when there is
 * none. The band is at most a fifth of the sticker's height, the strip at least 3 % and at most
 * 35 % of it, and it ends (the sticker's edge or its border) before the photo's edge.
 */
function stripBeyondBand(
  img: Gray,
  box: Box,
  threshold: number,
  margin: number,
  dir: -1 | 1,
): number | undefined {
  const x0 = Math.max(0, box.left);
  const x1 = Math.min(img.width, box.left + box.width);
  if (x1 - x0 < 8) return undefined;
  const light = (y: number) => {
    let n = 0;
    const row = y * img.width;
    for (let x = x0; x < x1; x++) if ((img.data[row + x] ?? 0) > threshold) n++;
    return n / (x1 - x0);
  };
  const inside = (y: number) => y >= 0 && y < img.height;
  const h = box.height;
  // From the region's own edge (the box has a margin around it) outwards.
  let y = dir < 0 ? box.top + margin : box.top + box.height - 1 - margin;
  for (let i = 0; i < 3 * margin && inside(y) && light(y) >= BAND_LIGHT; i++) y += dir;
  const bandStart = y;
  while (inside(y) && light(y) < BAND_LIGHT && Math.abs(y - bandStart) <= 0.2 * h) y += dir;
  const band = Math.abs(y - bandStart);
  if (!inside(y) || band < 2 || band > 0.2 * h) return undefined;
  const stripStart = y;
  while (inside(y) && light(y) >= BAND_LIGHT && Math.abs(y - stripStart) <= 0.35 * h) y += dir;
  const strip = Math.abs(y - stripStart);
  if (!inside(y) || strip < 0.03 * h || strip > 0.35 * h) return undefined;
  return y - dir;
}

/**
 * The upright crop with each dark band printed across the sticker (a maker's name in white on
 * black) painted over with paper, for the line finder only: a code line touching the band would
 * otherwise be one ink blob with it (the line finder drops blobs that wide), and the band's
 * darkness pulls the local mean the print is binarised against. The pages read keep the crop's
 * own pixels (painting also takes off a glyph's part touching the band: a T's bar). Band rows are light on less than BAND_LIGHT of the width at
 * Otsu's level (rows through its white letters too, when between such rows and dark on more than
 * half the width); a band is 1-20 % of the crop's height and clear of its top and bottom rows (the
 * metal around the sticker). A band is seldom quite level: its top and bottom edges are each
 * followed as a straight line (see `bandEdge`), and the paper painted reaches a tenth of its
 * height beyond them (its blurred edge).
 */
export function paintOverBands(gray: Gray): Gray {
  const { width, height, data } = gray;
  const threshold = otsu(gray);
  const light = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = 0; x < width; x++) if ((data[y * width + x] ?? 0) > threshold) n++;
    light[y] = n / width;
  }
  const band = (y: number) => (light[y] ?? 1) < BAND_LIGHT;
  const out = new Uint8Array(data);
  const paper = percentile(gray, 0.9);
  const dark = (x: number, y: number) => (data[y * width + x] ?? 255) <= threshold;
  let painted = false;
  let y = 0;
  while (y < height) {
    if (!band(y)) {
      y++;
      continue;
    }
    const start = y;
    let end = y + 1;
    for (let z = end; z < height; z++) {
      if (band(z)) end = z + 1;
      else if ((light[z] ?? 1) >= 0.5) break;
    }
    y = end;
    const h = end - start;
    if (start === 0 || end >= height || h < Math.max(3, 0.01 * height) || h > 0.2 * height) continue;
    const top = bandEdge(width, start, -1, h, dark);
    const bottom = bandEdge(width, end - 1, 1, h, dark);
    const blur = Math.max(2, Math.round(h / 10));
    for (let x = 0; x < width; x++) {
      const y0 = Math.max(0, Math.floor(top(x)) - blur);
      const y1 = Math.min(height, Math.ceil(bottom(x)) + 1 + blur);
      for (let r = y0; r < y1; r++) out[r * width + x] = paper;
    }
    painted = true;
  }
  return painted ? { data: out, width, height } : gray;
}

/**
 * One edge of a band (its top: `dir` -1, from its first row `from`; its bottom: 1, from its last
 * row) as a straight line: in each column dark at `from`, the dark run is followed outwards (at
 * most the band's height); the line runs through the medians of the left and of the right half
 * of the columns (a character touching the band only lengthens a few columns' runs).
 */
function bandEdge(
  width: number,
  from: number,
  dir: -1 | 1,
  h: number,
  dark: (x: number, y: number) => boolean,
): (x: number) => number {
  const halves: number[][] = [[], []];
  for (let x = 0; x < width; x++) {
    if (!dark(x, from)) continue;
    let y = from;
    while (Math.abs(y - from) < h && dark(x, y + dir)) y += dir;
    halves[x < width / 2 ? 0 : 1]?.push(y);
  }
  const [left, right] = halves.map((ys) => (ys.length > 0 ? median(ys) : undefined));
  const l = left ?? right ?? from;
  const r = right ?? left ?? from;
  return (x: number) => l + ((r - l) * (x - width / 4)) / (width / 2);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Bounding box, in `to`'s pixels, of a mask drawn on a small copy of `from` (`factor` times
 * smaller) once `from` is turned by -`angle` degrees about its centre onto `to` (sharp's rotate).
 */
function turnedBox(
  mask: Uint8Array,
  maskWidth: number,
  factor: number,
  angle: number,
  from: Gray,
  to: Gray,
): Box {
  const a = (angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  const rows = mask.length / maskWidth;
  for (let y = 0; y < rows; y++) {
    let first = -1;
    let last = -1;
    for (let x = 0; x < maskWidth; x++) {
      if (!mask[y * maskWidth + x]) continue;
      if (first < 0) first = x;
      last = x;
    }
    if (first < 0) continue;
    for (const x of [first, last + 1]) {
      for (const yy of [y, y + 1]) {
        const dx = x * factor - from.width / 2;
        const dy = yy * factor - from.height / 2;
        const tx = dx * cos + dy * sin + to.width / 2;
        const ty = -dx * sin + dy * cos + to.height / 2;
        left = Math.min(left, tx);
        right = Math.max(right, tx);
        top = Math.min(top, ty);
        bottom = Math.max(bottom, ty);
      }
    }
  }
  return { left, top, width: right - left, height: bottom - top };
}

function darkPoints(img: Gray, threshold: number): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let p = 0; p < img.data.length; p++) {
    if ((img.data[p] ?? 255) > threshold) continue;
    xs.push(p % img.width);
    ys.push(Math.floor(p / img.width));
  }
  return xs.length > 200_000 ? { xs: [], ys: [] } : { xs, ys };
}

/** Local contrast (gray levels) below which a neighbourhood holds no ink (paper, noise). */
const MIN_CONTRAST = 24;
/** The neighbourhood of the contrast ink: about a character of small print. */
const contrastWindow = (g: Gray) => Math.max(15, Math.round(Math.min(g.width, g.height) / 24) | 1);

const CHAR_HEIGHT = 34;
/** Hysteresis of the binarised page: ink below 0.8 × the local mean, grown through 0.88. */
const PAGE_WEAK = 0.88;
/** Characters closer than this (× the line's character height) are one word, kept whole. */
const WORD_GAP = 0.6;
/** Hysteresis of the line finder's binarisation: thin, faint print stays whole. */
const STRONG = 0.82;
const WEAK = 0.9;

/** Bilinear resampling of a box of `src` to `w` × `h` (small strips: cheaper than a sharp call). */
function resample(src: Gray, box: Box, w: number, h: number): Gray {
  const out = new Uint8Array(w * h);
  const sx = box.width / w;
  const sy = box.height / h;
  for (let y = 0; y < h; y++) {
    const fy = Math.min(src.height - 1, box.top + (y + 0.5) * sy - 0.5);
    const y0 = Math.max(0, Math.floor(fy));
    const y1 = Math.min(src.height - 1, y0 + 1);
    const wy = Math.max(0, fy - y0);
    for (let x = 0; x < w; x++) {
      const fx = Math.min(src.width - 1, box.left + (x + 0.5) * sx - 0.5);
      const x0 = Math.max(0, Math.floor(fx));
      const x1 = Math.min(src.width - 1, x0 + 1);
      const wx = Math.max(0, fx - x0);
      const a = src.data[y0 * src.width + x0] ?? 255;
      const b = src.data[y0 * src.width + x1] ?? 255;
      const c = src.data[y1 * src.width + x0] ?? 255;
      const d = src.data[y1 * src.width + x1] ?? 255;
      out[y * w + x] = (a * (1 - wx) + b * wx) * (1 - wy) + (c * (1 - wx) + d * wx) * wy;
    }
  }
  return { data: out, width: w, height: h };
}

/** The line's characters merged into words (boxes of neighbours less than a space apart). */
function words(line: TextLine): Box[] {
  const parts = [...line.parts].sort((a, b) => a.left - b.left);
  const out: { left: number; top: number; right: number; bottom: number }[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && p.left - last.right < line.charHeight * WORD_GAP) {
      last.right = Math.max(last.right, p.left + p.width);
      last.top = Math.min(last.top, p.top);
      last.bottom = Math.max(last.bottom, p.top + p.height);
    } else out.push({ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height });
  }
  return out.map((w) => ({ left: w.left, top: w.top, width: w.right - w.left, height: w.bottom - w.top }));
}

/** Whitens everything in a line strip but its characters' boxes (grown by a small margin). */
function keepParts(
  strip: Gray,
  line: TextLine,
  origin: { left: number; top: number },
  sx: number,
  sy: number,
): Gray {
  const keep = new Uint8Array(strip.width * strip.height);
  const grow = line.charHeight * 0.15;
  for (const p of words(line)) {
    const x0 = Math.max(0, Math.floor((p.left - origin.left - grow) * sx));
    const x1 = Math.min(strip.width, Math.ceil((p.left + p.width - origin.left + grow) * sx));
    const y0 = Math.max(0, Math.floor((p.top - origin.top - grow) * sy));
    const y1 = Math.min(strip.height, Math.ceil((p.top + p.height - origin.top + grow) * sy));
    for (let y = y0; y < y1; y++) keep.fill(1, y * strip.width + x0, y * strip.width + x1);
  }
  const data = strip.data;
  for (let i = 0; i < data.length; i++) if (!keep[i]) data[i] = 255;
  return strip;
}

/**
 * Crops each text line (with a margin), scales it to CHAR_HEIGHT and stacks them on white. With
 * `band` (a margin in character heights), each line is taken as a band across the whole crop and
 * nothing in it is whitened (characters merged with a barcode, which the line finder drops, stay).
 */
function composeLines(
  source: Gray,
  lines: readonly TextLine[],
  band?: number,
  stretch = false,
): { page: Gray; rows: { top: number; bottom: number }[] } {
  const strips: Gray[] = [];
  for (const line of lines) {
    const whole = band !== undefined;
    const pad = Math.round(line.charHeight * (band ?? 0.4));
    const left = whole ? 0 : Math.max(0, line.left - pad);
    const top = Math.max(0, line.top - pad);
    const width = (whole ? source.width : Math.min(source.width, line.left + line.width + pad)) - left;
    const height = Math.min(source.height, line.top + line.height + pad) - top;
    if (width < 2 || height < 2) continue;
    const scale = CHAR_HEIGHT / Math.max(1, line.charHeight);
    const w = Math.max(2, Math.min(3000, Math.round(width * scale)));
    const h = Math.max(2, Math.min(400, Math.round(height * scale)));
    const strip = resample(source, { left, top, width, height }, w, h);
    if (stretch) stretchContrast(strip);
    strips.push(whole ? strip : keepParts(strip, line, { left, top }, w / width, h / height));
  }
  const gap = Math.round(CHAR_HEIGHT * 0.6);
  const width = Math.max(...strips.map((s) => s.width)) + 2 * gap;
  const height = strips.reduce((h, s) => h + s.height + gap, gap);
  const page = new Uint8Array(width * height).fill(255);
  const rows: { top: number; bottom: number }[] = [];
  let y = gap;
  for (const s of strips) {
    for (let r = 0; r < s.height; r++)
      page.set(s.data.subarray(r * s.width, (r + 1) * s.width), (y + r) * width + gap);
    rows.push({ top: y, bottom: y + s.height });
    y += s.height + gap;
  }
  return { page: { data: page, width, height }, rows };
}

/** Spreads a strip's gray levels (its darkest to its paper) over the full range, in place. */
function stretchContrast(strip: Gray): void {
  const lo = percentile(strip, 0.01);
  const hi = percentile(strip, 0.9);
  if (hi - lo < 8) return;
  const d = strip.data;
  for (let i = 0; i < d.length; i++)
    d[i] = Math.max(0, Math.min(255, Math.round((((d[i] ?? 0) - lo) / (hi - lo)) * 255)));
}

/** A box of a page, clipped to it, with `margin` white pixels around. */
function cropBox(page: Gray, b: Box, margin: number): Gray {
  const left = Math.max(0, Math.floor(b.left));
  const top = Math.max(0, Math.floor(b.top));
  const right = Math.min(page.width, Math.ceil(b.left + b.width));
  const bottom = Math.min(page.height, Math.ceil(b.top + b.height));
  const w = Math.max(1, right - left);
  const h = Math.max(1, bottom - top);
  const width = w + 2 * margin;
  const data = new Uint8Array(width * (h + 2 * margin)).fill(255);
  for (let y = 0; y < h; y++) {
    const from = (top + y) * page.width + left;
    data.set(page.data.subarray(from, from + w), (margin + y) * width + margin);
  }
  return { data, width, height: h + 2 * margin };
}

/** A glyph box whose darkest pixel is lighter than this holds no glyph to fit to. */
const GLYPH_INK = 128;

/**
 * A glyph box fitted to its glyphs: its right edge moved past the glyph it cuts (while the
 * column just right of the box holds ink within its rows, for at most `limit` columns: a box from
 * tesseract can end inside a glyph, and a 3 cut at its right reads as a 2), then its rows cut to
 * the longest run of rows holding ink (bits of the neighbouring lines' characters at its top or
 * bottom, apart from the glyphs by a white row, would be read with them); a sliver of the glyph
 * before, ink from its left edge narrower than 0.4 × `limit` ending in a white column, is left out.
 */
export function fitGlyphBox(page: Gray, b: Box, limit: number): Box {
  const top = Math.max(0, Math.floor(b.top));
  const bottom = Math.min(page.height, Math.ceil(b.top + b.height));
  // Ink: darker than halfway from the box's darkest pixel to white (faint print is gray).
  let darkest = 255;
  for (let y = top; y < bottom; y++) {
    for (let x = Math.max(0, Math.floor(b.left)); x < Math.min(page.width, Math.ceil(b.left + b.width)); x++)
      darkest = Math.min(darkest, page.data[y * page.width + x] ?? 255);
  }
  if (darkest > GLYPH_INK) return b;
  const level = (darkest + 255) / 2;
  const isInk = (x: number, y: number) => (page.data[y * page.width + x] ?? 255) < level;
  const inkInColumn = (x: number) => {
    for (let y = top; y < bottom; y++) if (isInk(x, y)) return true;
    return false;
  };
  const start = Math.ceil(b.left + b.width);
  let x = start;
  while (x < page.width && x - start < limit && inkInColumn(x)) x++;
  const right = x - start < limit ? x : start;
  // A sliver of the glyph before at the left edge (ink from the edge, then a white column).
  const edge = Math.max(0, Math.floor(b.left));
  let sliver = edge;
  while (sliver < right && sliver - edge < limit * 0.4 && inkInColumn(sliver)) sliver++;
  const left = sliver > edge && sliver - edge < limit * 0.4 && sliver < right ? sliver : edge;
  const inkInRow = (y: number) => {
    for (let c = left; c < Math.min(page.width, right); c++) if (isInk(c, y)) return true;
    return false;
  };
  let best: { top: number; bottom: number } | undefined;
  let runStart = -1;
  for (let y = top; y <= bottom; y++) {
    if (y < bottom && inkInRow(y)) {
      if (runStart < 0) runStart = y;
      continue;
    }
    if (runStart >= 0 && (!best || y - runStart > best.bottom - best.top))
      best = { top: runStart, bottom: y };
    runStart = -1;
  }
  if (!best) return { left, top, width: right - left, height: bottom - top };
  return { left, width: right - left, top: best.top, height: best.bottom - best.top };
}

/** Rows `top`–`bottom` of a page with `margin` white rows above and below. */
function cropRows(page: Gray, top: number, bottom: number, margin: number): Gray {
  const from = Math.max(0, top);
  const to = Math.min(page.height, bottom);
  const height = Math.max(1, to - from) + 2 * margin;
  const data = new Uint8Array(page.width * height).fill(255);
  data.set(page.data.subarray(from * page.width, to * page.width), margin * page.width);
  return { data, width: page.width, height };
}

const png = (g: Gray) =>
  sharp(Buffer.from(g.data.buffer, g.data.byteOffset, g.data.length), raw(g))
    .png({ compressionLevel: 1 })
    .toBuffer();

export async function prepareLabel(input: Buffer): Promise<Prepared> {
  const { gray, angle, sticker } = await uprightCrop(input);
  const window = Math.max(15, Math.round(Math.min(gray.width, gray.height) / 10) | 1);
  const mean = boxMean(gray, window);
  const flat: Gray = { data: flattenBackground(gray, mean), width: gray.width, height: gray.height };
  const paper = percentile(gray, 0.9);
  const binary: Gray = {
    data: hysteresisThreshold(gray, mean, STRONG, WEAK, paper * 0.45),
    width: gray.width,
    height: gray.height,
  };
  const compose = (lines: readonly TextLine[], stretch = false) => {
    if (lines.length === 0) return prepared(angle, sticker, 0, [flat, binary], [], () => []);
    const { page, rows } = composeLines(flat, lines, undefined, stretch);
    const pageBinary: Gray = {
      ...page,
      data: hysteresisThreshold(page, boxMean(page, CHAR_HEIGHT * 2 + 1), 0.8, PAGE_WEAK),
    };
    const bands = (pad: number) => {
      const b = composeLines(flat, lines, pad, stretch).page;
      return [b, { ...b, data: hysteresisThreshold(b, boxMean(b, CHAR_HEIGHT * 2 + 1), 0.8, PAGE_WEAK) }];
    };
    return prepared(angle, sticker, lines.length, [page, pageBinary], rows, bands);
  };
  // Lines are found with the dark bands painted over (see `paintOverBands`).
  const banded = sticker ? paintOverBands(gray) : gray;
  const lineInk =
    banded === gray
      ? binary
      : { ...binary, data: hysteresisThreshold(banded, boxMean(banded, window), STRONG, WEAK, paper * 0.45) };
  const first = await compose(textLines(lineInk));
  // Print washed out by glare or printed faint breaks up at the ratio to the mean: its lines
  // are found again with ink by local contrast added.
  const faint = async () => {
    const more = contrastInk(gray, contrastWindow(gray), MIN_CONTRAST, mean, paper * 0.45);
    const data = binary.data.map((v, p) => (v === 0 || more[p] === 0 ? 0 : 255));
    const lines = textLines({ ...binary, data });
    return lines.length > 0 ? compose(lines, true) : undefined;
  };
  return { ...first, faint };
}

async function prepared(
  angle: number,
  sticker: boolean,
  lineCount: number,
  composed: readonly Gray[],
  rows: readonly { top: number; bottom: number }[],
  bands: (pad: number) => readonly Gray[],
): Promise<Prepared> {
  const pages = composed;
  const line = async (variant: number, row: number) => {
    const p = pages[variant];
    const r = rows[row];
    return p && r ? png(cropRows(p, r.top, r.bottom, Math.round(CHAR_HEIGHT * 0.6))) : undefined;
  };
  const banded = new Map<number, readonly Gray[]>();
  const bandsOf = (pad: number) => {
    const b = banded.get(pad) ?? bands(pad);
    banded.set(pad, b);
    return b;
  };
  const box = async (variant: number, b: Box, pad?: number, fit = false) => {
    const p = pad === undefined ? pages[variant] : bandsOf(pad)[variant];
    if (!p || b.width <= 1 || b.height <= 1) return undefined;
    const fitted = fit ? fitGlyphBox(p, b, b.height * 0.5) : b;
    return png(cropBox(p, fitted, Math.round(CHAR_HEIGHT * 0.5)));
  };
  const whole = async (variant: number, pad: number) => {
    const g = bandsOf(pad)[variant];
    return g ? png(g) : undefined;
  };
  return {
    angle,
    sticker,
    lines: lineCount,
    variants: await Promise.all(pages.map(png)),
    rows,
    line,
    box,
    whole,
  };
}
