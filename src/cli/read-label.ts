/**
 * `dokker-bot read-label <image>... [--json]`: the pre-code on each label photo, offline.
 * With --json, one line per image, in order:
 * {"file","precode","confident","candidates":[{"precode","score"}],"text"} (precode null when none),
 * or {"file","error":{"code"}} when the file can't be read as an image.
 */
import { readFile } from "node:fs/promises";
import { OcrPool } from "../images/ocr.js";
import { readLabel } from "../images/read-label.js";

export interface ReadLabelCliOptions {
  readonly json: boolean;
  readonly stdout: NodeJS.WritableStream;
}

export async function runReadLabel(files: readonly string[], opts: ReadLabelCliOptions): Promise<number> {
  const pool = new OcrPool({ size: 1 });
  let failed = false;
  try {
    for (const file of files) {
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch {
        failed = true;
        write(opts, { file, error: { code: "file.unreadable" } }, `${file}: cannot read the file`);
        continue;
      }
      const r = await readLabel(data, { pool });
      if (!r.ok) {
        failed = true;
        write(opts, { file, error: { code: r.code } }, `${file}: ${r.code}`);
        continue;
      }
      const { precode, confident, candidates, text } = r.value;
      if (precode === null) failed = true;
      const human = precode
        ? `${file}: ${precode}${confident ? "" : ` (not sure; candidates ${candidates.map((c) => c.precode).join(", ")})`}`
        : `${file}: no pre-code found${r.value.medianav ? " (MediaNav unit: ask support)" : ""}`;
      write(opts, { file, precode, confident, candidates, text }, human);
    }
  } finally {
    await pool.close();
  }
  return failed ? 1 : 0;
}

function write(opts: ReadLabelCliOptions, json: object, human: string): void {
  opts.stdout.write(`${opts.json ? JSON.stringify(json) : human}\n`);
}
