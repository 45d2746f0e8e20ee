/**
 * `npm run build` step (after tsc): saves every faceplate plate - each radio type with each
 * language's confirm text - into dist/plates, so no user waits for one to be built
 * (src/images/plate-file.ts). Usage: node dist/src/images/build-plates.js [DIR]
 */
import { t } from "../core/i18n/index.js";
import { LOCALES } from "../core/i18n/locales.js";
import { RADIO_TYPES } from "../core/radio.js";
import { buildPlateFor } from "./faceplate-png.js";
import { defaultPlateDir, writePlateFile } from "./plate-file.js";

const dir = process.argv[2] ?? defaultPlateDir();
const started = performance.now();
const texts = [...new Set(LOCALES.map((l) => t(l, "faceplate.hold")))];
let saved = 0;
for (const radio of RADIO_TYPES) {
  for (const confirm of texts) {
    const plate = buildPlateFor(radio, { confirm });
    if (!plate) continue; // drawn one by one at run time, as before
    writePlateFile(dir, radio, confirm, plate);
    saved += 1;
  }
}
process.stderr.write(
  `Faceplate plates: ${saved} saved in ${dir} (${((performance.now() - started) / 1000).toFixed(1)} s).\n`,
);
