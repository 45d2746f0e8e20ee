/**
 * The browser client is plain JavaScript (served as-is under tsx and from dist/); its JSDoc types
 * are checked here with TypeScript and the DOM library, as strictly as the rest of the project.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const CLIENT = fileURLToPath(new URL("../../src/platforms/web/client/chat.js", import.meta.url));

describe("web client (client/chat.js)", () => {
  it("type-checks with JSDoc against the DOM library", () => {
    const program = ts.createProgram([CLIENT], {
      allowJs: true,
      checkJs: true,
      noEmit: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts", "lib.dom.asynciterable.d.ts"],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.start ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });
});
