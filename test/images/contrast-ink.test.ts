/**
 * Ink by local contrast: a faint stroke on glare-bright paper, which a ratio to the local mean
 * misses, is ink; flat paper with a little noise holds none.
 */
import { describe, expect, it } from "vitest";
import { boxMean, contrastInk, type Gray, hysteresisThreshold } from "../../src/images/geometry.js";

function paper(): Gray {
  const width = 90;
  const height = 60;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = 248 + ((i * 7) % 5);
  return { data, width, height };
}

describe("contrast ink", () => {
  it("finds a faint stroke the ratio to the mean misses", () => {
    const img = paper();
    for (let y = 20; y < 40; y++) img.data.fill(222, y * img.width + 40, y * img.width + 43);
    const mean = boxMean(img, 31);
    const ratio = hysteresisThreshold(img, mean, 0.82, 0.9);
    expect(ratio[30 * img.width + 41]).toBe(255);
    const ink = contrastInk(img, 15, 20, mean, 0);
    expect(ink[30 * img.width + 41]).toBe(0);
    expect(ink[30 * img.width + 10]).toBe(255);
  });

  it("finds nothing on flat paper", () => {
    const img = paper();
    const ink = contrastInk(img, 15, 20, boxMean(img, 31), 0);
    expect(ink.every((v) => v === 255)).toBe(true);
  });
});
