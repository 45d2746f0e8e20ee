/**
 * Baseline 2 (for a report row, not a gate): a bare telegraf webhook bot that delivers what ours
 * delivers — for a pre-code a ~12 KB PNG (sendPhoto, captioned) then a text of a decode's length,
 * for anything else one text — through an in-memory FIFO at Telegram's overall limit: one timer,
 * at most 30 sends per second, a 429 pauses the queue for `retry_after` and the send goes again.
 * No store, no outbox, no per-chat order beyond the FIFO: what the framework plus delivery cost,
 * so the gap to ours is what durability and the product's own work cost. Prints "ready" on stderr.
 */
import { Agent, createServer } from "node:http";
import { crc32, deflateSync } from "node:zlib";
import { Telegraf, TelegramError } from "telegraf";

const token = process.env.TELEGRAM_BOT_TOKEN ?? "";
const bot = new Telegraf(token, {
  telegram: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "https://api.telegram.org", webhookReply: false },
});
bot.telegram.options.agent = new Agent({ keepAlive: true });

/** A 720×300 gray-noise PNG of about our faceplate picture's size (the fake checks images). */
function picture(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const [w, h] = [720, 300];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale
  const raw = Buffer.alloc((w + 1) * h, 40);
  let seed = 7;
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 0; x < w; x += 24) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      raw[y * (w + 1) + 1 + x] = seed & 0xff;
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const PNG = picture();
const STEPS = `Your radio code is 0086.\n\n${"Press button 1 until the first digit shows 0, then button 2 until the second shows 0. ".repeat(9)}`;

type Send = () => Promise<unknown>;
const queue: Send[] = [];
let pausedUntil = 0;
setInterval(() => {
  if (Date.now() < pausedUntil) return;
  const send = queue.shift();
  if (!send) return;
  send().catch((error: unknown) => {
    if (error instanceof TelegramError && error.code === 429) {
      pausedUntil = Date.now() + (error.parameters?.retry_after ?? 1) * 1000;
      queue.unshift(send);
    } else process.stderr.write(`baseline error: ${String(error)}\n`);
  });
}, 1000 / 30);

const PRECODE = /^(\/dokker\s+)?[A-Za-z]\d{3}$/;
bot.on("text", (ctx) => {
  const chat = ctx.chat.id;
  if (PRECODE.test(ctx.message.text.trim())) {
    queue.push(() =>
      bot.telegram.sendPhoto(chat, { source: PNG, filename: "radio.png" }, { caption: "0086" }),
    );
    queue.push(() => bot.telegram.sendMessage(chat, STEPS));
  } else queue.push(() => bot.telegram.sendMessage(chat, STEPS.slice(0, 400)));
});
bot.catch((error) => {
  process.stderr.write(`baseline error: ${String(error)}\n`);
});
bot.botInfo = await bot.telegram.getMe();
const callback = bot.webhookCallback("/telegram/webhook", {
  ...(process.env.TELEGRAM_WEBHOOK_SECRET ? { secretToken: process.env.TELEGRAM_WEBHOOK_SECRET } : {}),
});
const server = createServer((req, res) => void callback(req, res));
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.HTTP_PORT ?? 0), "127.0.0.1", () => process.stderr.write("ready\n"));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
