/**
 * Starts our bot (compiled, webhook mode, SQLite) or a bare telegraf bot against a Telegram
 * fake — the one set-up both Telegram benchmarks share.
 */
import { freePort } from "../../test/support/net.js";
import { OURS_ENTRY, type Proc, startProc } from "./child.js";
import { TG_SECRET, TG_TOKEN, tempSqlite } from "./fixtures.js";

/** Ours, the bare telegraf bot, or the bare bot that queues and delivers every reply. */
export type TelegramKind = "ours" | "baseline" | "delivering";

export interface TelegramBot {
  readonly proc: Proc;
  /** The webhook URL updates are posted to. */
  readonly url: string;
}

export async function startTelegramBot(
  kind: TelegramKind,
  apiRoot: string,
  oursEnv: Record<string, string> = {},
  /** Extra `node` arguments for our bot (the soak's GC probe). */
  oursNodeArgs: readonly string[] = [],
): Promise<TelegramBot> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram/webhook`;
  const env = {
    TELEGRAM_BOT_TOKEN: TG_TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
    HTTP_PORT: String(port),
    HTTP_HOST: "127.0.0.1",
  };
  const proc =
    kind === "ours"
      ? await startProc(
          OURS_ENTRY,
          {
            ...env,
            TELEGRAM_WEBHOOK_URL: url,
            DATABASE_URL: tempSqlite(),
            CONSOLE: "off",
            LOG_LEVEL: "info",
            ...oursEnv,
          },
          '"msg":"started"',
          30_000,
          oursNodeArgs,
        )
      : await startProc(
          kind === "baseline" ? "bench/baselines/telegraf-bare.ts" : "bench/baselines/telegraf-delivering.ts",
          env,
          "ready",
        );
  return { proc, url };
}
