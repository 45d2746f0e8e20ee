/**
 * Webhook delivery, imitating Telegram:
 * - each pending update is POSTed as JSON to the webhook URL with the header
 *   `X-Telegram-Bot-Api-Secret-Token` when a secret_token was set;
 * - up to `max_connections` (default 40) deliveries run concurrently, so the bot may see updates
 *   out of order and must tolerate it;
 * - a 2xx answer confirms the update; anything else (or a network error / timeout) keeps it
 *   pending and it is retried after a short backoff — so bots can see the same update_id twice;
 * - a 2xx answer whose JSON body carries `method` is executed as an API call ("webhook reply").
 * Unlike Telegram, plain http:// URLs on any port are accepted so a local bot can be the target.
 * @see https://core.telegram.org/bots/api#setwebhook
 */
import { Agent, type ClientRequest, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { parseParams } from "./body.js";
import type { FakeStats, Params, TgUpdate, UploadedFile, WebhookDelivery } from "./types.js";
import type { UpdateQueue } from "./updates.js";

export interface WebhookInfo {
  url: string;
  secretToken?: string;
  maxConnections: number;
  allowedUpdates?: string[];
  ipAddress?: string;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export interface WebhookDeps {
  queue: UpdateQueue;
  stats: FakeStats;
  retryDelayMs: number;
  timeoutMs: number;
  /** Executes a method returned in a webhook response body. */
  executeReply(method: string, params: Params, files: UploadedFile[]): Promise<void>;
}

interface HttpAnswer {
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

export class WebhookDeliverer {
  info: WebhookInfo | undefined;
  readonly deliveries: WebhookDelivery[] = [];
  private generation = 0;
  private readonly inFlight = new Set<number>();
  private readonly waiting = new Map<number, NodeJS.Timeout>();
  private readonly requests = new Set<ClientRequest>();
  private readonly agent = new Agent({ keepAlive: false });
  private closed = false;

  constructor(private readonly deps: WebhookDeps) {
    deps.queue.onPush(() => this.pump());
  }

  set(info: WebhookInfo): void {
    this.info = info;
    this.generation += 1;
    this.cancelRetries();
    this.pump();
  }

  remove(): void {
    this.info = undefined;
    this.generation += 1;
    this.cancelRetries();
  }

  close(): void {
    this.closed = true;
    this.remove();
    for (const req of this.requests) req.destroy();
    this.agent.destroy();
  }

  private cancelRetries(): void {
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
  }

  /** Starts deliveries for pending updates while connections are available. */
  pump(): void {
    const info = this.info;
    if (!info || this.closed) return;
    for (const update of this.deps.queue.peek()) {
      if (this.inFlight.size >= info.maxConnections) return;
      if (this.inFlight.has(update.update_id) || this.waiting.has(update.update_id)) continue;
      void this.deliver(update, info, this.generation);
    }
  }

  private async deliver(update: TgUpdate, info: WebhookInfo, generation: number): Promise<void> {
    this.inFlight.add(update.update_id);
    const record: WebhookDelivery = { update_id: update.update_id, at: Date.now(), status: 0 };
    this.deliveries.push(record);
    this.deps.stats.webhookDeliveries += 1;
    let answer: HttpAnswer | undefined;
    try {
      answer = await this.post(info, update);
      record.status = answer.status;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    }
    this.inFlight.delete(update.update_id);
    if (this.closed) return;
    const ok = answer !== undefined && answer.status >= 200 && answer.status < 300;
    if (!ok && generation !== this.generation) {
      // The webhook changed while this delivery was in flight: deliver again with the new settings
      // (the new generation's pump skipped this update because it was still in flight).
      this.pump();
      return;
    }
    if (ok && answer) {
      this.deps.queue.remove(update.update_id);
      await this.runReply(answer);
    } else {
      this.deps.stats.webhookFailures += 1;
      info.lastErrorDate = Math.floor(Date.now() / 1000);
      info.lastErrorMessage = answer
        ? `Wrong response from the webhook: ${answer.status}`
        : (record.error ?? "error");
      const timer = setTimeout(() => {
        this.waiting.delete(update.update_id);
        this.pump();
      }, this.deps.retryDelayMs);
      this.waiting.set(update.update_id, timer);
    }
    this.pump();
  }

  private async runReply(answer: HttpAnswer): Promise<void> {
    if (answer.body.length === 0) return;
    try {
      const { params, files } = parseParams(answer.contentType, answer.body, new URLSearchParams());
      const { method, ...rest } = params;
      if (typeof method === "string") await this.deps.executeReply(method, rest, files);
    } catch {
      // Telegram ignores webhook response bodies it cannot understand.
    }
  }

  private post(info: WebhookInfo, update: TgUpdate): Promise<HttpAnswer> {
    const url = new URL(info.url);
    const body = Buffer.from(JSON.stringify(update));
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      "content-length": body.length,
    };
    if (info.secretToken) headers["x-telegram-bot-api-secret-token"] = info.secretToken;
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(url, {
        method: "POST",
        headers,
        timeout: this.deps.timeoutMs,
        ...(url.protocol === "http:" ? { agent: this.agent } : {}),
      });
      this.requests.add(req);
      req.on("timeout", () => req.destroy(new Error(`webhook timed out after ${this.deps.timeoutMs} ms`)));
      req.on("error", (error) => {
        this.requests.delete(req);
        reject(error);
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          this.requests.delete(req);
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers["content-type"],
            body: Buffer.concat(chunks),
          });
        });
      });
      req.end(body);
    });
  }
}
