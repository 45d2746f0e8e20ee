/**
 * The shared service every platform calls: one pipeline per request —
 * unknown → denied → run → success or error (Sapphire's stages). Adapters only receive, call one
 * of `runCommand` / `runText` / `runAction`, render the returned Reply and send it.
 * An unexpected error never reaches the user: it is logged with the request and turned into a
 * friendly, localised apology.
 */
import { findAction, findCommand, listCommands } from "../../commands/registry.js";
import { decodeAction } from "../../commands/replies/action-ids.js";
import type { Command, CommandContext, OptionValues } from "../../commands/types.js";
import type { Reply } from "../core/reply.js";
import { cleanName, cleanText } from "../core/text.js";
import type { Logger } from "../logger.js";
import { internalError, notice } from "./outcomes.js";
import { argsToOptions, parseCommandText } from "./parse-command.js";
import { staffOnly } from "./preconditions/staff-only.js";
import type { Precondition } from "./preconditions/types.js";
import type { RateGate } from "./rate-gate.js";
import { addContactSupport, type ReplyDecorator } from "./support-action.js";
import { defaultTextHandlers, type TextHandler } from "./text-handlers.js";
import { coerceOptions } from "./validate-options.js";

export interface HandledEvent {
  readonly platform: string;
  readonly kind: "command" | "text" | "action";
  readonly name: string;
  readonly outcome: string;
  readonly ms: number;
}

export interface BotOptions {
  readonly logger: Logger;
  /** Free-text handlers in order (default: pre-code, then fallback). Compose with `defaultTextHandlers`. */
  readonly textHandlers?: readonly TextHandler[];
  /** Extra preconditions. `staffOnly` always runs first and cannot be left out. */
  readonly preconditions?: readonly Precondition[];
  /**
   * Applied to every reply a handler returns, in order (default: `addContactSupport`, inert
   * without a support desk). Pass `[]` to turn off.
   */
  readonly replyDecorators?: readonly ReplyDecorator[];
  readonly onHandled?: (event: HandledEvent) => void;
  /** Per-user limits, checked before anything runs (see rate-gate.ts). */
  readonly gate?: RateGate;
  /** The bot's username, to ignore `/cmd@OtherBot` in groups. */
  botUsername?: string;
}

export interface Bot {
  readonly commands: readonly Command[];
  runCommand(name: string, options: OptionValues, ctx: CommandContext, requestId?: string): Promise<Reply>;
  /** Free text or a typed `/command`. `undefined` means "not for us, stay silent". */
  runText(text: string, ctx: CommandContext, requestId?: string): Promise<Reply | undefined>;
  runAction(data: string, ctx: CommandContext, requestId?: string): Promise<Reply>;
  setBotUsername(name: string): void;
}

export function createBot(options: BotOptions): Bot {
  const log = options.logger;
  const preconditions = [staffOnly, ...(options.preconditions ?? [])];
  const decorators = options.replyDecorators ?? [addContactSupport];
  const textHandlers = options.textHandlers ?? defaultTextHandlers;
  let botUsername = options.botUsername;

  async function guarded(
    kind: HandledEvent["kind"],
    name: string,
    ctx: CommandContext,
    requestId: string | undefined,
    run: (ctx: CommandContext) => Promise<Reply | undefined>,
    mayStaySilent = false,
  ): Promise<Reply | undefined> {
    const started = performance.now();
    const fields = { kind, name, requestId, platform: ctx.user.platform, user: ctx.user.id };
    let reply: Reply | undefined;
    try {
      const refused = await options.gate?.(kind, name, ctx);
      if (refused) {
        // Over a limit: nothing runs. Messages get one notice, then silence; slash commands and
        // buttons must be answered, so they get the (ephemeral) notice each time.
        reply = refused.silent && mayStaySilent ? undefined : refused.reply;
      } else {
        reply = await run(cleanContext(ctx));
        for (const decorate of decorators) if (reply) reply = decorate(reply, ctx);
      }
    } catch (error) {
      log.error({ ...fields, err: error }, "handler failed");
      reply = internalError(ctx);
    }
    const ms = performance.now() - started;
    const outcome = reply?.outcome ?? "ignored";
    log.debug({ ...fields, outcome, ms: Math.round(ms * 10) / 10 }, "handled");
    options.onHandled?.({ platform: ctx.user.platform, kind, name, outcome, ms });
    return reply;
  }

  async function dispatch(command: Command, values: OptionValues, ctx: CommandContext): Promise<Reply> {
    for (const check of preconditions) {
      const denied = await check(command, ctx);
      if (denied) return denied;
    }
    const coerced = coerceOptions(command, values);
    if (!coerced.ok) {
      const { min, max } = coerced.problem;
      const bounded = max < Number.MAX_SAFE_INTEGER;
      return notice(ctx, bounded ? "errors.option-range" : "errors.option-min", "command.option-invalid", {
        command: `/${command.name}`,
        min: String(min),
        max: String(max),
        example: `/${command.name} ${bounded ? Math.min(min + 2, max) : min}`,
      });
    }
    return command.handle({ options: coerced.values }, ctx);
  }

  function unknown(name: string, ctx: CommandContext): Reply {
    return notice(ctx, "errors.unknown-command", "command.unknown", { command: `/${name}` });
  }

  return {
    commands: listCommands(),
    setBotUsername(name) {
      botUsername = name;
    },
    async runCommand(name, values, ctx, requestId) {
      const reply = await guarded("command", name, ctx, requestId, async (clean) => {
        const command = findCommand(name);
        return command ? dispatch(command, cleanValues(values), clean) : unknown(name, clean);
      });
      return reply ?? internalError(ctx);
    },
    runText(raw, ctx, requestId) {
      const text = cleanText(raw);
      const typed = parseCommandText(text, botUsername);
      if (typed) {
        if (typed.foreign) return Promise.resolve(undefined);
        return guarded(
          "command",
          typed.name,
          ctx,
          requestId,
          async (clean) => {
            const command = findCommand(typed.name);
            if (!command) return clean.chat === "private" ? unknown(typed.name, clean) : undefined;
            return dispatch(command, argsToOptions(command, typed.args), clean);
          },
          true,
        );
      }
      return guarded(
        "text",
        "text",
        ctx,
        requestId,
        async (clean) => {
          for (const handler of textHandlers) {
            const reply = await handler(text, clean, log);
            if (reply !== undefined) return reply === "silent" ? undefined : reply;
          }
          return undefined;
        },
        true,
      );
    },
    async runAction(data, ctx, requestId) {
      const { id, payload } = decodeAction(data);
      const reply = await guarded("action", id, ctx, requestId, async (clean) => {
        const handler = findAction(id);
        if (!handler) return notice(clean, "errors.expired-button", "action.unknown");
        return handler.handle(payload, clean);
      });
      return reply ?? internalError(ctx);
    },
  };
}

/**
 * Text hygiene at the boundary: every platform's input passes here (see src/core/text.ts), so
 * nothing behind the bot (commands, the desk, the store) cleans again. Display and file names are
 * names: one line, no control or bidi characters.
 */
function cleanContext(ctx: CommandContext): CommandContext {
  const name = ctx.user.displayName;
  const cleanUser =
    name === undefined || cleanName(name) === name ? ctx.user : { ...ctx.user, displayName: cleanName(name) };
  const files = ctx.attachments;
  const dirty = files?.some((f) => cleanName(f.name) !== f.name) ?? false;
  if (cleanUser === ctx.user && !dirty) return ctx;
  return {
    ...ctx,
    user: cleanUser,
    ...(files && dirty
      ? { attachments: files.map((f) => ({ ...f, name: cleanName(f.name) || "file" })) }
      : {}),
  };
}

function cleanValues(values: OptionValues): OptionValues {
  const out: Record<string, string | number | undefined> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === "string" ? cleanText(v) : v;
  return out;
}
