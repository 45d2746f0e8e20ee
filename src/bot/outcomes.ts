/** Small reply builders for the dispatcher's own outcomes (unknown, denied, failed). */
import { hasDesk } from "../../commands/services.js";
import type { CommandContext } from "../../commands/types.js";
import { type MessageKey, tSpans } from "../core/i18n/index.js";
import { code, paragraph, type Reply } from "../core/reply.js";

export function notice(
  ctx: Pick<CommandContext, "locale">,
  key: MessageKey,
  outcome: string,
  params: Record<string, string> = {},
): Reply {
  const spans = tSpans(
    ctx.locale,
    key,
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, code(v)])),
  );
  return {
    locale: ctx.locale,
    sections: [{ blocks: [paragraph(...spans)] }],
    actions: [],
    ephemeral: true,
    outcome,
  };
}

/** "Something went wrong on my side": "…ask for support" only where a support desk is known. */
export const internalError = (
  ctx: Pick<CommandContext, "locale"> & Partial<Pick<CommandContext, "services">>,
): Reply =>
  notice(
    ctx,
    ctx.services && hasDesk(ctx.services) ? "errors.internal" : "errors.internal.no-desk",
    "error.internal",
  );
