/**
 * Baseline: the smallest reasonable telegraf webhook bot — every text message gets a fixed reply.
 * No store, no throttle, no retries: what the framework alone costs. Prints "ready" on stderr.
 */
import { Agent, createServer } from "node:http";
import { Telegraf } from "telegraf";

const token = process.env.TELEGRAM_BOT_TOKEN ?? "";
const bot = new Telegraf(token, {
  telegram: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "https://api.telegram.org", webhookReply: false },
});
bot.on("text", async (ctx) => {
  await ctx.reply("Your radio code is 0086");
});
bot.catch((error) => {
  process.stderr.write(`baseline error: ${String(error)}\n`);
});
// Same as our adapter: telegraf drops its keep-alive agent for http:// API roots (the fake);
// with https (production) it keeps one. Give both bots keep-alive so the comparison is fair.
bot.telegram.options.agent = new Agent({ keepAlive: true });
bot.botInfo = await bot.telegram.getMe();
const callback = bot.webhookCallback("/telegram/webhook", {
  ...(process.env.TELEGRAM_WEBHOOK_SECRET ? { secretToken: process.env.TELEGRAM_WEBHOOK_SECRET } : {}),
});
const server = createServer((req, res) => void callback(req, res));
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.HTTP_PORT ?? 0), "127.0.0.1", () => process.stderr.write("ready\n"));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
