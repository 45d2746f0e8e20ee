/**
 * Follow-ups through the bot with a real SQLite store: what the bot answered (a decode, an FAQ
 * answer, a topic button) is kept in the profile, and the next message the matcher is unsure
 * about offers what that answer leads to first — for 15 minutes, and never as an outright answer.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionFor, encodeAction } from "../../commands/replies/action-ids.js";
import type { Services } from "../../commands/services.js";
import { createBot } from "../../src/bot/index.js";
import { type Reply, replyToPlainText } from "../../src/core/reply.js";
import { createProfileService } from "../../src/support/privacy/profiles.js";
import { testContext } from "../support/context.js";
import { type Conversation, minutes, openConversation, T0 } from "../support/conversation.js";
import { memoryLogger } from "../support/logger.js";

let chat: Conversation;
beforeEach(async () => {
  chat = await openConversation((store) => ({ profiles: createProfileService(store) }));
});
afterEach(() => chat.close());
const say = (text: string, now: Date, id?: string) => chat.say(text, now, id);
const tap = (data: string, now: Date, id?: string) => chat.tap(data, now, id);
const { logger } = memoryLogger("silent");

const plainText = (reply: Reply | undefined) => (reply ? replyToPlainText(reply) : "");
const topics = (reply: Reply | undefined) => reply?.actions.map((a) => a.label) ?? [];

describe("follow-up questions", () => {
  it("GIVEN a user just got their code THEN 'radio does not beep' offers entering the code first, not the beeps topic", async () => {
    expect((await say("V284", T0))?.outcome).toBe("dokker.ok");
    expect(await chat.store.profiles.get("console:tester")).toMatchObject({
      lastTopic: "decode",
      lastTopicAt: T0.getTime(),
    });

    const after = await say("radio does not beep", minutes(2));
    expect(after?.outcome).toBe("faq.unsure");
    expect(topics(after)[0]).toBe("How to enter the code");

    // The same words from someone who decoded nothing: the matcher's own order.
    const alone = await say("radio does not beep", minutes(2), "stranger");
    expect(topics(alone)[0]).toBe("Scrambled sound and beeps");
  });

  it("GIVEN a user just got their code THEN 'still says CODE' is not told to send the pre-code again", async () => {
    const sendIt = "send me the pre-code from the radio's label";
    await say("V284", T0);
    const after = await say("still says CODE", minutes(3));
    expect(after?.outcome).toBe("faq.unsure");
    expect(plainText(after)).not.toContain(sendIt);
    // Someone who decoded nothing is told first what gets the code.
    expect(plainText(await say("still says CODE", minutes(3), "stranger"))).toContain(sendIt);
  });

  it("GIVEN thanks after where the pre-code is THEN 'send it when you have it'; after their code THEN 'keep it safe'", async () => {
    const { id, payload } = actionFor("faq.answer", "where-is-precode");
    await tap(encodeAction(id, payload), T0);
    const before = plainText(await say("thanks!", minutes(1)));
    expect(before).toContain("When you have the pre-code");
    expect(before).not.toContain("Keep the code somewhere safe");
    await say("V284", minutes(5));
    expect(plainText(await say("thanks!", minutes(6)))).toContain("Keep the code somewhere safe");
  });

  it("GIVEN 15 minutes have passed THEN the message is read on its own again", async () => {
    await say("V284", T0);
    expect(topics(await say("radio does not beep", minutes(15)))[0]).toBe("How to enter the code");
    expect(topics(await say("radio does not beep", minutes(16)))[0]).toBe("Scrambled sound and beeps");
  });

  it("GIVEN a topic button was tapped THEN that topic is the context of the next message", async () => {
    const { id, payload } = actionFor("faq.answer", "enter-code");
    const answer = await tap(encodeAction(id, payload), T0);
    expect(answer.outcome).toBe("faq.answer");
    expect(await chat.store.profiles.get("console:tester")).toMatchObject({ lastTopic: "enter-code" });
    // On its own it is first about showing the pre-code with buttons 1 + 6; after how to enter
    // the code, entering it comes first.
    const next = await say("where is button six", minutes(1));
    expect(next?.outcome).toBe("faq.unsure");
    expect(topics(next)[0]).toBe("How to enter the code");
    expect(topics(await say("where is button six", minutes(1), "stranger"))[0]).toBe(
      "Show the pre-code on the display (buttons 1 + 6)",
    );
  });

  it("GIVEN the store fails to keep the topic THEN the answer still goes out and the failure is reported", async () => {
    const failures: unknown[] = [];
    const broken: Services = {
      profiles: {
        get: () => Promise.resolve(undefined),
        update: () => Promise.reject(new Error("database is locked")),
      },
      observer: { faqUnmatched: () => {}, topicNotStored: (error) => failures.push(error) },
    };
    const reply = await createBot({ logger }).runText(
      "radio says CODE LOCK",
      testContext({ services: broken, now: T0 }),
    );
    expect(reply?.outcome).toBe("faq.answer");
    expect(failures).toEqual([new Error("database is locked")]);
  });

  it("GIVEN /forget THEN the last topic goes with the profile", async () => {
    await say("V284", T0);
    await chat.store.profiles.forget("console:tester");
    expect(await chat.store.profiles.get("console:tester")).toBeNull();
    expect(topics(await say("radio does not beep", minutes(1)))[0]).toBe("Scrambled sound and beeps");
  });
});
