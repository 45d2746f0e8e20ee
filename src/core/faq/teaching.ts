/** Learning from staff (`/teach`, `/snippet`, `/learned`): what staff are told. */
import type { Locale } from "../i18n/locales.js";

/** A learned FAQ phrasing as staff see it (`/learned`, `dokker-bot faq learned`). */
export interface LearnedView {
  readonly id: number;
  readonly entryId: string;
  readonly locale: string;
  readonly text: string;
}

/** Teaching a ticket's question: saved (the question and its language), or why not. */
export type TeachResult =
  | { readonly ok: true; readonly entryId: string; readonly text: string; readonly locale: Locale }
  | { readonly ok: false; readonly reason: "unknown-entry" | "no-question" };
