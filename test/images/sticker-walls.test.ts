/**
 * Finding the sticker where light metal touches it: the sticker's outline (a step between two
 * light surfaces) walls it off, so the largest light region clear of the photo's edge is the
 * sticker alone; print on the sticker makes no wall.
 */
import { describe, expect, it } from "vitest";
import { edgeMoat, type Gray, largestLightRegion } from "../../src/images/geometry.js";

function scene(): Gray {
  const width = 120;
  const height = 80;
  const data = new Uint8Array(width * height).fill(40);
  const fill = (x0: number, y0: number, x1: number, y1: number, v: number) => {
    for (let y = y0; y < y1; y++) data.fill(v, y * width + x0, y * width + x1);
  };
  fill(60, 0, 120, 80, 150); // light metal from the right edge
  fill(30, 20, 90, 60, 220); // the sticker, overlapping it
  fill(40, 35, 80, 38, 30); // a line of print across the sticker
  return { data, width, height };
}

describe("sticker walls", () => {
  it("joins the sticker to light metal without walls", () => {
    const region = largestLightRegion(scene(), 100);
    expect(region?.box.left).toBe(30);
    expect(region ? region.box.left + region.box.width : 0).toBe(120);
  });

  it("keeps the sticker alone with its outline as a wall, print making none", () => {
    const img = scene();
    const walls = edgeMoat(img, 40, 100);
    const region = largestLightRegion(img, 100, walls, true);
    expect(region).toBeDefined();
    const box = region?.box ?? { left: 0, top: 0, width: 0, height: 0 };
    expect(box.left).toBeGreaterThanOrEqual(30);
    expect(box.left + box.width).toBeLessThanOrEqual(90);
    expect(box.height).toBeGreaterThan(30);
    // Print inside the sticker is below the floor: no wall around it splits the paper.
    expect(walls[36 * img.width + 60]).toBe(0);
  });
});
