/**
 * A photo of the radio's label → "Is it V284?" [Yes, decode] [No] (for an O, Q, C or G, a check of
 * the letter and its look-alike's pre-code too: "Is it O302?" [Yes, decode] [Q302] [No]), or the
 * best candidates as buttons with a tip for a better photo. Nothing is decoded without the user's
 * tap: "Yes" and the candidate buttons are `/dokker`'s decode action (`dk.d:V284`).
 *
 * The OCR itself is I/O (src/images) and comes in through `ctx.services.labels`; without it
 * photos are left to the next handler. The image bytes are read in memory and not stored.
 */
import { t } from "../src/core/i18n/index.js";
import type { Locale } from "../src/core/i18n/locales.js";
import { lookAlike } from "../src/core/label-text.js";
import { type Action, code, paragraph, plain, type Reply } from "../src/core/reply.js";
import { actionFor } from "./replies/action-ids.js";
import { topicButton } from "./replies/faq-answer.js";
import { hasDesk } from "./services.js";
import type { Command, CommandContext, IncomingAttachment } from "./types.js";

export type LabelErrorCode =
  | "image.too-large"
  | "image.too-many-pixels"
  | "image.unreadable"
  | "image.timeout";

/** What reading a label photo gave (the shape src/images/read-label.ts returns). */
export type LabelPhotoOutcome =
  | {
      readonly ok: true;
      readonly value: {
        readonly precode: string | null;
        readonly confident: boolean;
        readonly candidates: readonly { readonly precode: string; readonly score: number }[];
        readonly medianav: boolean;
        /** No pre-code, and the photo shows the radio's display (CODE, 0000…), not its label. */
        readonly display?: boolean;
      };
    }
  | { readonly ok: false; readonly code: LabelErrorCode; readonly context: Readonly<Record<string, string>> };

export interface LabelReader {
  read(data: Uint8Array): Promise<LabelPhotoOutcome>;
}

/** Button id of "No" (the "Yes" button reuses `dokker.decode`). */
export const LABEL_NO_ID = "lb.n";
const MAX_BUTTONS = 4;

function isImage(a: IncomingAttachment): boolean {
  return (
    /^image\/(jpeg|png|webp|gif|tiff|heic|heif|avif)$/i.test(a.contentType) ||
    /\.(jpe?g|png|webp)$/i.test(a.name)
  );
}

const ERROR_KEYS = {
  "image.too-large": "label.too-large",
  "image.too-many-pixels": "label.too-many-pixels",
  "image.unreadable": "label.unreadable",
  "image.timeout": "label.timeout",
} as const;

function decodeButton(precode: string, label?: string): Action {
  return { ...actionFor("dokker.decode", precode), label: label ?? precode, style: "primary" };
}

/** The neutral reply for a label-reading outcome. */
export function labelPhotoReply(locale: Locale, outcome: LabelPhotoOutcome, desk = true): Reply {
  const base = { locale, title: t(locale, "label.title"), ephemeral: true };
  if (!outcome.ok) {
    const text = t(locale, ERROR_KEYS[outcome.code], outcome.context);
    return {
      ...base,
      sections: [{ blocks: [paragraph(plain(text)), paragraph(plain(t(locale, "label.type-it")))] }],
      actions: [],
      outcome: `label.${outcome.code}`,
    };
  }
  const v = outcome.value;
  if (v.medianav) {
    // To support where a desk is configured; without one, the official ways to a code.
    return {
      ...base,
      sections: [
        { blocks: [paragraph(plain(t(locale, desk ? "label.medianav" : "label.medianav.no-desk")))] },
      ],
      actions: desk
        ? [
            {
              ...actionFor("support.open", ""),
              label: t(locale, "action.contact-support"),
              style: "secondary",
            },
          ]
        : [],
      outcome: "label.medianav",
    };
  }
  if (v.precode && v.confident) {
    // O/Q and C/G: photos swap them even when every reading agrees; the other one is a tap away.
    const other = lookAlike(v.precode);
    const check = other
      ? [
          paragraph(
            plain(t(locale, "label.lookalike", { letter: v.precode.charAt(0), other: other.charAt(0) })),
          ),
        ]
      : [];
    return {
      ...base,
      sections: [
        { blocks: [paragraph(plain(t(locale, "label.confirm", { precode: v.precode }))), ...check] },
      ],
      actions: [
        decodeButton(v.precode, t(locale, "action.label.yes")),
        ...(other ? [{ ...decodeButton(other), style: "secondary" as const }] : []),
        { id: LABEL_NO_ID, payload: "", label: t(locale, "action.label.no"), style: "secondary" },
      ],
      summary: t(locale, "label.confirm", { precode: v.precode }),
      outcome: "label.confident",
    };
  }
  const candidates = v.candidates.slice(0, MAX_BUTTONS);
  const tip = paragraph(plain(t(locale, "label.tip")));
  if (candidates.length === 0) {
    const typeIt = paragraph(plain(t(locale, "label.type-it")));
    const where = topicButton(locale, "where-is-precode");
    // A photo of the screen showing CODE: where the pre-code is, instead of a better-photo tip.
    const none = v.display
      ? {
          blocks: [
            paragraph(plain(t(locale, "label.display"))),
            paragraph(plain(t(locale, "precode.where"))),
            typeIt,
          ],
          actions: where ? [where] : [],
          outcome: "label.display",
        }
      : {
          blocks: [paragraph(plain(t(locale, "label.none"))), typeIt, tip],
          actions: [],
          outcome: "label.none",
        };
    return { ...base, sections: [{ blocks: none.blocks }], actions: none.actions, outcome: none.outcome };
  }
  return {
    ...base,
    sections: [
      {
        blocks: [
          paragraph(plain(t(locale, "label.unsure"))),
          paragraph(...candidates.flatMap((c, i) => [...(i ? [plain(", ")] : []), code(c.precode)])),
          tip,
        ],
      },
    ],
    actions: [
      ...candidates.map((c) => ({ ...decodeButton(c.precode), style: "secondary" as const })),
      { id: LABEL_NO_ID, payload: "", label: t(locale, "action.label.no"), style: "secondary" },
    ],
    outcome: "label.unsure",
  };
}

/** Megabytes as the too-large text shows them: 8, 10, 20 (one decimal when needed). */
function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/**
 * The first image among the message's files, read into a reply; undefined when there is none.
 * One the platform's cap kept from being downloaded gets the reader's own "too large" answer
 * (a smaller photo, or type the pre-code) with the cap that refused it.
 */
export async function readLabelPhoto(ctx: CommandContext): Promise<Reply | undefined> {
  const reader = ctx.services.labels;
  const image = ctx.attachments?.find(isImage);
  if (!reader || !image) return undefined;
  if (image.tooLarge) {
    const context = { maxMb: megabytes(image.tooLarge.maxBytes) };
    return labelPhotoReply(ctx.locale, { ok: false, code: "image.too-large", context });
  }
  return labelPhotoReply(ctx.locale, await reader.read(image.data), hasDesk(ctx.services));
}

/**
 * Files given to `/dokker` itself (Discord's `photo` option, the message its context menu was used
 * on): the first image is read like a photo sent in a private chat; files that are none (a PDF, a
 * text file) get "send a JPEG or PNG photo". Undefined without files or without a label reader.
 */
export async function readAttachedLabel(ctx: CommandContext): Promise<Reply | undefined> {
  if (!ctx.services.labels || (ctx.attachments?.length ?? 0) === 0) return undefined;
  return (
    (await readLabelPhoto(ctx)) ??
    labelPhotoReply(ctx.locale, { ok: false, code: "image.unreadable", context: {} })
  );
}

/** Hidden command holding the "No" button: say how to type the pre-code instead. */
export const label: Command = {
  name: "label",
  description: "label.type-it",
  options: [],
  hidden: true,
  handle: (_input, ctx) => noReply(ctx.locale),
  actions: [{ id: LABEL_NO_ID, handle: (_payload, ctx) => noReply(ctx.locale) }],
};

function noReply(locale: Locale): Reply {
  return {
    locale,
    sections: [{ blocks: [paragraph(plain(t(locale, "label.no")))] }],
    actions: [],
    ephemeral: true,
    outcome: "label.no",
  };
}
