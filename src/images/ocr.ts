/**
 * A small, bounded pool of tesseract.js workers that never touches the network:
 * the English LSTM data comes from the npm package `@tesseract.js-data/eng` (gzip as shipped),
 * `cacheMethod: 'none'` keeps it from writing a cache next to the process.
 *
 * Each worker is recycled after `recycleAfter` jobs (tesseract's WASM heap only grows) and a job
 * that runs past `timeoutMs` terminates its worker, so one pathological image cannot hold the
 * pool. Jobs queue in order; at most `size` run at once.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Worker } from "tesseract.js";

/** Page segmentation modes we use (tesseract's numbering). */
export type PageMode = "block" | "sparse" | "line" | "word" | "char";
const PSM: Record<PageMode, string> = { block: "6", sparse: "11", line: "7", word: "8", char: "10" };

export interface OcrJob {
  readonly image: Buffer;
  readonly mode: PageMode;
  /** Restrict recognised characters (tesseract's whitelist). */
  readonly whitelist?: string;
  /** Also return the text lines with their rows (tesseract's layout). */
  readonly lines?: boolean;
  /** Which engine reads it: the LSTM (default) or the second, different one (see `Engine`). */
  readonly engine?: Engine;
}

/**
 * `lstm`: the LSTM-only "best_int" data. `legacy`: tesseract's older, non-LSTM engine on the
 * standard data (its errors differ from the LSTM's), for a second opinion on a few glyphs.
 */
export type Engine = "lstm" | "legacy";

export interface OcrBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface OcrLine {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
  /** The line's characters (spaces left out) with their boxes. */
  readonly symbols: readonly { readonly text: string; readonly box: OcrBox }[];
}

export interface OcrResult {
  readonly text: string;
  /** Tesseract's mean confidence, 0–100. */
  readonly confidence: number;
  readonly lines?: readonly OcrLine[] | undefined;
}

export interface OcrPoolOptions {
  readonly size?: number;
  readonly recycleAfter?: number;
  readonly timeoutMs?: number;
  readonly engine?: Engine;
}

class OcrTimeoutError extends Error {
  readonly code = "ocr.timeout";
}

/**
 * The directory holding `eng.traineddata.gz`: the LSTM-only "best_int" data (smaller, faster), or
 * the standard data that also holds the legacy engine's.
 */
function englishDataPath(engine: Engine): string {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve("@tesseract.js-data/eng/package.json"));
  return path.join(pkg, engine === "legacy" ? "4.0.0" : "4.0.0_best_int");
}

interface Slot {
  worker: Promise<Worker> | undefined;
  jobs: number;
  busy: boolean;
}

interface Waiting {
  readonly job: OcrJob;
  readonly resolve: (r: OcrResult) => void;
  readonly reject: (e: unknown) => void;
}

export class OcrPool {
  private readonly slots: Slot[];
  private readonly queue: Waiting[] = [];
  private readonly recycleAfter: number;
  private readonly timeoutMs: number;
  private readonly engine: Engine;
  /** The second engine's pool (one worker), made with its first job. */
  private second: OcrPool | undefined;
  private closed = false;

  constructor(options: OcrPoolOptions = {}) {
    const size = Math.max(1, Math.min(4, options.size ?? 1));
    this.recycleAfter = options.recycleAfter ?? 200;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.engine = options.engine ?? "lstm";
    this.slots = Array.from({ length: size }, () => ({ worker: undefined, jobs: 0, busy: false }));
  }

  get size(): number {
    return this.slots.length;
  }

  recognize(job: OcrJob): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new Error("OCR pool is closed"));
    const engine = job.engine ?? "lstm";
    if (engine !== this.engine) {
      this.second ??= new OcrPool({
        size: 1,
        recycleAfter: this.recycleAfter,
        timeoutMs: this.timeoutMs,
        engine,
      });
      return this.second.recognize(job);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new Error("OCR pool is closed"));
    await Promise.all([...this.slots.map((s) => this.retire(s)), this.second?.close()]);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = true;
      this.run(slot, next).finally(() => {
        slot.busy = false;
        this.pump();
      });
    }
  }

  private async run(slot: Slot, w: Waiting): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      if (slot.jobs >= this.recycleAfter) await this.retire(slot);
      slot.worker ??= spawn(this.engine);
      const worker = await slot.worker;
      slot.jobs++;
      const work = (async () => {
        await worker.setParameters({
          tessedit_pageseg_mode: PSM[w.job.mode] as never,
          tessedit_char_whitelist: w.job.whitelist ?? "",
        });
        const r = await worker.recognize(w.job.image, {}, { text: true, blocks: w.job.lines === true });
        const lines = w.job.lines
          ? (r.data.blocks ?? []).flatMap((b) =>
              b.paragraphs.flatMap((p) =>
                p.lines.map((l) => ({
                  text: l.text,
                  top: l.bbox.y0,
                  bottom: l.bbox.y1,
                  symbols: l.words.flatMap((w) =>
                    w.symbols.map((c) => ({
                      text: c.text,
                      box: { left: c.bbox.x0, top: c.bbox.y0, right: c.bbox.x1, bottom: c.bbox.y1 },
                    })),
                  ),
                })),
              ),
            )
          : undefined;
        return { text: r.data.text, confidence: r.data.confidence, lines };
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError("OCR took too long")), this.timeoutMs);
      });
      w.resolve(await Promise.race([work, timeout]));
    } catch (error) {
      // A timed-out or failed worker may be wedged: replace it.
      await this.retire(slot);
      w.reject(error);
    } finally {
      clearTimeout(timer);
    }
  }

  private async retire(slot: Slot): Promise<void> {
    const w = slot.worker;
    slot.worker = undefined;
    slot.jobs = 0;
    if (w) await w.then((x) => x.terminate()).catch(() => undefined);
  }
}

/** tesseract.js is loaded with the first photo, not at start-up (it is large; most bots idle). */
async function spawn(engine: Engine): Promise<Worker> {
  const { createWorker, OEM } = await import("tesseract.js");
  return createWorker("eng", engine === "legacy" ? OEM.TESSERACT_ONLY : OEM.LSTM_ONLY, {
    langPath: englishDataPath(engine),
    cacheMethod: "none",
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
}
