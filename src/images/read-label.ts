/**
 * Label photo → pre-code: limits, preprocessing, OCR passes, vote. Processed in memory only;
 * nothing is written to disk.
 *
 * Passes (variant × page mode) run in order and stop as soon as the vote is confident after at
 * least two of them, so clear photos cost two OCR runs and hard ones up to PASSES.length.
 */
import sharp from "sharp";
import { type LabelReading, readLabelText, voteLabels } from "../core/label-text.js";
import { err, ok, type Result } from "../core/result.js";
import type { OcrPool, PageMode } from "./ocr.js";
import { prepareLabel } from "./preprocess.js";

const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const MAX_IMAGE_PIXELS = 40_000_000;
const DEFAULT_PHOTO_TIMEOUT_MS = 15_000;

export type LabelErrorCode =
  | "image.too-large"
  | "image.too-many-pixels"
  | "image.unreadable"
  | "image.timeout";

export interface LabelResult {
  readonly precode: string | null;
  readonly confident: boolean;
  readonly candidates: readonly { readonly precode: string; readonly score: number }[];
  /** The OCR text of the reading that best supports the answer. */
  readonly text: string;
  readonly medianav: boolean;
  readonly passes: number;
  /** Diagnostics: the pre-codes each pass read, in pass order. */
  readonly perPass: readonly (readonly string[])[];
  readonly ms: number;
}

export type LabelOutcome = Result<LabelResult, LabelErrorCode, Record<string, string>>;

/** Letters, digits and the punctuation labels use: keeps tesseract from inventing symbols. */
const WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:-./# ";

const PASSES: readonly { variant: number; mode: PageMode }[] = [
  { variant: 0, mode: "block" },
  { variant: 1, mode: "block" },
  { variant: 0, mode: "sparse" },
  { variant: 1, mode: "sparse" },
];

export interface ReadLabelOptions {
  readonly pool: OcrPool;
  readonly timeoutMs?: number;
}

async function checkLimits(image: Uint8Array): Promise<LabelOutcome | undefined> {
  if (image.byteLength > MAX_IMAGE_BYTES) {
    return err("image.too-large", { maxMb: String(MAX_IMAGE_BYTES / 1024 / 1024) });
  }
  try {
    const meta = await sharp(image).metadata();
    if (!meta.width || !meta.height) return err("image.unreadable", {});
    if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
      return err("image.too-many-pixels", { maxMp: String(MAX_IMAGE_PIXELS / 1_000_000) });
    }
  } catch {
    return err("image.unreadable", {});
  }
  return undefined;
}

export async function readLabel(image: Uint8Array, options: ReadLabelOptions): Promise<LabelOutcome> {
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? DEFAULT_PHOTO_TIMEOUT_MS);
  const refused = await checkLimits(image);
  if (refused) return refused;
  let variants: readonly Buffer[];
  try {
    variants = (await prepareLabel(Buffer.from(image.buffer, image.byteOffset, image.byteLength))).variants;
  } catch {
    return err("image.unreadable", {});
  }
  const readings: LabelReading[] = [];
  const texts: string[] = [];
  let vote = voteLabels([]);
  for (const pass of PASSES) {
    if (performance.now() > deadline) {
      if (readings.length === 0) return err("image.timeout", {});
      break;
    }
    const variant = variants[pass.variant];
    if (!variant) continue;
    try {
      const r = await options.pool.recognize({ image: variant, mode: pass.mode, whitelist: WHITELIST });
      texts.push(r.text);
      readings.push(readLabelText(r.text));
    } catch {
      if (readings.length === 0 && performance.now() > deadline) return err("image.timeout", {});
      continue;
    }
    vote = voteLabels(readings);
    if (readings.length >= 2 && (vote.confident || vote.medianav)) break;
  }
  if (readings.length === 0) return err("image.timeout", {});
  const bestIndex = readings.findIndex((r) => r.candidates[0]?.precode === vote.precode);
  return ok({
    precode: vote.precode,
    confident: vote.confident,
    candidates: vote.candidates,
    text: (texts[Math.max(0, bestIndex)] ?? "").trim(),
    medianav: vote.medianav,
    passes: readings.length,
    perPass: readings.map((r) =>
      r.candidates.map((c) => `${c.precode}:${c.source[0]}${c.mapped ? "*" : ""}`),
    ),
    ms: Math.round(performance.now() - started),
  });
}
