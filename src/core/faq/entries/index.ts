/**
 * The FAQ knowledge base: one JSON file per topic, all listed here (a test checks that no file
 * is forgotten). Parsed with the schema at load time, so a bad edit fails at start-up, not
 * when a user happens to ask that question.
 */
import * as z from "zod/mini";
import { type FaqEntry, FaqEntrySchema } from "../schema.js";
import codeAfterBattery from "./code-after-battery.json" with { type: "json" };
import codeNotWorking from "./code-not-working.json" with { type: "json" };
import contactSupport from "./contact-support.json" with { type: "json" };
import cost from "./cost.json" with { type: "json" };
import display0000Code from "./display-0000-code.json" with { type: "json" };
import dokkerRadio from "./dokker-radio.json" with { type: "json" };
import enterCode from "./enter-code.json" with { type: "json" };
import errorCodeLock from "./error-code-lock.json" with { type: "json" };
import freeCodeCardDealer from "./free-code-card-dealer.json" with { type: "json" };
import howToUseBot from "./how-to-use-bot.json" with { type: "json" };
import labelUnreadable from "./label-unreadable.json" with { type: "json" };
import legalSafe from "./legal-safe.json" with { type: "json" };
import medianavRlink from "./medianav-rlink.json" with { type: "json" };
import noPowerBlankDisplay from "./no-power-blank-display.json" with { type: "json" };
import pnRadioPrecode from "./pn-radio-precode.json" with { type: "json" };
import precodeA0Rejected from "./precode-a0-rejected.json" with { type: "json" };
import precodeFormat from "./precode-format.json" with { type: "json" };
import privacyForget from "./privacy-forget.json" with { type: "json" };
import replacedRadio from "./replaced-radio.json" with { type: "json" };
import scrambledSoundBeeps from "./scrambled-sound-beeps.json" with { type: "json" };
import showPrecodeButtons from "./show-precode-buttons.json" with { type: "json" };
import steeringWheelEntry from "./steering-wheel-entry.json" with { type: "json" };
import supportedRadios from "./supported-radios.json" with { type: "json" };
import vinToCode from "./vin-to-code.json" with { type: "json" };
import waitBetweenAttempts from "./wait-between-attempts.json" with { type: "json" };
import whereIsPrecode from "./where-is-precode.json" with { type: "json" };
import whereIsVin from "./where-is-vin.json" with { type: "json" };

export const FAQ_ENTRIES: readonly FaqEntry[] = z
  .array(FaqEntrySchema)
  .parse([
    whereIsPrecode,
    pnRadioPrecode,
    showPrecodeButtons,
    labelUnreadable,
    freeCodeCardDealer,
    enterCode,
    steeringWheelEntry,
    errorCodeLock,
    waitBetweenAttempts,
    codeAfterBattery,
    scrambledSoundBeeps,
    codeNotWorking,
    replacedRadio,
    vinToCode,
    whereIsVin,
    supportedRadios,
    medianavRlink,
    legalSafe,
    cost,
    display0000Code,
    howToUseBot,
    contactSupport,
    privacyForget,
    noPowerBlankDisplay,
    precodeA0Rejected,
    dokkerRadio,
    precodeFormat,
  ]);
