/**
 * Loaded into the soak's bot with `--expose-gc --import ./bench/lib/gc-probe.mjs`: on SIGUSR2 it
 * runs two full garbage collections and writes `gc-probe done` on stderr, so the harness reads
 * the RSS of what the process keeps, not of where V8's collection cycle happens to be.
 */
process.on("SIGUSR2", () => {
  if (typeof globalThis.gc !== "function") {
    process.stderr.write("gc-probe: start node with --expose-gc\n");
    return;
  }
  globalThis.gc();
  globalThis.gc();
  process.stderr.write("gc-probe done\n");
});
