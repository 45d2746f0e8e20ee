/**
 * Terminal chat: one user, stdin/stdout. Lines are handled strictly in order; a number picks one
 * of the last reply's actions. Works with a pipe (no prompt, no colour) and resolves at end of
 * input so the process can exit 0.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { encodeAction } from "../../../commands/replies/action-ids.js";
import type { Services } from "../../../commands/services.js";
import type { CommandContext } from "../../../commands/types.js";
import type { Bot } from "../../bot/index.js";
import { resolveLocale } from "../../bot/locale.js";
import { t } from "../../core/i18n/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Action, Reply } from "../../core/reply.js";
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import type { PlatformAdapter } from "../types.js";
import { renderConsole } from "./render.js";

export interface ConsoleAdapterConfig {
  readonly bot: Bot;
  readonly services: Services;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream & { isTTY?: boolean };
  readonly locale: Locale;
  readonly logger: Pick<Logger, "warn">;
  readonly now?: () => Date;
  /** Write reply pictures (faceplate PNGs) here and print their paths (`chat --images DIR`). */
  readonly imagesDir?: string;
}

export interface ConsoleAdapter extends PlatformAdapter {
  /** Resolves when the input ends. */
  readonly finished: Promise<void>;
}

const CONSOLE_CONVERSATION = "console:local";
const USER_ID = "local";

export function createConsoleAdapter(config: ConsoleAdapterConfig): ConsoleAdapter {
  const interactive = Boolean(config.output.isTTY);
  const render = { color: interactive };
  let lastActions: readonly Action[] = [];
  let ready = false;
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((r) => {
    resolveFinished = r;
  });

  const ctx = async (): Promise<CommandContext> => ({
    // A `/language` choice is stored in the profile and wins over the configured default.
    ...(await resolveLocale(
      config.services,
      userKey("console", USER_ID),
      undefined,
      config.locale,
      config.logger,
    )),
    user: { platform: "console", id: USER_ID, displayName: "you" },
    conversation: CONSOLE_CONVERSATION,
    chat: "private",
    now: config.now?.() ?? new Date(),
    services: config.services,
  });

  const write = (reply: Reply) => {
    lastActions = reply.actions.filter((a) => !a.url);
    const header = lastActions.length > 0 ? t(reply.locale, "chat.choice") : undefined;
    config.output.write(`${renderConsole(reply, render, header)}\n`);
    for (const file of savePictures(reply, config.imagesDir)) config.output.write(`[picture] ${file}\n`);
    for (const file of textFiles(reply)) config.output.write(file);
  };

  async function handleLine(line: string, n: number): Promise<void> {
    const text = line.trim();
    if (text === "") return;
    const choice = /^\d{1,2}$/.test(text) ? lastActions[Number(text) - 1] : undefined;
    const reply = choice
      ? await config.bot.runAction(encodeAction(choice.id, choice.payload), await ctx(), `console-${n}`)
      : await config.bot.runText(text, await ctx(), `console-${n}`);
    if (reply) write(reply);
  }

  async function loop(): Promise<void> {
    const rl = createInterface({ input: config.input, terminal: false });
    let n = 0;
    if (interactive) config.output.write("> ");
    for await (const line of rl) {
      n += 1;
      await handleLine(line, n);
      if (interactive) config.output.write("> ");
    }
    ready = false;
    resolveFinished();
  }

  return {
    platform: "console",
    finished,
    isReady: () => ready,
    async start() {
      ready = true;
      void loop();
    },
    async stop() {
      ready = false;
      resolveFinished();
    },
    async send(_conversation, reply) {
      write(reply);
    },
  };
}

/**
 * Text files (the /mydata export) printed after the reply: a terminal has no download, and the
 * reply says "here is the file". Pictures are written only with --images.
 */
function textFiles(reply: Reply): string[] {
  return (reply.attachments ?? [])
    .filter((a) => a.contentType.startsWith("text/") || a.contentType.startsWith("application/json"))
    .map((a) => `[file] ${a.name}\n${Buffer.from(a.data).toString("utf8").trimEnd()}\n`);
}

let pictureCount = 0;

/** Image attachments → files in `dir` (created if needed); returns their paths. */
function savePictures(reply: Reply, dir: string | undefined): string[] {
  if (!dir) return [];
  const out: string[] = [];
  for (const a of reply.attachments ?? []) {
    if (!a.contentType.startsWith("image/")) continue;
    mkdirSync(dir, { recursive: true });
    pictureCount += 1;
    const file = path.resolve(dir, `${pictureCount}-${path.basename(a.name)}`);
    writeFileSync(file, a.data);
    out.push(file);
  }
  return out;
}
