import { describe, expect, it } from "vitest";
import { pictureType } from "../../src/core/picture-type.js";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("pictureType", () => {
  it("tells PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(pictureType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(pictureType(bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe("image/jpeg");
    expect(pictureType(bytes("GIF89a"))).toBe("image/gif");
    expect(pictureType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
  });

  it("names nothing else, however it starts", () => {
    expect(pictureType(bytes("%PDF-1.7"))).toBeUndefined();
    expect(pictureType(bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "))).toBeUndefined();
    expect(pictureType(bytes([0x89], "PNG"))).toBeUndefined(); // cut short
    expect(pictureType(new Uint8Array())).toBeUndefined();
  });
});
