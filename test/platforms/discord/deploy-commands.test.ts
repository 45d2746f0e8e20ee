/**
 * `dokker-bot deploy-commands` as an operator runs it (a child process) against the fake:
 * one bulk PUT, global or to DISCORD_GUILD_ID, the names printed, exit 1 with a clear message
 * when Discord refuses or the configuration is missing — and never the token in the output.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";

const TOKEN = "deploy-test-token.SECRET-0123456789";
const ROOT = new URL("../../../", import.meta.url).pathname;
let fake: FakeDiscord;

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/index.ts", "deploy-commands"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "silent", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const puts = () => fake.requests.filter((r) => r.method === "PUT");

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN });
});
beforeEach(() => fake.reset());
afterAll(async () => {
  await fake.close();
});

describe("deploy-commands against the fake", () => {
  it("GIVEN no DISCORD_GUILD_ID THEN one global PUT with every command, names printed, exit 0", async () => {
    const out = await run({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API: fake.api,
    });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.path).toBe(`/applications/${fake.applicationId}/commands`);
    const names = fake.registeredCommands().map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["dokker", "lockout", "vin", "help", "Decode pre-code"]));
    expect(out.stdout).toContain(`Registered ${names.length} commands globally`);
    for (const n of ["/dokker", "/lockout", "/vin", "/help", "Decode pre-code (message context menu)"]) {
      expect(out.stdout).toContain(n);
    }
    expect(fake.registeredCommands().find((c) => c.name === "dokker")).toMatchObject({
      integration_types: [0, 1],
      contexts: [0, 1, 2],
    });
  });

  it("GIVEN DISCORD_GUILD_ID THEN one PUT to that server only", async () => {
    const guildId = fake.defaults.guildId;
    const out = await run({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API: fake.api,
    });
    expect(out.code).toBe(0);
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.path).toBe(`/applications/${fake.applicationId}/guilds/${guildId}/commands`);
    expect(fake.registeredCommands({ guildId }).map((c) => c.name)).toContain("dokker");
    expect(fake.registeredCommands()).toHaveLength(0);
    expect(out.stdout).toContain(`to server ${guildId}`);
  });

  it("GIVEN a wrong token THEN exit 1 with a clear message that doesn't echo the token", async () => {
    const wrong = "wrong-token.SECRET-9876543210";
    const out = await run({
      DISCORD_TOKEN: wrong,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API: fake.api,
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("deploy-commands failed");
    expect(out.stderr).toContain("401");
    expect(out.stderr).toContain("check DISCORD_TOKEN");
    expect(out.stderr + out.stdout).not.toContain(wrong);
    expect(fake.registeredCommands()).toHaveLength(0);
  });

  it("GIVEN no token configured THEN exit 1 naming the missing variables, and no request", async () => {
    const out = await run({ DISCORD_API: fake.api });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("DISCORD_TOKEN and DISCORD_APPLICATION_ID");
    expect(fake.requests).toHaveLength(0);
  });
});
