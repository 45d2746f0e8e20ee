import { describe, expect, it } from "vitest";
import { ACTION_IDS, encodeAction } from "../../commands/replies/action-ids.js";
import type { Services } from "../../commands/services.js";
import { createBot, type HandledEvent } from "../../src/bot/index.js";
import { FAQ_ENTRIES } from "../../src/core/faq/index.js";
import { type Reply, replyToPlainText } from "../../src/core/reply.js";
import { openStore } from "../../src/store/index.js";
import { createLockoutReminders } from "../../src/support/reminders/schedule.js";
import { testContext } from "../support/context.js";
import { memoryLogger } from "../support/logger.js";

/** A reply's plain text; "" when there was no reply. */
function plain(reply: Reply | undefined): string {
  return reply ? replyToPlainText(reply) : "";
}

function setup(services: Services = {}) {
  const log = memoryLogger();
  const events: HandledEvent[] = [];
  const bot = createBot({ logger: log.logger, onHandled: (e) => events.push(e), botUsername: "DokkerBot" });
  return { bot, log, events, ctx: testContext({ services }) };
}

describe("dispatch pipeline", () => {
  it("GIVEN /dokker a123 THEN the PIN, entry steps and lockout advice", async () => {
    const { bot, ctx, events } = setup();
    const reply = await bot.runText("/dokker a123", ctx, "u1");
    const text = plain(reply);
    expect(text).toContain("0086");
    expect(text).toContain("Press button 1 until the first digit shows 0");
    expect(text).toContain("32 minutes");
    expect(reply?.outcome).toBe("dokker.ok");
    expect(events).toMatchObject([{ kind: "command", name: "dokker", outcome: "dokker.ok" }]);
  });

  it("GIVEN no support desk THEN /help, the welcome, the FAQ, thanks and a long lockout never send the user to support", async () => {
    const { bot, ctx } = setup();
    for (const input of ["/help", "/start"]) {
      const text = plain(await bot.runText(input, ctx));
      expect(text).toContain("/dokker");
      expect(text).not.toContain("/support");
    }
    const none = await bot.runText("/faq what is the weather in Paris", ctx);
    expect(none?.outcome).toBe("faq.none");
    expect(plain(none)).toContain("pick a common question below");
    expect(plain(none)).not.toMatch(/support/i);
    const thanks = plain(await bot.runText("merci !", ctx));
    expect(thanks).toContain("renvoyez-moi le pré-code");
    expect(thanks).not.toMatch(/support/i);
    const person = await bot.runText("/faq How do I contact support?", ctx);
    expect(plain(person)).toContain("This bot has no support team to pass you to");
    expect(plain(person)).not.toContain("/support");
    for (const { id } of FAQ_ENTRIES.filter((e) => e.id !== "contact-support")) {
      const answer = await bot.runAction(encodeAction(ACTION_IDS["faq.answer"], id), ctx);
      expect(answer.outcome, id).toBe("faq.answer");
      expect(plain(answer), id).not.toMatch(/support/i);
      expect(answer.actions.map((a) => a.payload)).not.toContain("contact-support");
    }
    const topics = plain(await bot.runText("/faq", ctx));
    expect(topics).toContain("Where do I find the pre-code?");
    expect(topics).not.toContain("Talk to a person");
    const long = plain(await bot.runText("/lockout 9", ctx));
    expect(long).toContain("up to 64 minutes");
    expect(long).not.toMatch(/support/i);
  });

  it("GIVEN a user who says how many wrong codes they entered THEN the answer's first button is the wait after that many, in their language; a tap offers the reminder", async () => {
    const store = await openStore("sqlite::memory:");
    const services: Services = { reminders: createLockoutReminders(store) };
    const { bot, ctx } = setup(services);
    const en = await bot.runText("I typed the wrong code 3 times, how long now?", ctx);
    expect(en?.outcome).toMatch(/^faq\./); // the answer is still the FAQ's
    const shortcut = en?.actions[0];
    expect(shortcut).toMatchObject({ label: "Wait 4 minutes after wrong code number 3", style: "primary" });
    const info = await bot.runAction(encodeAction(shortcut?.id ?? "", shortcut?.payload ?? ""), ctx);
    expect(plain(info)).toContain("After wrong code number 3, wait 4 minutes");
    expect(info.actions.map((a) => a.label)).toEqual([
      "Remind me in 4 minutes",
      "Refused again (wrong code 4)",
    ]);
    // Only the "Remind me" button sets a reminder: none is due yet, one is 4 minutes after the tap.
    const later = new Date(ctx.now.getTime() + 4 * 60_000);
    expect(await store.reminders.claimDue(later.getTime(), 10, "t")).toHaveLength(0);
    const remind = info.actions[0];
    const set = await bot.runAction(encodeAction(remind?.id ?? "", remind?.payload ?? ""), ctx);
    expect(plain(set)).toContain("I'll send you a message when the wait is over");
    expect(await store.reminders.claimDue(later.getTime(), 10, "t")).toMatchObject([
      { dueAt: later.getTime(), payload: { attempt: 3 } },
    ]);
    const de = await bot.runText("Ich habe den Code zweimal falsch eingegeben", ctx);
    expect(de?.actions[0]?.label).toBe("2 Minuten warten nach dem 2. falschen Code");
    // A pre-code asked about: its code as before, the wait first among the buttons; one in
    // chatter: still only offered ("Did you mean V284?"), no PIN until it is tapped.
    const named = await bot.runText("I entered the code for V284 wrong twice", ctx);
    expect(named?.outcome).toBe("dokker.ok");
    expect(named?.actions[0]?.label).toBe("Wait 2 minutes after wrong code number 2");
    const chatter = await bot.runText("my son tried V284 wrong twice", ctx);
    expect(chatter?.actions.map((a) => a.label).slice(0, 2)).toEqual([
      "Did you mean V284?",
      "Wait 2 minutes after wrong code number 2",
    ]);
    expect(plain(chatter)).not.toContain("4727");
    // Several numbers that may add up: "How many wrong codes?", which asks with a button per number.
    const story = await bot.runText("ma femme a essayé deux fois, puis moi une fois, toujours CODE", ctx);
    const how = story?.actions[0];
    expect(how?.label).toBe("Combien de codes erronés ? Choisir");
    const ask = await bot.runAction(encodeAction(how?.id ?? "", how?.payload ?? ""), ctx);
    expect(ask.outcome).toBe("lockout.ask");
    expect(ask.actions.map((a) => a.label)).toEqual(["1", "2", "3", "4", "5", "6+"]);
    const five = ask.actions[4];
    const chosen = await bot.runAction(encodeAction(five?.id ?? "", five?.payload ?? ""), ctx);
    expect(plain(chosen)).toContain("After wrong code number 5, wait 16 minutes");
    // No count stated: no such button; in a group the bot stays out of it.
    const none = await bot.runText("I entered a wrong code, what now?", ctx);
    expect(none?.actions.some((a) => a.id === "lo.c")).toBe(false);
    expect(await bot.runText("wrong code 3 times", testContext({ chat: "group", services }))).toBeUndefined();
    await store.close();
  });

  it("GIVEN 'what is my radio code' (the FAQ unsure) THEN first: send the pre-code; and where to find it among the topics", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("what is my radio code", ctx);
    expect(reply?.outcome).toBe("faq.unsure");
    expect(plain(reply)).toMatch(/^To get your radio's code, send me the pre-code/);
    expect(plain(reply)).toContain("Or did you mean one of these?");
    expect(reply?.actions.map((a) => a.label)).toContain("Where do I find the pre-code?");
    // A question the FAQ is unsure about that is not about the code: as before.
    const other = await bot.runText("the sound crackles sometimes", ctx);
    expect(plain(other)).not.toContain("send me the pre-code");
  });

  it("GIVEN two pre-codes in a question ('is it V284 or Y284?') THEN which one, a button each, nothing decoded", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("is it V284 or Y284?", ctx);
    expect(plain(reply)).toContain("I see several pre-codes: V284, Y284");
    expect(plain(reply)).not.toContain("4727");
    expect(reply?.actions.map((a) => a.label)).toEqual(["Decode V284", "Decode Y284"]);
    expect(await bot.runText("is it V284 or Y284?", testContext({ chat: "group" }))).toBeUndefined();
  });

  it("GIVEN a bare pre-code in a private chat THEN it is decoded", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("V284", ctx);
    expect(reply?.outcome).toBe("dokker.ok");
    expect(reply?.summary).toContain("4727");
  });

  it("GIVEN a misread pre-code (V2B4) THEN no PIN yet: the guess is asked about, and the tap decodes it", async () => {
    const { bot, ctx } = setup();
    const asked = await bot.runText("/dokker V2B4", ctx);
    const text = plain(asked);
    expect(asked?.outcome).toBe("precode.misread");
    expect(text).toContain("I read V2B4 as V284");
    expect(text).not.toContain("4727");
    expect(asked?.actions.map((a) => a.label)).toEqual(["Decode V284"]);
    const tap = asked?.actions[0];
    const decoded = await bot.runAction(encodeAction(tap?.id ?? "", tap?.payload ?? ""), ctx);
    expect(decoded.outcome).toBe("dokker.ok");
    expect(decoded.summary).toContain("4727");
  });

  it("GIVEN a VIN pasted as a message THEN the /vin answer (no PIN), in the language of the words around it", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("UU18SDDJ4F5123456", ctx);
    const text = plain(reply);
    expect(reply?.outcome).toBe("vin.ok");
    expect(text).toContain("No public method turns a VIN into a radio code");
    const spanish = await bot.runText("mi VIN es UU18SDDJ4F5123456, ¿cuál es el código de la radio?", ctx);
    expect(spanish?.outcome).toBe("vin.ok");
    expect(spanish?.locale).toBe("es");
    const typo = await bot.runText("VF1OSRAB123456789", ctx);
    expect(typo?.outcome).toBe("vin.characters");
  });

  it("GIVEN four digits whose first looks like a letter (0284) THEN O284 is proposed, not decoded", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("/dokker 0284", ctx);
    const text = plain(reply);
    expect(reply?.outcome).toBe("precode.no-letter");
    expect(text).toContain("Did you mean O284?");
    expect(reply?.actions.map((a) => a.label)).toEqual(["Decode O284"]);
    const other = await bot.runText("/dokker 3284", ctx);
    expect(other?.outcome).toBe("precode.no-letter");
    expect(other?.actions).toEqual([]);
  });

  it("GIVEN 0000 (what the display shows) as a message or with /dokker THEN it is explained, with the display topic, no O000 guess", async () => {
    const { bot, ctx } = setup();
    for (const input of ["0000", "/dokker 0000"]) {
      const reply = await bot.runText(input, ctx);
      expect(reply?.outcome).toBe("precode.display");
      expect(plain(reply)).toContain("what the radio's display shows while it waits for its code");
      expect(plain(reply)).not.toContain("O000");
      expect(reply?.actions.map((a) => a.label)).toEqual(["The display shows 0000 or CODE"]);
    }
    const topic = (await bot.runText("0000", ctx))?.actions[0];
    const tapped = await bot.runAction(encodeAction(topic?.id ?? "", topic?.payload ?? ""), ctx);
    expect(tapped.outcome).toBe("faq.answer");
  });

  it("GIVEN /dokker@OtherBot in a group THEN silence", async () => {
    const { bot } = setup();
    const ctx = testContext({ chat: "group" });
    expect(await bot.runText("/dokker@OtherBot A123", ctx)).toBeUndefined();
    expect((await bot.runText("/dokker@DokkerBot A123", ctx))?.outcome).toBe("dokker.ok");
  });

  it("GIVEN free text in a group THEN silence; in private THEN a hint, or a greeting back for a greeting", async () => {
    const { bot } = setup();
    expect(await bot.runText("hello everyone", testContext({ chat: "group" }))).toBeUndefined();
    expect((await bot.runText("what is the weather in Paris", testContext()))?.outcome).toBe("faq.none");
    expect((await bot.runText("hello", testContext()))?.outcome).toBe("smalltalk.greeting");
    expect((await bot.runText("merci !", testContext()))?.locale).toBe("fr");
  });

  it("GIVEN an unknown command THEN a friendly unknown-command reply", async () => {
    const { bot, ctx } = setup();
    const reply = await bot.runText("/frobnicate", ctx);
    expect(reply?.outcome).toBe("command.unknown");
    expect(plain(reply)).toContain("/help");
  });

  it("GIVEN /lockout with a non-number THEN a range message; with 3 THEN 4 minutes", async () => {
    const { bot, ctx } = setup();
    const bad = await bot.runText("/lockout many", ctx);
    expect(bad?.outcome).toBe("command.option-invalid");
    expect(plain(bad)).toBe("/lockout takes a whole number from 1 to 20, for example /lockout 3.");
    const reply = await bot.runText("/lockout 3", ctx);
    expect(reply?.summary).toBe("Wait 4 minutes after wrong code number 3");
    expect(plain(reply)).toContain("1 → 2 → 4 → 8 → 16 → 32 min");
  });

  it("GIVEN /lockout in Turkish or German THEN the schedule's unit is theirs (dk, Min.), not English 'min'", async () => {
    const { bot, ctx } = setup();
    const tr = await bot.runText("/lockout 2", { ...ctx, locale: "tr" });
    expect(plain(tr)).toContain("16 → 32 dk");
    const de = await bot.runText("/lockout 2", { ...ctx, locale: "de" });
    expect(plain(de)).toContain("16 → 32 Min.");
  });

  it("GIVEN the radio-type button THEN the same PIN re-rendered in place with other steps", async () => {
    const { bot, ctx } = setup();
    const first = await bot.runText("V284", ctx);
    const plug = first?.actions.find((a) => a.label === "Plug & Radio");
    expect(plug).toBeDefined();
    const reply = await bot.runAction(encodeAction(plug?.id ?? "", plug?.payload ?? ""), ctx);
    expect(reply.replace).toBe(true);
    expect(reply.sections[1]?.title).toContain("Plug & Radio");
    expect(reply.summary).toContain("4727");
  });

  it("GIVEN the wrong-code button twice THEN the attempt advances and a reminder is scheduled", async () => {
    const scheduled: { attempt: number; dueAt: Date }[] = [];
    const { bot, ctx } = setup({
      reminders: {
        schedule: async (r) => {
          scheduled.push({ attempt: r.attempt, dueAt: r.dueAt });
        },
      },
    });
    const first = await bot.runText("V284", ctx);
    const wrong = first?.actions[0];
    const r1 = await bot.runAction(encodeAction(wrong?.id ?? "", wrong?.payload ?? ""), ctx);
    expect(r1.summary).toBe("Wait 1 minute after wrong code number 1");
    const again = r1.actions[0];
    const r2 = await bot.runAction(encodeAction(again?.id ?? "", again?.payload ?? ""), ctx);
    expect(r2.summary).toBe("Wait 2 minutes after wrong code number 2");
    expect(scheduled.map((s) => s.attempt)).toEqual([1, 2]);
    expect(scheduled[1]?.dueAt.getTime()).toBe(ctx.now.getTime() + 2 * 60_000);
  });

  it("GIVEN a tampered or unknown button THEN an expired-button reply, never an error", async () => {
    const { bot, ctx } = setup();
    expect((await bot.runAction("zz:whatever", ctx)).outcome).toBe("action.unknown");
    expect((await bot.runAction("dk.r:V284.xx", ctx)).outcome).toBe("action.expired");
    expect((await bot.runAction("lo.w:abc", ctx)).outcome).toBe("action.expired");
    expect((await bot.runAction("lo.w:2.A000", ctx)).outcome).toBe("action.expired");
  });

  it("GIVEN a service that throws THEN the user gets an apology and the error is logged with the request id", async () => {
    const { bot, ctx, log } = setup({
      profiles: {
        get: async () => undefined,
        update: async () => {
          throw new Error("database is down");
        },
      },
    });
    const reply = await bot.runText("/dokker V284", ctx, "req-42");
    expect(reply?.outcome).toBe("error.internal");
    expect(plain(reply)).not.toContain("database is down");
    // No support desk in this setup: the apology does not send the user to one.
    expect(plain(reply)).toContain("Please try again in a minute.");
    expect(plain(reply)).not.toMatch(/support/i);
    const line = log.lines().find((l) => l.msg === "handler failed");
    expect(line).toMatchObject({ requestId: "req-42", name: "dokker" });
  });
});
