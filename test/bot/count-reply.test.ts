/**
 * "3 times" after the bot asked how many wrong codes were entered (the ERROR / wait / refused-code
 * answers, the "How many?" buttons, the wait itself), through the bot with a real SQLite store:
 * the wait after that many, as `/lockout 3` says it — for 15 minutes after such an answer; the
 * same words without it are read as a question.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionFor, encodeAction } from "../../commands/replies/action-ids.js";
import { type Reply, replyToPlainText } from "../../src/core/reply.js";
import { createProfileService } from "../../src/support/privacy/profiles.js";
import { createLockoutReminders } from "../../src/support/reminders/schedule.js";
import { type Conversation, minutes, openConversation, T0 } from "../support/conversation.js";

let chat: Conversation;
beforeEach(async () => {
  chat = await openConversation((store) => ({
    profiles: createProfileService(store),
    reminders: createLockoutReminders(store),
  }));
});
afterEach(() => chat.close());
const say = (message: string, now: Date, id?: string) => chat.say(message, now, id);
const tap = (
  action: "faq.answer" | "lockout.count" | "lockout.wrong",
  payload: string,
  now: Date,
  id?: string,
) => {
  const { id: actionId, payload: data } = actionFor(action, payload);
  return chat.tap(encodeAction(actionId, data), now, id);
};
const text = (reply: Reply | undefined) => (reply ? replyToPlainText(reply) : "");
const labels = (reply: Reply | undefined) => reply?.actions.map((a) => a.label) ?? [];

describe("a count after the bot asked how many wrong codes", () => {
  it("GIVEN the ERROR answer THEN it asks how many with a button, and '3 times' gets the wait after 3", async () => {
    const answer = await say("radio says CODE LOCK", T0);
    expect(answer?.outcome).toBe("faq.answer");
    expect(labels(answer)[0]).toBe("How many wrong codes? Choose");

    const wait = await say("3 times", minutes(1));
    expect(wait?.outcome).toBe("lockout.ok");
    expect(text(wait)).toContain("After wrong code number 3, wait 4 minutes");
    expect(labels(wait)).toContain("Remind me in 4 minutes");

    // The same words from someone the bot asked nothing: a question it has no answer for.
    expect((await say("3 times", minutes(1), "stranger"))?.outcome).not.toBe("lockout.ok");
  });

  it("GIVEN the wait after 3 was told THEN 'now 4' is the new count", async () => {
    await say("radio says CODE LOCK", T0);
    await say("3 times", minutes(1));
    const again = await say("now 4", minutes(6));
    expect(again?.outcome).toBe("lockout.ok");
    expect(text(again)).toContain("After wrong code number 4, wait 8 minutes");
  });

  it("GIVEN 'Refused again (wrong code 2)' was tapped THEN '3 times' later is the new count, and the reminder was set", async () => {
    const refused = await tap("lockout.wrong", "2", T0);
    expect(replyToPlainText(refused)).toContain("I'll send you a message when the wait is over");
    expect(await chat.store.profiles.get("console:tester")).toMatchObject({
      wrongAttempts: 2,
      lastTopic: "lockout",
    });
    expect(text(await say("3 times", minutes(3)))).toContain("After wrong code number 3, wait 4 minutes");
  });

  it("GIVEN a decoded pre-code THEN 'Remind me' under the wait for '3 times' keeps it, so the reminder can give the code", async () => {
    await say("V284", T0);
    await say("radio says CODE LOCK", minutes(1));
    const wait = await say("3 times", minutes(2));
    const remind = wait?.actions.find((a) => a.label === "Remind me in 4 minutes");
    const set = await chat.tap(encodeAction(remind?.id ?? "", remind?.payload ?? ""), minutes(2));
    expect(set.actions.map((a) => a.payload)).toContain("4.V284");
    const [reminder] = await chat.store.reminders.claimDue(minutes(10).getTime(), 5, "test");
    expect(reminder?.payload).toMatchObject({ attempt: 3, precode: "V284" });
  });

  it("GIVEN 'How many wrong codes?' was tapped THEN a typed number answers it, in the user's words", async () => {
    const ask = await tap("lockout.count", "", T0);
    expect(ask.outcome).toBe("lockout.ask");
    const wait = await say("i think 2", minutes(1));
    expect(text(wait)).toContain("After wrong code number 2, wait 2 minutes");
  });

  it("GIVEN the French wait answer THEN 'deux fois' gets the wait after 2 in French", async () => {
    const answer = await tap("faq.answer", "wait-between-attempts", T0);
    expect(labels(answer)[0]).toBe("How many wrong codes? Choose");
    const wait = await say("deux fois", minutes(1));
    expect(wait?.outcome).toBe("lockout.ok");
    const fr = await say("combien de temps attendre après un mauvais code ?", minutes(2), "marie");
    expect(fr?.locale).toBe("fr");
    const deux = await say("deux fois", minutes(3), "marie");
    expect(deux?.locale).toBe("fr");
    expect(text(deux)).toContain("2 minutes");
  });

  it("GIVEN more than 15 minutes have passed THEN '3 times' is read on its own again", async () => {
    await say("radio says CODE LOCK", T0);
    expect((await say("3 times", minutes(15)))?.outcome).toBe("lockout.ok");
    await say("radio says CODE LOCK", minutes(20));
    expect((await say("3 times", minutes(36)))?.outcome).not.toBe("lockout.ok");
  });

  it("GIVEN an answer that asked nothing (where the pre-code is) THEN '3 times' is not a count", async () => {
    await tap("faq.answer", "where-is-precode", T0);
    expect((await say("3 times", minutes(1)))?.outcome).not.toBe("lockout.ok");
  });

  it("GIVEN the ERROR answer THEN numbers that count nothing are read as questions", async () => {
    await say("radio says CODE LOCK", T0);
    for (const message of ["I waited 10 minutes", "I entered 1234", "what if I get it wrong 2 more times?"]) {
      expect((await say(message, minutes(1)))?.outcome).not.toBe("lockout.ok");
    }
  });

  it("GIVEN a question with its count THEN one wait button, not also 'How many?'", async () => {
    const reply = await say("I typed the wrong code 3 times and it says CODE LOCK", T0, "newcomer");
    const buttons = labels(reply);
    expect(buttons[0]).toBe("Wait 4 minutes after wrong code number 3");
    expect(buttons).not.toContain("How many wrong codes? Choose");
  });
});
