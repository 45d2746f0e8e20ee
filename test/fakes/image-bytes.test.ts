import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImageFormat, imageFormat, imageHeader, inspectImage, sampleImage } from "./image-bytes.js";

const FORMATS: ImageFormat[] = ["png", "jpeg", "webp", "gif"];

describe("image bytes", () => {
  it("reads format and size of real PNG, JPEG, WebP and GIF files, from the header and by decoding", async () => {
    for (const format of FORMATS) {
      const bytes = await sampleImage(format, 37, 21);
      expect(imageHeader(bytes)).toEqual({ format, width: 37, height: 21 });
      expect(await inspectImage(bytes)).toEqual({ format, width: 37, height: 21 });
    }
  });

  it("refuses text, empty input and a truncated image", async () => {
    expect(await inspectImage(Buffer.from("photo-bytes"))).toBeUndefined();
    expect(await inspectImage(Buffer.alloc(0))).toBeUndefined();
    const png = await sampleImage("png", 64, 64);
    expect(imageFormat(png.subarray(0, 40))).toBe("png");
    expect(await inspectImage(png.subarray(0, 40))).toBeUndefined();
  });

  it("never calls random bytes an image unless they start with an image signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const format = imageFormat(bytes);
        if (format === undefined) expect(imageHeader(bytes)).toBeUndefined();
        else expect([0x89, 0xff, 0x52, 0x47]).toContain(bytes[0]);
      }),
    );
  });
});
