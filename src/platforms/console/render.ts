/**
 * Renders a Reply for a terminal. The only place that formats for the console: styles become
 * ANSI when colour is on, and control characters in any text are removed (`cleanText`,
 * src/core/text.ts) so user input can't inject terminal escape sequences.
 */
import type { Block, Reply, Span } from "../../core/reply.js";
import { cleanText as sanitize } from "../../core/text.js";

export interface ConsoleRenderOptions {
  readonly color: boolean;
}

function span(s: Span, o: ConsoleRenderOptions): string {
  const text = sanitize(s.text);
  if (!o.color) return text;
  switch (s.style) {
    case "bold":
      return `\x1b[1m${text}\x1b[22m`;
    case "italic":
      return `\x1b[3m${text}\x1b[23m`;
    case "code":
      return `\x1b[1;36m${text}\x1b[22;39m`;
    default:
      return text;
  }
}

const spans = (list: readonly Span[], o: ConsoleRenderOptions) => list.map((s) => span(s, o)).join("");

function block(b: Block, o: ConsoleRenderOptions): string[] {
  switch (b.kind) {
    case "paragraph":
      return [spans(b.spans, o)];
    case "steps":
      return b.items.map((item, i) => `  ${i + 1}. ${spans(item, o)}`);
    case "bullets":
      return b.items.map((item) => `  • ${spans(item, o)}`);
  }
}

export function renderConsole(reply: Reply, o: ConsoleRenderOptions, choiceHeader?: string): string {
  const parts: string[] = [];
  const head = (s: string) => (o.color ? `\x1b[1m${sanitize(s)}\x1b[22m` : sanitize(s));
  if (reply.title) parts.push(head(`== ${reply.title} ==`));
  for (const section of reply.sections) {
    const lines = section.title ? [head(section.title)] : [];
    for (const b of section.blocks) lines.push(...block(b, o));
    parts.push(lines.join("\n"));
  }
  const buttons = reply.actions.filter((a) => !a.url);
  if (buttons.length > 0) {
    const list = buttons.map((a, i) => `  [${i + 1}] ${sanitize(a.label)}`).join("\n");
    parts.push(choiceHeader ? `${sanitize(choiceHeader)}\n${list}` : list);
  }
  return `${parts.join("\n\n")}\n`;
}
