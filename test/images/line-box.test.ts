/**
 * The box a band line is re-read in: its characters' extent grown by a tenth of its height, so
 * the neighbouring lines' stubs and the sticker's edge across the band are left out.
 */
import { describe, expect, it } from "vitest";
import type { OcrLine } from "../../src/images/ocr.js";
import { lineBox } from "../../src/images/read-label.js";

const symbol = (text: string, left: number, top: number, right: number, bottom: number) => ({
  text,
  box: { left, top, right, bottom },
});

describe("lineBox", () => {
  it("spans the line's characters, grown by a tenth of their height", () => {
    const line: OcrLine = {
      text: "T J688",
      top: 0,
      bottom: 300,
      symbols: [symbol("T", 100, 52, 120, 80), symbol("J", 140, 50, 160, 80), symbol("8", 200, 51, 220, 90)],
    };
    expect(lineBox(line)).toEqual({ left: 96, top: 46, width: 128, height: 48 });
  });

  it("gives no box for a line without characters", () => {
    expect(lineBox({ text: "", top: 0, bottom: 10, symbols: [] })).toBeUndefined();
  });
});
