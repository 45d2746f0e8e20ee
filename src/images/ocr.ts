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
export type PageMode = "block" | "sparse" | "line";
const PSM: Record<PageMode, string> = { block: "6", sparse: "11", line: "7" };

export interface OcrJob {
  readonly image: Buffer;
  readonly mode: PageMode;
  /** Restrict recognised characters (tesseract's whitelist). */
  readonly whitelist?: string;
}

export interface OcrResult {
  readonly text: string;
  /** Tesseract's mean confidence, 0–100. */
  readonly confidence: number;
}

export interface OcrPoolOptions {
  readonly size?: number;
  readonly recycleAfter?: number;
  readonly timeoutMs?: number;
}

class OcrTimeoutError extends Error {
  readonly code = "ocr.timeout";
}

/** The directory holding `eng.traineddata.gz`: the LSTM-only "best_int" data (smaller, faster). */
function englishDataPath(): string {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve("@tesseract.js-data/eng/package.json"));
  return path.join(pkg, "4.0.0_best_int");
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
  private closed = false;

  constructor(options: OcrPoolOptions = {}) {
    const size = Math.max(1, Math.min(4, options.size ?? 1));
    this.recycleAfter = options.recycleAfter ?? 200;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.slots = Array.from({ length: size }, () => ({ worker: undefined, jobs: 0, busy: false }));
  }

  get size(): number {
    return this.slots.length;
  }

  recognize(job: OcrJob): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new Error("OCR pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new Error("OCR pool is closed"));
    await Promise.all(this.slots.map((s) => this.retire(s)));
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
      slot.worker ??= spawn();
      const worker = await slot.worker;
      slot.jobs++;
      const work = (async () => {
        await worker.setParameters({
          tessedit_pageseg_mode: PSM[w.job.mode] as never,
          tessedit_char_whitelist: w.job.whitelist ?? "",
        });
        const r = await worker.recognize(w.job.image);
        return { text: r.data.text, confidence: r.data.confidence };
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
async function spawn(): Promise<Worker> {
  const { createWorker, OEM } = await import("tesseract.js");
  return createWorker("eng", OEM.LSTM_ONLY, {
    langPath: englishDataPath(),
    cacheMethod: "none",
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
}
