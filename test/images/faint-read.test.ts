/**
 * A pre-code read only on the second (faint) preparation stands when every reading read it
 * strongly, or when the glyph re-reads of its code token read it too; that preparation is read
 * after nothing or only a weak pre-code was read, and replaces a weak pre-code only confidently.
 */
import { describe, expect, it } from "vitest";
import { afterFaint, faintStands, type LabelResult, wantsFaint } from "../../src/images/read-label.js";

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

const result = (precode: string | null, score: number, confident: boolean): LabelResult => ({
  ...read(precode, score),
  confident,
  text: "",
  medianav: false,
  display: false,
  passes: 4,
  perPass: [],
  ms: 1,
});

describe("wantsFaint", () => {
  it("reads the faint preparation after nothing or a weak, unconfident pre-code", () => {
    expect(wantsFaint(result(null, 0, false))).toBe(true);
    expect(wantsFaint(result("L107", 0.075, false))).toBe(true);
  });

  it("not after a confident pre-code, a strongly read one or a MediaNav serial", () => {
    expect(wantsFaint(result("Z268", 0.9, true))).toBe(false);
    expect(wantsFaint(result("Q312", 0.6, false))).toBe(false);
    expect(wantsFaint({ ...result(null, 0, false), medianav: true })).toBe(false);
  });
});

describe("afterFaint", () => {
  it("after nothing: the faint read, confident only when it stands", () => {
    expect(afterFaint(result(null, 0, false), result("Z268", 0.9, true), undefined)).toMatchObject({
      precode: "Z268",
      confident: true,
    });
    expect(afterFaint(result(null, 0, false), result("Z268", 0.3, true), undefined)).toMatchObject({
      precode: "Z268",
      confident: false,
    });
  });

  it("after a weak pre-code: the faint read only when it is confident and stands", () => {
    const weak = result("L107", 0.075, false);
    expect(afterFaint(weak, result("Z268", 0.34, true), "Z268")).toMatchObject({
      precode: "Z268",
      confident: true,
    });
    expect(afterFaint(weak, result("Z268", 0.9, false), undefined)).toMatchObject({
      precode: "Z268",
      confident: false,
    });
  });

  it("keeps the weak pre-code as the best guess over a worse supported or empty faint read", () => {
    const weak = result("L107", 0.2, false);
    expect(afterFaint(weak, result("Z268", 0.1, false), undefined)).toBe(weak);
    expect(afterFaint(weak, result(null, 0, false), undefined)).toBe(weak);
  });
});
