/**
 * A pre-code read only on the second (faint) preparation stands when every reading read it
 * strongly, or when the glyph re-reads of its code token read it too.
 */
import { describe, expect, it } from "vitest";
import { faintStands } from "../../src/images/read-label.js";

const read = (precode: string | null, score: number) => ({
  precode,
  candidates: precode === null ? [] : [{ precode, score }],
});

describe("faintStands", () => {
  it("keeps a pre-code every reading read strongly", () => {
    expect(faintStands(read("Z491", 0.9), undefined)).toBe(true);
  });

  it("keeps a pre-code read in too few passes when the glyph re-reads read it", () => {
    expect(faintStands(read("Z491", 0.36), "Z491")).toBe(true);
  });

  it("withdraws it when the glyph re-reads disagree or were not made", () => {
    expect(faintStands(read("Z491", 0.36), "Z497")).toBe(false);
    expect(faintStands(read("Z491", 0.36), "I491")).toBe(false);
    expect(faintStands(read("Z491", 0.36), undefined)).toBe(false);
    expect(faintStands(read(null, 0), undefined)).toBe(false);
  });
});
