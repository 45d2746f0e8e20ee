import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    // A test that asserts nothing fails: every test must be able to fail.
    expect: { requireAssertions: true },
  },
});
