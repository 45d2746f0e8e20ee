/**
 * The image services the commands use (`services.labels`, `services.faceplate`), built on the
 * OCR pool and the faceplate renderer. One pool per process; `close()` ends its workers.
 * The image libraries (sharp, resvg, tesseract.js) load on first use: an idle bot stays small.
 */
import type { LabelReader } from "../../commands/label-photo.js";
import { t } from "../core/i18n/index.js";
import type { Locale } from "../core/i18n/locales.js";
import { isRadioType } from "../core/radio.js";
import type { ReplyAttachment } from "../core/reply.js";
import { OcrPool, type OcrPoolOptions } from "./ocr.js";

export interface ImageServices {
  readonly labels: LabelReader;
  readonly faceplate: (radio: string, pin: string, locale: Locale) => Promise<ReplyAttachment | undefined>;
  close(): Promise<void>;
}

export interface ImageServicesOptions extends OcrPoolOptions {
  /** Per-photo time limit, ms. */
  readonly photoTimeoutMs?: number;
  /** Faceplate pictures with every decode (default on). */
  readonly pictures?: boolean;
}

export function createImageServices(options: ImageServicesOptions = {}): ImageServices {
  const pool = new OcrPool(options);
  return {
    labels: {
      read: async (data) => {
        const { readLabel } = await import("./read-label.js");
        return readLabel(data, {
          pool,
          ...(options.photoTimeoutMs ? { timeoutMs: options.photoTimeoutMs } : {}),
        });
      },
    },
    faceplate: async (radio, pin, locale) => {
      if (options.pictures === false || !isRadioType(radio) || !/^[0-9]{4}$/.test(pin)) return undefined;
      const { faceplatePng } = await import("./faceplate-png.js");
      const data = faceplatePng(radio, pin, { confirm: t(locale, "faceplate.hold") });
      const recipe = { kind: "faceplate", radio, pin, locale } as const;
      return { name: `radio-code-${pin}.png`, contentType: "image/png", data, recipe };
    },
    close: () => pool.close(),
  };
}
