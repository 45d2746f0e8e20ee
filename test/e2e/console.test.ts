import { describe, expect, it } from "vitest";
import { run } from "../support/run.js";
import { tempDatabaseUrl } from "../support/spawn-bot.js";

const start = (input: string, env: Record<string, string> = {}) =>
  run(process.execPath, ["--import", "tsx", "src/main.ts"], {
    input,
    env: { DATABASE_URL: tempDatabaseUrl(), ...env },
    timeoutMs: 30_000,
  });

describe("terminal chat (npm start without tokens)", () => {
  it("GIVEN '/dokker a123' on a pipe THEN prints 0086, entry steps and lockout advice, and exits 0", async () => {
    const { code, stdout } = await start("/dokker a123\n");
    expect(code).toBe(0);
    expect(stdout).toContain("0086");
    expect(stdout).toContain("Press button 1");
    expect(stdout).toContain("32 minutes");
  });

  it("GIVEN a bare pre-code, a numbered choice, /lockout, /vin and /help THEN each is answered in order", async () => {
    const { code, stdout } = await start("V284\n2\n/lockout 4\n/vin UU18SDDJ4F5123456\n/help\n");
    expect(code).toBe(0);
    const order = ["4727", "Plug & Radio", "wait 8 minutes", "Automobile Dacia", "What I can do"].map((s) =>
      stdout.indexOf(s),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("GIVEN a decode then /mydata THEN the export is printed (a terminal has no download)", async () => {
    const { code, stdout } = await start("V284\n/mydata\n");
    expect(code).toBe(0);
    const exported = stdout.slice(stdout.indexOf("[file] "));
    expect(exported).toMatch(/^\[file\] \S+\.json\n\{/);
    expect(JSON.parse(exported.slice(exported.indexOf("{"))).profile.lastPrecode).toBe("V284");
  });

  it("GIVEN bad input THEN friendly replies, no stack trace", async () => {
    const { code, stdout, stderr } = await start("A012\n/lockout lots\n\u0000\u001b[2J\n");
    expect(code).toBe(0);
    expect(stdout).toContain("not a real pre-code");
    expect(stdout).toContain("whole number");
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it("GIVEN an invalid setting THEN start-up stops naming the variable", async () => {
    const { code, stderr } = await start("", { HTTP_PORT: "99999" });
    expect(code).toBe(2);
    expect(stderr).toContain("HTTP_PORT");
  });
});
