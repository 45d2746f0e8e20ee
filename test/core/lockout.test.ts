import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCKOUT_CAP_MINUTES, lockoutMinutes, lockoutSchedule, retryAt } from "../../src/core/lockout.js";

describe("lockout", () => {
  it("GIVEN the MR-413 rule THEN waits double from 1 minute up to 32", () => {
    expect(lockoutSchedule(7)).toEqual([1, 2, 4, 8, 16, 32, 32]);
  });

  it("GIVEN any attempt number (even nonsense) THEN the wait is a power of two within 1…32", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (n) => {
        const m = lockoutMinutes(n);
        expect(m).toBeGreaterThanOrEqual(1);
        expect(m).toBeLessThanOrEqual(LOCKOUT_CAP_MINUTES);
        expect(Math.log2(m) % 1).toBe(0);
      }),
    );
  });

  it("GIVEN the 3rd wrong entry at 10:00 THEN retry at 10:04", () => {
    const at = new Date("2026-01-01T10:00:00Z");
    expect(retryAt(3, at).toISOString()).toBe("2026-01-01T10:04:00.000Z");
  });
});
