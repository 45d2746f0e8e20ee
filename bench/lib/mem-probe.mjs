/**
 * Loaded into a benchmark child with `BENCH_NODE_ARGS="--import ./bench/lib/mem-probe.mjs"`:
 * every 5 s one stderr line `mem-probe {...}` with process.memoryUsage() and the V8 heap spaces
 * in MiB, to see which part of the RSS grows during a soak (no inspector needed).
 */
import { getHeapSpaceStatistics } from "node:v8";

const mib = (n) => Math.round((n / 1048576) * 10) / 10;
setInterval(() => {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((s) => [s.space_name, mib(s.space_used_size)]),
  );
  const line = {
    rss: mib(m.rss),
    heapUsed: mib(m.heapUsed),
    heapTotal: mib(m.heapTotal),
    external: mib(m.external),
    arrayBuffers: mib(m.arrayBuffers),
    spaces,
  };
  process.stderr.write(`mem-probe ${JSON.stringify(line)}\n`);
}, 5000).unref();
