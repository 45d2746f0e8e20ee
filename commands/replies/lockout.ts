/** Advice after the n-th wrong code: how long to wait, what to do meanwhile, what next. */
import { minutes, t, tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import {
  clampAttempt,
  LOCKOUT_CAP_MINUTES,
  lockoutMinutes,
  lockoutSchedule,
} from "../../src/core/lockout.js";
import { parsePrecode } from "../../src/core/precode.js";
import { type Action, bold, code, paragraph, plain, type Reply } from "../../src/core/reply.js";
import { actionFor } from "./action-ids.js";

/**
 * `desk`: a support desk is configured (a long lockout may end in "contact support").
 * `offerReminder`: a "Remind me in 4 min" button (/lockout N, where no reminder is set yet and
 * the app can send one); tapping it reports wrong code N, as the "Wrong code" button does.
 */
export function lockoutReply(
  locale: Locale,
  attemptIn: number,
  opts: { precode?: string; reminderSet?: boolean; offerReminder?: boolean; desk?: boolean } = {},
): Reply {
  const attempt = clampAttempt(attemptIn);
  const wait = lockoutMinutes(attempt);
  const duration = minutes(locale, wait);
  const schedule = lockoutSchedule()
    .map((m) => String(m))
    .join(" → ");
  const blocks = [
    paragraph(...tSpans(locale, "lockout.attempt", { attempt: String(attempt), duration: bold(duration) })),
    paragraph(...tSpans(locale, "lockout.keep-on")),
    paragraph(...tSpans(locale, "lockout.then")),
    paragraph(
      ...tSpans(locale, "lockout.schedule", {
        schedule: plain(`${schedule} ${t(locale, "unit.minute.short")}`),
      }),
    ),
  ];
  // "…contact support" only where there is a support desk to contact.
  const longer = opts.desk ? "lockout.longer" : "lockout.longer.no-desk";
  if (wait >= LOCKOUT_CAP_MINUTES) blocks.push(paragraph(...tSpans(locale, longer)));
  if (attempt >= 2) blocks.push(paragraph(...tSpans(locale, "lockout.check-precode")));
  if (opts.reminderSet) blocks.push(paragraph(...tSpans(locale, "lockout.reminder-set")));
  const next = clampAttempt(attempt + 1);
  const again: Action = {
    ...actionFor("lockout.wrong", opts.precode ? `${next}.${opts.precode}` : String(next)),
    label: t(locale, "action.still-refused", { attempt: String(next) }),
    style: "danger",
  };
  const remind: Action[] =
    opts.offerReminder && !opts.reminderSet
      ? [
          {
            ...actionFor("lockout.wrong", opts.precode ? `${attempt}.${opts.precode}` : String(attempt)),
            label: t(locale, "action.remind-me", { duration }),
            style: "primary",
          },
        ]
      : [];
  return {
    locale,
    title: t(locale, "lockout.title"),
    sections: [{ blocks }],
    actions: [...remind, again],
    summary: t(locale, "lockout.summary", { duration, attempt: String(attempt) }),
    outcome: "lockout.ok",
  };
}

/** The counts offered as buttons; the last one stands for "that many or more". */
const ASK_COUNTS = [1, 2, 3, 4, 5, 6] as const;

/**
 * "How many wrong codes so far, in all?" with a button per number (1 … 6+): behind the "How many
 * wrong codes?" button under a message that names several numbers ("twice by my wife, once by me").
 */
export function lockoutAskReply(locale: Locale): Reply {
  const last = ASK_COUNTS[ASK_COUNTS.length - 1];
  return {
    locale,
    title: t(locale, "lockout.title"),
    sections: [{ blocks: [paragraph(...tSpans(locale, "lockout.ask"))] }],
    actions: ASK_COUNTS.map((n) => ({
      ...actionFor("lockout.count", String(n)),
      label: n === last ? `${n}+` : String(n),
    })),
    outcome: "lockout.ask",
  };
}

/**
 * A shortcut under the answer to a message that says how many wrong codes were entered: the
 * wait itself as the button's label ("Wait 4 minutes after wrong code number 3"), or "How many
 * wrong codes? Choose" when several numbers may add up. Beside the answer, never instead of it:
 * a count read from free words is wrong now and then (docs/measurements/wrong-count.md).
 */
export function wrongCountAction(locale: Locale, count: number | "unclear"): Action {
  if (count === "unclear") return { ...actionFor("lockout.count", ""), label: t(locale, "action.how-many") };
  const attempt = clampAttempt(count);
  return {
    ...actionFor("lockout.count", String(attempt)),
    label: t(locale, "lockout.summary", {
      duration: minutes(locale, lockoutMinutes(attempt)),
      attempt: String(attempt),
    }),
    style: "primary",
  };
}

/**
 * The lockout reminder (sent by the reminder worker when the wait is over), in the user's
 * language; with the PIN when the pre-code is known (the PIN itself is never stored).
 */
export function lockoutReminderReply(
  locale: Locale,
  attemptIn: number,
  rawPrecode: string | undefined,
): Reply {
  const attempt = clampAttempt(attemptIn);
  const blocks = [paragraph(...tSpans(locale, "lockout.reminder", { attempt: String(attempt) }))];
  const actions: Action[] = [];
  const parsed = rawPrecode === undefined ? undefined : parsePrecode(rawPrecode);
  if (parsed?.ok) {
    const { precode, pin } = parsed.value;
    blocks.push(
      paragraph(...tSpans(locale, "lockout.reminder.pin", { precode: code(precode), pin: code(pin) })),
    );
    const next = clampAttempt(attempt + 1);
    actions.push({
      ...actionFor("lockout.wrong", `${next}.${precode}`),
      label: t(locale, "action.still-refused", { attempt: String(next) }),
      style: "danger",
    });
  }
  return { locale, sections: [{ blocks }], actions, outcome: "lockout.reminder" };
}
