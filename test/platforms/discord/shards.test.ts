/**
 * `dokker-bot shards --shards 2`: the ShardingManager starts two shard processes (src/shard.ts,
 * each the real bot with discord.js), each identifies with its own shard id, listens on its own
 * HTTP port (HTTP_PORT + shard id) with Telegram off - settings the shard passes to the app as its
 * environment - an interaction is answered, and SIGTERM stops the manager and both shards with exit 0.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";

const TOKEN = "shard-test-token.SECRET-0123456789";
const ROOT = new URL("../../../", import.meta.url).pathname;
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN, shards: 2, extraGuilds: 3 });
});
afterAll(async () => {
  await fake.close();
});

/** A port P with P and P + 1 free (the two shards' HTTP ports). */
async function freePair(): Promise<number> {
  const listen = (port: number) =>
    new Promise<ReturnType<typeof createServer> | undefined>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(undefined));
      server.listen(port, "127.0.0.1", () => resolve(server));
    });
  for (;;) {
    const first = await listen(0);
    const port = (first?.address() as { port: number } | undefined)?.port ?? 0;
    const second = port > 0 && port < 65535 ? await listen(port + 1) : undefined;
    await Promise.all([first, second].map((s) => new Promise((r) => (s ? s.close(r) : r(undefined)))));
    if (second) return port;
  }
}

describe("sharded start against the fake", () => {
  it("GIVEN --shards 2 THEN two shards identify as [0,2] and [1,2], answer interactions and stop on SIGTERM", async () => {
    const base = await freePair();
    const child = spawn(
      process.execPath,
      ["bin/dokker-bot.js", "shards", "--shards", "2", "--spawn-delay", "0"], // as `npx dokker-bot` runs it
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "/tmp",
          LOG_LEVEL: "info",
          HTTP_HOST: "127.0.0.1",
          HTTP_PORT: String(base),
          DISCORD_TOKEN: TOKEN,
          DISCORD_APPLICATION_ID: fake.applicationId,
          DISCORD_API: fake.api,
          TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", // must be ignored by the shards
        },
      },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await fake.waitFor(() => stderr.includes('"msg":"discord shards started"'), 40_000, "for both shards");
      const shards = fake.gateway.identifyLog.map((i) => i.shard.join("/")).sort();
      expect(shards).toEqual(["0/2", "1/2"]);
      const { id } = fake.slashCommand({ name: "dokker", options: { precode: "A123" } });
      const r = await fake.waitForResponse(id, () => true, 5000);
      expect(JSON.stringify(r.embeds)).toContain("`0086`");
      // Each shard runs Discord only: Telegram was switched off in the shard processes.
      const started = stderr.split("\n").filter((l) => l.includes('"msg":"started"'));
      expect(started).toHaveLength(2);
      for (const line of started) expect(line).toContain('"platforms":["discord"]');
      const ports = started.map((l) => (JSON.parse(l) as { httpPort: number }).httpPort).sort();
      expect(ports).toEqual([base, base + 1]);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stderr).toContain('"msg":"stopping discord shards"');
      expect(stderr.match(/"msg":"discord stopped"/g)).toHaveLength(2);
      expect(stderr).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});
