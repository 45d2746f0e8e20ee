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
import sharp from "sharp";
import {
  adaptiveThreshold,
  type Box,
  boxMean,
  flattenBackground,
  type Gray,
  inkInside,
  largestLightRegion,
  otsu,
  skewAngle,
} from "./geometry.js";

const WORK_MAX = 2000;
const ANALYSIS_MAX = 600;
const CROP_TARGET = 1400;

export interface Prepared {
  /** Skew that was corrected, degrees. */
  readonly angle: number;
  /** Sticker found (false: the whole photo was used). */
  readonly sticker: boolean;
  /** PNG images, best first: [flattened gray, adaptive threshold]. */
  readonly variants: readonly Buffer[];
}

async function toGray(img: sharp.Sharp, max: number): Promise<Gray> {
  const { data, info } = await img
    .clone()
    .resize({ width: max, height: max, fit: "inside", withoutEnlargement: true })
    .grayscale()
    .toColourspace("b-w")
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel, got ${info.channels}`);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

/** The sticker's box in `small` coordinates, or undefined when no plausible sticker is found. */
function findSticker(small: Gray): { box: Box; mask: Uint8Array; threshold: number } | undefined {
  const threshold = otsu(small);
  const region = largestLightRegion(small, threshold);
  if (!region) return undefined;
  const area = region.box.width * region.box.height;
  const total = small.width * small.height;
  if (area < total * 0.04 || area > total * 0.97) return undefined;
  return { ...region, threshold };
}

function scaleBox(box: Box, factor: number, width: number, height: number, margin: number): Box {
  const left = Math.max(0, Math.floor((box.left - margin) * factor));
  const top = Math.max(0, Math.floor((box.top - margin) * factor));
  const right = Math.min(width, Math.ceil((box.left + box.width + margin) * factor));
  const bottom = Math.min(height, Math.ceil((box.top + box.height + margin) * factor));
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/** Upright, cropped and scaled grayscale of the label (raw). */
async function uprightCrop(input: Buffer): Promise<{ gray: Gray; angle: number; sticker: boolean }> {
  const oriented = await sharp(input, { limitInputPixels: 40_000_000, failOn: "error" })
    .rotate()
    .resize({ width: WORK_MAX, height: WORK_MAX, fit: "inside", withoutEnlargement: true })
    .grayscale()
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  const work = sharp(oriented.data);
  const small = await toGray(work, ANALYSIS_MAX);
  const first = findSticker(small);
  let angle = 0;
  if (first) angle = skewAngle(inkInside(small, first.mask, first.threshold));
  else {
    const t = otsu(small);
    angle = skewAngle(darkPoints(small, t));
  }
  let upright = work;
  let uprightInfo = oriented.info;
  if (angle !== 0) {
    const r = await work
      .clone()
      .rotate(-angle, { background: { r: 0, g: 0, b: 0 } })
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    upright = sharp(r.data);
    uprightInfo = r.info;
  }
  const small2 = await toGray(upright, ANALYSIS_MAX);
  const second = findSticker(small2);
  const factor = uprightInfo.width / small2.width;
  const box = second
    ? scaleBox(second.box, factor, uprightInfo.width, uprightInfo.height, 2)
    : { left: 0, top: 0, width: uprightInfo.width, height: uprightInfo.height };
  const longest = Math.max(box.width, box.height);
  const scale = Math.min(3, CROP_TARGET / longest);
  const { data, info } = await upright
    .clone()
    .extract(box)
    .resize({ width: Math.round(box.width * scale), kernel: "lanczos3" })
    .grayscale()
    .toColourspace("b-w")
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel, got ${info.channels}`);
  return {
    gray: {
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      width: info.width,
      height: info.height,
    },
    angle,
    sticker: second !== undefined,
  };
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

const raw = (g: Gray) => ({ raw: { width: g.width, height: g.height, channels: 1 as const } });

export async function prepareLabel(input: Buffer): Promise<Prepared> {
  const { gray, angle, sticker } = await uprightCrop(input);
  const window = Math.max(15, Math.round(Math.min(gray.width, gray.height) / 10) | 1);
  const mean = boxMean(gray, window);
  const flat = flattenBackground(gray, mean);
  const binary = adaptiveThreshold(gray, mean, 0.82);
  const [a, b] = await Promise.all([
    sharp(Buffer.from(flat), raw(gray)).png({ compressionLevel: 1 }).toBuffer(),
    sharp(Buffer.from(binary), raw(gray)).png({ compressionLevel: 1 }).toBuffer(),
  ]);
  return { angle, sticker, variants: [a, b] };
}
