/**
 * Learning from staff, end to end: the whole bot process with a Telegram support desk against the
 * fake Bot API. A question the FAQ does not answer confidently leads to a ticket; staff answer it
 * with `/snippet <id>`; from then on the same question from another user gets that entry at once.
 * `/learned <n>` removes the phrasing and undoes it. Waits only for positive markers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFaqMatcher } from "../../src/core/faq/matcher.js";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createDesk, deskEnv, GROUP } from "../platforms/telegram/desk-helpers.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const QUESTION = "my stereo went quiet after the mechanic swapped the alternator";
const ENTRY = "code-after-battery";
const TITLE = "The radio asks for a code after a battery change";
const NOT_SURE = /not sure I understood|don't have an answer/;

let fake: FakeTelegram;
let bot: BotProcess;
let d: ReturnType<typeof createDesk>;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN });
  fake.addChat({ id: GROUP, type: "supergroup", title: "Dokker staff", isForum: true });
  bot = await spawnBot(deskEnv(fake.apiRoot, tempDatabaseUrl()));
  d = createDesk(fake);
});
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

describe("FAQ learning from staff (telegram e2e)", () => {
  it("GIVEN the question is not answered confidently before anything is learned", () => {
    expect(createFaqMatcher().match(QUESTION).level).not.toBe("confident");
  });

  it("/snippet in a ticket teaches the question; another user then gets that entry; /learned <n> undoes it", async () => {
    // 1. A user asks; the bot is not sure; they open a ticket with the same question.
    d.userSays(7001, QUESTION);
    await d.userMessage(7001, NOT_SURE);
    d.userSays(7001, `/support ${QUESTION}`);
    await d.userMessage(7001, "has been sent to our support team");
    const topicId = (await d.topic(7001)).message_thread_id;

    // 2. Staff answer with a snippet: the user gets the answer, staff see what was learned.
    d.staffSays(topicId, `/snippet ${ENTRY}`);
    await d.userMessage(7001, "power loss");
    const learnedNote = await d.topicMessage(topicId, "Learned:");
    expect(d.visible(learnedNote)).toContain(QUESTION);
    expect(d.visible(learnedNote)).toContain(ENTRY);

    // 3. Another user asks the same question: the entry's answer, confidently (no "Did you mean").
    d.userSays(7002, QUESTION);
    const answer = await d.userMessage(7002, TITLE);
    expect(d.visible(answer)).not.toMatch(NOT_SURE);

    // 4. Staff list the learned phrasings and remove this one.
    d.staffSays(topicId, "/learned");
    const list = await d.topicMessage(topicId, "Learned phrasings");
    const id = new RegExp(`(\\d+) ${ENTRY} \\(en\\): ${QUESTION}`).exec(d.visible(list))?.[1];
    expect(id).toBeDefined();
    d.staffSays(topicId, `/learned ${id}`);
    await d.topicMessage(topicId, `Removed learned phrasing ${id}`);

    // 5. A third user asking it now gets the unsure reply again.
    d.userSays(7003, QUESTION);
    const after = await d.userMessage(7003, NOT_SURE);
    expect(d.visible(after)).not.toContain("power loss");
  });
});
