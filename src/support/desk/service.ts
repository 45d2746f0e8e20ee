/**
 * Adapts the desk to `SupportService`, the narrow interface commands use (commands/services.ts):
 * the request context becomes a user (for /support and relayed DMs) or a staff member plus the
 * desk thread id (`ctx.conversation`) for staff commands; typed durations are parsed here.
 */
import type { SupportService } from "../../../commands/services.js";
import type { CommandContext } from "../../../commands/types.js";
import { parseDuration } from "../../core/durations.js";
import type { SupportDesk } from "./desk.js";
import { supportNotice } from "./replies.js";
import type { StaffRef } from "./types.js";

function staffOf(ctx: CommandContext): StaffRef {
  return {
    key: `${ctx.user.platform}:${ctx.user.id}`,
    name: ctx.user.displayName ?? ctx.user.id,
    locale: ctx.locale,
  };
}

const SILENT = /^(silent|silently|quiet|-s)$/i;
const FOREVER = /^(forever|permanent|perm|∞)$/i;

/** `/close 10m silent`, `/close silent`, `/close silent 10m` (Discord gives two options, text one line). */
export function parseCloseArgs(
  delay: string | undefined,
  silent: boolean | undefined,
): { ok: true; delayMs?: number; silent: boolean } | { ok: false; value: string } {
  let isSilent = silent ?? false;
  let delayMs: number | undefined;
  for (const token of (delay ?? "").split(/\s+/).filter(Boolean)) {
    if (SILENT.test(token)) {
      isSilent = true;
      continue;
    }
    const ms = parseDuration(token);
    if (ms === undefined) return { ok: false, value: token };
    delayMs = (delayMs ?? 0) + ms;
  }
  return { ok: true, silent: isSilent, ...(delayMs !== undefined ? { delayMs } : {}) };
}

export function createSupportService(desk: SupportDesk): SupportService {
  return {
    open: (ctx, input) =>
      desk.open(ctx, {
        source: input.source,
        ...(input.message !== undefined ? { message: input.message } : {}),
        ...(input.vin !== undefined ? { vin: input.vin } : {}),
        attachments: ctx.attachments ?? [],
      }),
    relayFromUser: (ctx, text, options) => desk.onUserMessage(ctx, text, ctx.attachments ?? [], options),
    reply: (ctx, text, options) =>
      desk.reply(ctx.conversation, staffOf(ctx), text, {
        anonymous: options.anonymous,
        attachments: ctx.attachments ?? [],
      }),
    snippet: (ctx, faqId) => desk.snippet(ctx.conversation, staffOf(ctx), faqId),
    sendCode: (ctx, precode) => desk.sendCode(ctx.conversation, staffOf(ctx), precode),
    close: async (ctx, input) => {
      const args = parseCloseArgs(input.delay, input.silent);
      if (!args.ok) {
        return supportNotice(
          ctx.locale,
          "staff.bad-duration",
          "support.bad-duration",
          { value: args.value },
          {
            codeParams: ["value"],
          },
        );
      }
      return desk.close(ctx.conversation, staffOf(ctx), {
        silent: args.silent,
        ...(args.delayMs !== undefined ? { delayMs: args.delayMs } : {}),
      });
    },
    block: async (ctx, duration) => {
      const text = (duration ?? "").trim();
      if (text === "" || FOREVER.test(text)) return desk.block(ctx.conversation, staffOf(ctx), null);
      const ms = parseDuration(text);
      if (ms === undefined) {
        return supportNotice(
          ctx.locale,
          "staff.bad-duration",
          "support.bad-duration",
          { value: text },
          {
            codeParams: ["value"],
          },
        );
      }
      return desk.block(ctx.conversation, staffOf(ctx), ms);
    },
    unblock: (ctx) => desk.unblock(ctx.conversation, staffOf(ctx)),
    faqIds: () => desk.faqIds(),
  };
}
