/**
 * `dokker-bot ask "question" [--lang xx] [--json]`: the FAQ from the command line.
 * JSON: {"id":…,"answer":…,"score":…,"lang":…,"confident":true|false}; `id` is null when nothing
 * fits. The answer is in the question's language when it can be told, else `--lang`.
 * Exit 0 when an entry fits (confident or not), 1 when nothing does.
 */
import { faqMatcher } from "../../commands/replies/faq-answer.js";
import type { Locale } from "../core/i18n/locales.js";

export interface AskResult {
  readonly id: string | null;
  readonly answer: string | null;
  readonly score: number;
  readonly lang: Locale;
  readonly confident: boolean;
}

async function ask(question: string, locale: Locale): Promise<AskResult> {
  const m = await faqMatcher();
  const match = m.match(question, { locale });
  const best = match.level === "none" ? undefined : match.best;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    id: best?.id ?? null,
    answer: best ? (m.answer(best.id, match.lang) ?? null) : null,
    score: round(best?.score ?? match.suggestions[0]?.score ?? 0),
    lang: match.lang,
    confident: match.level === "confident",
  };
}

export async function runAsk(
  question: string,
  opts: { json: boolean; locale: Locale; stdout: NodeJS.WritableStream },
): Promise<number> {
  const result = await ask(question, opts.locale);
  if (opts.json) {
    opts.stdout.write(`${JSON.stringify(result)}\n`);
  } else if (result.id) {
    const title = (await faqMatcher()).get(result.id)?.title[result.lang] ?? result.id;
    const note = result.confident ? "" : " (not sure this is what you asked)";
    opts.stdout.write(`${title}${note}\n\n${result.answer ?? ""}\n`);
  } else {
    opts.stdout.write("No answer fits this question.\n");
  }
  return result.id ? 0 : 1;
}
