import { describe, expect, it } from "vitest";
import { cli } from "../support/run.js";

function allStrings(): string[] {
  const out: string[] = [];
  for (const l of "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for (let n = 0; n < 1000; n++) out.push(`${l}${String(n).padStart(3, "0")}`);
  return out;
}

describe("dokker-bot decode", () => {
  it("GIVEN all 26,000 strings on stdin with --json THEN 25,900 PINs and 100 reasoned rejections, in order", async () => {
    const inputs = allStrings();
    const started = Date.now();
    const { code, stdout } = await cli(["decode", "--json"], {
      input: `${inputs.join("\n")}\n`,
      timeoutMs: 60_000,
    });
    const elapsed = Date.now() - started;
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(26_000);
    expect(lines.map((l) => l.input)).toEqual(inputs);
    const pins = lines.filter((l) => typeof l.pin === "string");
    const rejected = lines.filter((l) => l.error);
    expect(pins).toHaveLength(25_900);
    expect(rejected).toHaveLength(100);
    for (const r of rejected) {
      expect(r.input).toMatch(/^A0\d\d$/);
      expect(r.error).toMatchObject({ code: "precode.not-issued" });
      expect(String((r.error as { message: string }).message)).toContain("not a real pre-code");
    }
    expect(lines[123]).toEqual({ input: "A123", precode: "A123", pin: "0086" });
    expect(code).toBe(1); // some inputs were rejected
    console.log(`decode --json: 26,000 lines in ${elapsed} ms (process start included)`);
    expect(elapsed).toBeLessThan(20_000); // "a few seconds" with generous CI headroom
  });

  it("GIVEN valid arguments THEN exit 0 with tab-separated output", async () => {
    const { code, stdout } = await cli(["decode", "a123", "V284"]);
    expect(code).toBe(0);
    expect(stdout).toBe("A123\t0086\nV284\t4727\n");
  });

  it("GIVEN a rejected input THEN exit 1 and the reason, localised with --lang", async () => {
    const { code, stdout } = await cli(["decode", "--json", "--lang", "en", "A012"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ input: "A012", error: { code: "precode.not-issued" } });
  });

  it("GIVEN a usage error THEN exit 2", async () => {
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["decode", "--lang", "xx", "A123"])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it("GIVEN --help THEN usage and exit 0", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("decode");
    expect(stdout).toContain("chat");
  });
});
