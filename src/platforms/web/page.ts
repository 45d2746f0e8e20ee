/**
 * GET / : the standalone chat page. Server-rendered in the visitor's language so the header and
 * the "how it works" text paint at once; the chat itself is built by /chat.js (no inline script:
 * the Content Security Policy forbids it). Every text here is ours (the message catalogs), and
 * still escaped once, here; user text never reaches this HTML. Without a support desk the
 * "how it works" list has no "Contact support" step.
 */
import { type Locale, t } from "../../core/i18n/index.js";
import { languageChoices, pageStrings } from "./strings.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export function renderPage(locale: Locale, desk: boolean): string {
  const e = (key: Parameters<typeof t>[1]) => escapeHtml(t(locale, key));
  const strings = escapeHtml(JSON.stringify(pageStrings(locale, desk)));
  const languages = escapeHtml(JSON.stringify(languageChoices()));
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e("web.title")}</title>
<link rel="stylesheet" href="/chat.css">
<script src="/chat.js" defer></script>
</head>
<body class="dk-body">
<main class="dk-page">
<header class="dk-header">
<h1>${e("web.title")}</h1>
<p>${e("web.intro")}</p>
</header>
<section id="dokker-chat" class="dk-chat" aria-label="${e("web.log")}" data-lang="${locale}" data-strings="${strings}" data-languages="${languages}"></section>
<section class="dk-how" aria-labelledby="dk-how-title">
<h2 id="dk-how-title">${e("web.how.title")}</h2>
<ol>
<li>${e("web.how.1")}</li>
<li>${e("web.how.2")}</li>
${desk ? `<li>${e("web.how.3")}</li>\n` : ""}</ol>
</section>
</main>
</body>
</html>
`;
}
