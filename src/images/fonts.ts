/**
 * Fonts shipped with the project (DejaVu, see assets/fonts/LICENSE): pictures never depend on
 * the fonts installed on the machine.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"];

/** assets/fonts from src/images (tsx) or dist/src/images (the production build). */
function fontDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, "../../assets/fonts"), path.resolve(here, "../../../assets/fonts")];
  return candidates.find((d) => existsSync(path.join(d, FILES[0] ?? ""))) ?? candidates[0] ?? "";
}

export function fontFiles(): string[] {
  const dir = fontDir();
  return FILES.map((f) => path.join(dir, f));
}
