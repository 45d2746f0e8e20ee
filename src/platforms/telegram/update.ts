/**
 * The shape check at the boundary (issue #11): an update from the webhook or getUpdates is parsed
 * with zod before anything reads it. What we read must be there with the right type (a message
 * has a chat, a callback query has a sender…); unknown fields and update kinds pass through.
 * A malformed update is reported with its id (when it has one) and skipped by the caller.
 */
import { z } from "zod";
import type { TgUpdate } from "./types.js";

const user = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chat = z.looseObject({
  id: z.number().int(),
  type: z.enum(["private", "group", "supergroup", "channel"]),
  is_forum: z.boolean().optional(),
  title: z.string().optional(),
});

const fileId = z.string().min(1);

const media = z
  .looseObject({ file_id: fileId, mime_type: z.string().optional(), file_size: z.number().optional() })
  .optional();

const message = z.looseObject({
  message_id: z.number().int(),
  chat,
  from: user.optional(),
  sender_chat: chat.optional(),
  author_signature: z.string().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z
    .array(
      z.looseObject({
        file_id: fileId,
        width: z.number(),
        height: z.number(),
        file_size: z.number().optional(),
      }),
    )
    .optional(),
  document: z
    .looseObject({
      file_id: fileId,
      file_name: z.string().optional(),
      mime_type: z.string().optional(),
      file_size: z.number().optional(),
    })
    .optional(),
  voice: media,
  audio: media,
  video: media,
  video_note: media,
  sticker: z.looseObject({ emoji: z.string().optional() }).optional(),
  message_thread_id: z.number().int().optional(),
  is_topic_message: z.boolean().optional(),
});

const update = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  callback_query: z
    .looseObject({
      id: z.string().min(1),
      from: user,
      message: message.optional(),
      inline_message_id: z.string().optional(),
      data: z.string().optional(),
    })
    .optional(),
  inline_query: z
    .looseObject({ id: z.string().min(1), from: user, query: z.string(), chat_type: z.string().optional() })
    .optional(),
});

export type CheckedUpdate =
  | { readonly ok: true; readonly update: TgUpdate }
  | { readonly ok: false; readonly updateId: number | undefined; readonly problem: string };

export function checkUpdate(raw: unknown): CheckedUpdate {
  const parsed = update.safeParse(raw);
  if (parsed.success) return { ok: true, update: parsed.data as unknown as TgUpdate };
  const id = (raw as { update_id?: unknown } | null)?.update_id;
  const issue = parsed.error.issues[0];
  const problem = issue ? `${issue.path.join(".") || "update"}: ${issue.message}` : "invalid update";
  return { ok: false, updateId: typeof id === "number" ? id : undefined, problem };
}
