/**
 * The page's and widget's labels in one locale (from src/core/i18n/messages/web.ts). Without a
 * support desk there is no "Contact support" label nor "answers from our team wait here" line:
 * the client leaves them out.
 */
import { LOCALE_NAMES, LOCALES, type Locale, t } from "../../core/i18n/index.js";
import { WEB_TEXT_LIMIT } from "./render.js";

export function pageStrings(locale: Locale, desk: boolean): Record<string, string> {
  return {
    title: t(locale, "web.title"),
    log: t(locale, "web.log"),
    input: t(locale, "web.input"),
    placeholder: t(locale, "web.placeholder"),
    send: t(locale, "web.send"),
    menu: t(locale, "web.menu"),
    ...(desk ? { support: t(locale, "web.menu.support") } : {}),
    mydata: t(locale, "web.menu.mydata"),
    forget: t(locale, "web.menu.forget"),
    language: t(locale, "web.language"),
    you: t(locale, "web.you"),
    bot: t(locale, "web.bot"),
    ...(desk ? { waiting: t(locale, "web.waiting") } : {}),
    offline: t(locale, "web.offline"),
    rate: t(locale, "web.error.rate"),
    tooLong: t(locale, "web.error.too-long", { max: WEB_TEXT_LIMIT }),
    empty: t(locale, "web.error.empty"),
    origin: t(locale, "web.error.origin"),
    failed: t(locale, "web.error.failed"),
    attach: t(locale, "web.attach"),
    file: t(locale, "web.error.file"),
    open: t(locale, "web.widget.open"),
    close: t(locale, "web.widget.close"),
  };
}

/** Languages for the page's selector, each named in its own language. */
export const languageChoices = (): { code: Locale; name: string }[] =>
  LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] }));
