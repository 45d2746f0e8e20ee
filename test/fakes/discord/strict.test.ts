/**
 * The Discord fake refuses what Discord refuses: missing permissions (50013), archived and locked
 * threads, malformed command lists, autocomplete choices, duplicate custom_ids and images that are
 * not images. Driven by @discordjs/rest, the REST client discord.js uses.
 */
import { DiscordAPIError, PermissionFlagsBits, REST, Routes } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleImage } from "../image-bytes.js";
import { createFakeDiscord, type FakeDiscord } from "./index.js";

const TOKEN = "strict.fake.token";
let fake: FakeDiscord;
let rest: REST;

beforeEach(async () => {
  // A fresh fake per test: permission changes stay with the guild.
  fake = await createFakeDiscord({ token: TOKEN });
  rest = new REST({ api: fake.api, retries: 0 }).setToken(TOKEN);
});
afterEach(() => fake.close());

async function apiError(promise: Promise<unknown>): Promise<DiscordAPIError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiscordAPIError);
  return error as DiscordAPIError;
}

const post = (
  channelId: string,
  body: unknown,
  files?: { name: string; data: Buffer; contentType?: string }[],
) =>
  rest.post(Routes.channelMessages(channelId), { body, ...(files ? { files } : {}) }) as Promise<{
    id: string;
  }>;

async function forumPost(name = "Ticket #1"): Promise<string> {
  const thread = (await rest.post(Routes.threads(fake.defaults.forumChannelId), {
    body: { name, message: { content: "New ticket" }, applied_tags: [fake.defaults.tags.open] },
  })) as { id: string };
  return thread.id;
}

describe("permissions", () => {
  it("GIVEN a bot without ADMINISTRATOR and an overwrite denying SEND_MESSAGES THEN 403 50013, nothing stored", async () => {
    const channel = fake.defaults.textChannelId;
    await post(channel, { content: "allowed" });
    // @everyone still grants SEND_MESSAGES, as on Discord: only the overwrite takes it away.
    fake.setBotPermissions(0n);
    await post(channel, { content: "still allowed" });
    fake.denyBotPermissions(channel, PermissionFlagsBits.SendMessages);
    const error = await apiError(post(channel, { content: "refused" }));
    expect([error.status, error.code, error.message]).toEqual([403, 50013, "Missing Permissions"]);
    expect(fake.channelMessages(channel).map((m) => m.content)).toEqual(["allowed", "still allowed"]);
  });

  it("GIVEN typing THEN 204 where the bot may post; 10003 for an unknown channel, 50013 without SEND_MESSAGES", async () => {
    const channel = fake.defaults.textChannelId;
    await rest.post(Routes.channelTyping(channel));
    const unknown = await apiError(rest.post(Routes.channelTyping("999999999999999999")));
    expect(unknown.code).toBe(10003);
    fake.setBotPermissions(0n); // no ADMINISTRATOR: the overwrite below counts
    fake.denyBotPermissions(channel, PermissionFlagsBits.SendMessages);
    const denied = await apiError(rest.post(Routes.channelTyping(channel)));
    expect([denied.status, denied.code]).toEqual([403, 50013]);
  });

  it("GIVEN a channel overwrite denying ATTACH_FILES THEN text passes and files are refused", async () => {
    const channel = fake.defaults.textChannelId;
    fake.setBotPermissions(
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.AttachFiles,
    );
    fake.denyBotPermissions(channel, PermissionFlagsBits.AttachFiles);
    await post(channel, { content: "text only" });
    const error = await apiError(
      post(channel, { content: "with a file" }, [{ name: "a.txt", data: Buffer.from("a") }]),
    );
    expect(error.code).toBe(50013);
    expect(fake.channelMessages(channel)).toHaveLength(1);
  });

  it("GIVEN its own message THEN the bot deletes it without MANAGE_MESSAGES, but not once it can't see the channel (50001)", async () => {
    const channel = fake.defaults.textChannelId;
    const kept = await post(channel, { content: "transcript 1" });
    const gone = await post(channel, { content: "transcript 2" });
    fake.setBotPermissions(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
    await rest.delete(Routes.channelMessage(channel, gone.id));
    expect((await apiError(rest.delete(Routes.channelMessage(channel, gone.id)))).code).toBe(10008);
    fake.denyBotPermissions(channel, PermissionFlagsBits.ViewChannel);
    const error = await apiError(rest.delete(Routes.channelMessage(channel, kept.id)));
    expect([error.status, error.code, error.message]).toEqual([403, 50001, "Missing Access"]);
    expect(fake.channelMessages(channel).map((m) => m.content)).toEqual(["transcript 1"]);
  });

  it("GIVEN no MANAGE_THREADS THEN locking or deleting a post is refused, archiving its own post is not", async () => {
    const thread = await forumPost();
    fake.setBotPermissions(
      PermissionFlagsBits.ViewChannel |
        PermissionFlagsBits.SendMessages |
        PermissionFlagsBits.SendMessagesInThreads,
    );
    expect((await apiError(rest.patch(Routes.channel(thread), { body: { locked: true } }))).code).toBe(50013);
    expect((await apiError(rest.delete(Routes.channel(thread)))).code).toBe(50013);
    await rest.patch(Routes.channel(thread), { body: { archived: true } });
    expect(fake.channel(thread)?.thread_metadata).toMatchObject({ archived: true, locked: false });
  });
});

describe("threads", () => {
  it("GIVEN an archived post THEN a message is refused with 50083 and the post stays archived", async () => {
    const thread = await forumPost();
    await rest.patch(Routes.channel(thread), { body: { archived: true } });
    const error = await apiError(post(thread, { content: "late answer" }));
    expect([error.status, error.code]).toEqual([400, 50083]);
    expect(fake.channel(thread)?.thread_metadata).toMatchObject({ archived: true });
    await rest.patch(Routes.channel(thread), { body: { archived: false } });
    await post(thread, { content: "after reopening" });
    expect(fake.channelMessages(thread).map((m) => m.content)).toEqual(["New ticket", "after reopening"]);
  });

  it("GIVEN a locked post THEN only a bot with MANAGE_THREADS may post", async () => {
    const thread = await forumPost();
    await rest.patch(Routes.channel(thread), { body: { locked: true } });
    await post(thread, { content: "admin may" });
    fake.setBotPermissions(
      PermissionFlagsBits.ViewChannel |
        PermissionFlagsBits.SendMessages |
        PermissionFlagsBits.SendMessagesInThreads,
    );
    expect((await apiError(post(thread, { content: "member may not" }))).code).toBe(50013);
  });

  it("DELETE /channels/{thread} removes the post and its messages", async () => {
    const thread = await forumPost();
    await post(thread, { content: "second" });
    await rest.delete(Routes.channel(thread));
    expect(fake.channel(thread)).toBeUndefined();
    expect(fake.channelMessages(thread)).toEqual([]);
    expect((await apiError(rest.get(Routes.channel(thread)))).code).toBe(10003);
  });
});

describe("files users send", () => {
  it("serves a user's attachment at its URL on the fake, byte for byte", async () => {
    const png = await sampleImage("png", 20, 10);
    const message = fake.messageCreate({
      dm: true,
      author: { id: fake.defaults.user.id },
      content: "my label",
      attachments: [{ filename: "label.png", data: png, contentType: "image/png" }],
    });
    const [attachment] = message.attachments as { url: string; size: number; content_type: string }[];
    expect(attachment).toMatchObject({ size: png.length, content_type: "image/png" });
    const res = await fetch(attachment?.url ?? "");
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
  });
});

describe("payloads", () => {
  it("refuses two components with the same custom_id in one message (50035)", async () => {
    const button = (id: string) => ({ type: 2, style: 1, label: id, custom_id: id });
    const body = { content: "x", components: [{ type: 1, components: [button("a"), button("a")] }] };
    const error = await apiError(post(fake.defaults.textChannelId, body));
    expect(error.code).toBe(50035);
    expect(JSON.stringify(error.rawError)).toContain("COMPONENT_CUSTOM_ID_DUPLICATED");
    await post(fake.defaults.textChannelId, {
      ...body,
      components: [{ type: 1, components: [button("a"), button("b")] }],
    });
  });

  it("refuses files declared image/* that are not images; accepts real images and other files", async () => {
    const channel = fake.defaults.textChannelId;
    const fakePng = { name: "label.png", data: Buffer.from("png-bytes"), contentType: "image/png" };
    const error = await apiError(post(channel, { content: "photo" }, [fakePng]));
    expect(error.code).toBe(50035);
    expect(JSON.stringify(error.rawError)).toContain("IMAGE_INVALID");
    const real = await sampleImage("png");
    await post(channel, { content: "photo" }, [{ name: "label.png", data: real, contentType: "image/png" }]);
    await post(channel, { content: "notes" }, [
      { name: "notes.txt", data: Buffer.from("hi"), contentType: "text/plain" },
    ]);
    expect(fake.channelMessages(channel)).toHaveLength(2);
  });

  it("validates bulk command PUTs: names, descriptions, options, count", async () => {
    const put = (body: unknown) => rest.put(Routes.applicationCommands(fake.applicationId), { body });
    const bad = [
      [{ name: "Dokker", description: "upper case" }],
      [{ name: "x".repeat(33), description: "too long" }],
      [{ name: "dokker", description: "" }],
      [{ name: "dokker", description: "d".repeat(101) }],
      [{ name: "dokker", description: "ok", options: [{ type: 3, name: "a b", description: "space" }] }],
      [{ name: "dokker", description: "ok", options: [{ type: 99, name: "a", description: "type" }] }],
      [
        { name: "dokker", description: "ok" },
        { name: "dokker", description: "twice" },
      ],
      Array.from({ length: 101 }, (_, i) => ({ name: `c${i}`, description: "many" })),
      { name: "not-a-list" },
    ];
    for (const body of bad) expect((await apiError(put(body))).code).toBe(50035);
    expect(fake.registeredCommands()).toEqual([]);
    await put([
      {
        name: "dokker",
        description: "PIN",
        options: [{ type: 3, name: "precode", description: "V284", required: true }],
      },
      { name: "Ask staff", type: 3 },
    ]);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(["dokker", "Ask staff"]);
  });

  it("validates autocomplete choices: at most 25, names 1–100, values up to 100", async () => {
    const answer = async (choices: unknown) => {
      const { id, token } = fake.autocomplete({ name: "dokker", options: { model: "d" } });
      return rest.post(Routes.interactionCallback(id, token), {
        body: { type: 8, data: { choices } },
        auth: false,
      });
    };
    const many = Array.from({ length: 26 }, (_, i) => ({ name: `m${i}`, value: `m${i}` }));
    expect((await apiError(answer(many))).code).toBe(50035);
    expect((await apiError(answer([{ name: "", value: "x" }]))).code).toBe(50035);
    expect((await apiError(answer([{ name: "x", value: "v".repeat(101) }]))).code).toBe(50035);
    await answer(many.slice(0, 25));
  });
});
