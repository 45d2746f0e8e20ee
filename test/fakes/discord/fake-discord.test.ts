import {
  type ButtonInteraction,
  Client,
  DiscordAPIError,
  Events,
  ForumChannel,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  Routes,
} from "discord.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sampleImage } from "../image-bytes.js";
import { createFakeDiscord, type FakeDiscord } from "./index.js";

const TOKEN = "fake.bot.token";

let fake: FakeDiscord;
const clients: Client[] = [];

async function startClient(options: { shards?: number[]; shardCount?: number } = {}): Promise<Client> {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.api },
    ...options,
  });
  clients.push(client);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
  return client;
}

/** Runs `handler` for each interaction and keeps its errors so a test can assert there were none. */
function handle(client: Client, handler: (interaction: Interaction) => Promise<unknown>): unknown[] {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return errors;
}

beforeAll(async () => {
  fake = await createFakeDiscord({ token: TOKEN });
});
beforeEach(() => fake.reset());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
});
afterAll(async () => {
  await fake.close();
});

describe("fake Discord with the real discord.js client", () => {
  it("GIVEN a login THEN the client is ready within 2 s with the default guild, forum and tags", async () => {
    const started = Date.now();
    const client = await startClient();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(fake.stats.identifies).toBe(1);
    expect(fake.gateway.identifyLog.at(-1)?.intents).toBe(1 | (1 << 9) | (1 << 12) | (1 << 15));
    const forum = client.channels.cache.get(fake.defaults.forumChannelId);
    expect(forum).toBeInstanceOf(ForumChannel);
    expect((forum as ForumChannel).availableTags.map((t) => t.name)).toEqual(["Open", "Closed"]);
    expect(fake.requests.find((r) => r.path === "/gateway/bot")?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("GIVEN a slash command THEN an ephemeral reply is recorded with flags 64", async () => {
    const client = await startClient();
    const errors = handle(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: `pin for ${i.options.getString("precode")}`, flags: MessageFlags.Ephemeral });
    });
    const { id } = fake.slashCommand({ name: "dokker", options: { precode: "D123" }, locale: "fr" });
    const response = await fake.waitForResponse(id);
    expect(response).toMatchObject({ kind: "callback", callbackType: 4, content: "pin for D123", flags: 64 });
    // Ephemeral replies are not part of the channel's visible history.
    expect(fake.channelMessages(fake.defaults.textChannelId)).toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it("GIVEN deferReply then editReply THEN the log shows both and the final content", async () => {
    const client = await startClient();
    const errors = handle(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply({ content: "done" });
      await i.followUp({ content: "extra", flags: MessageFlags.Ephemeral });
    });
    const { id } = fake.slashCommand({ name: "dokker" });
    await fake.waitForResponse(id, (r) => r.kind === "followup");
    const steps = fake.interactionResponses(id);
    expect(steps.map((s) => [s.kind, s.callbackType, s.content, s.flags])).toEqual([
      ["callback", 5, "", 128],
      ["edit", undefined, "done", 0],
      ["followup", undefined, "extra", 64],
    ]);
    const editPath = fake.requests.find((r) => r.method === "PATCH")?.rawPath ?? "";
    expect(editPath).toMatch(/\/messages\/%40original$/);
    expect(errors).toEqual([]);
  });

  it("GIVEN a button THEN update() changes the message carrying it", async () => {
    const client = await startClient();
    const errors = handle(client, async (i) => {
      if (!i.isButton()) return;
      await (i as ButtonInteraction).update({ content: `clicked ${i.customId}`, components: [] });
    });
    const { id } = fake.button({ customId: "ticket:close:42", message: { content: "Close?" } });
    const response = await fake.waitForResponse(id);
    expect(response).toMatchObject({ callbackType: 7, content: "clicked ticket:close:42", components: [] });
    const stored = fake.channelMessages(fake.defaults.textChannelId).find((m) => m.id === response.messageId);
    expect(stored?.content).toBe("clicked ticket:close:42");
    expect(errors).toEqual([]);
  });

  it("GIVEN a message context menu THEN targetMessage.content is readable", async () => {
    const client = await startClient();
    const errors = handle(client, async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      await i.reply({ content: `read: ${i.targetMessage.content} by ${i.targetMessage.author.username}` });
    });
    const author = fake.addUser({ username: "writer" });
    const { id } = fake.messageContextMenu({
      name: "Decode pre-code",
      targetMessage: { content: "my code is D123", author: { id: author.id } },
    });
    expect((await fake.waitForResponse(id)).content).toBe("read: my code is D123 by writer");
    expect(errors).toEqual([]);
  });

  it("GIVEN an autocomplete THEN the choices are recorded", async () => {
    const client = await startClient();
    handle(client, async (i) => {
      if (!i.isAutocomplete()) return;
      await i.respond([{ name: `model ${i.options.getFocused()}`, value: "dokker" }]);
    });
    const { id } = fake.autocomplete({ name: "dokker", options: { model: "dok" } });
    expect((await fake.waitForResponse(id)).choices).toEqual([{ name: "model dok", value: "dokker" }]);
  });

  it("GIVEN a forced close 4000 THEN the client resumes, gets the missed event and answers it", async () => {
    const client = await startClient();
    handle(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: "after resume" });
    });
    fake.closeConnection(4000);
    // Sent while disconnected: only a RESUME replay can deliver it.
    const { id } = fake.slashCommand({ name: "dokker" });
    expect((await fake.waitForResponse(id)).content).toBe("after resume");
    expect(fake.stats.resumes).toBeGreaterThanOrEqual(1);
    expect(fake.stats.identifies).toBe(1);
    const { id: later } = fake.slashCommand({ name: "dokker" });
    expect((await fake.waitForResponse(later)).content).toBe("after resume");
  });

  it("GIVEN a 429 on the callback route THEN @discordjs/rest waits and retries", async () => {
    const client = await startClient();
    handle(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: "eventually" });
    });
    fake.rateLimitNext("/callback", { times: 1, retryAfterSec: 0.2 });
    const { id } = fake.slashCommand({ name: "dokker" });
    expect((await fake.waitForResponse(id)).content).toBe("eventually");
    const calls = fake.requests.filter((r) => r.path.endsWith("/callback"));
    expect(calls.map((r) => r.status)).toEqual([429, 204]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(150);
  });

  it("GIVEN a 429 and a 502 on channel messages THEN the message is still sent once", async () => {
    const client = await startClient();
    const channel = client.channels.cache.get(fake.defaults.textChannelId);
    if (!channel?.isSendable()) throw new Error("default channel missing");
    const route = `POST /channels/${fake.defaults.textChannelId}/messages`;
    fake.rateLimitNext(route, { retryAfterSec: 0.1 });
    fake.failNext(route, { status: 502 });
    await channel.send("relayed");
    expect(fake.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([429, 502, 200]);
    expect(fake.channelMessages(fake.defaults.textChannelId).map((m) => m.content)).toEqual(["relayed"]);
  });

  it("GIVEN invalid or repeated replies THEN Discord's error codes come back", async () => {
    const client = await startClient();
    const codes: unknown[] = [];
    const record = (e: unknown) => codes.push(e instanceof DiscordAPIError ? e.code : e);
    handle(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: "x".repeat(2001) }).catch(record);
      await i.reply({ content: "ok" });
      await i.followUp({ content: "second" });
      // discord.js refuses a second reply itself, so send it on the wire directly.
      await client.rest
        .post(Routes.interactionCallback(i.id, i.token), {
          body: { type: 4, data: { content: "again" } },
          auth: false,
        })
        .catch(record);
    });
    const { id } = fake.slashCommand({ name: "dokker" });
    await fake.waitFor(() => codes.length === 2 || undefined, 5000, "for two API errors");
    expect(codes).toEqual([50035, 40060]);
    expect(fake.interactionResponses(id).map((r) => r.content)).toEqual(["ok", "second"]);
    const invalid = fake.requests.find((r) => r.status === 400 && r.path.endsWith("/callback"));
    expect(invalid?.body).toMatchObject({ type: 4 });
  });

  it("GIVEN an empty reply, a long embed description or a long button label THEN 50006 / 50035", async () => {
    const post = async (path: string, body: unknown, auth = true) => {
      const res = await fetch(`${fake.api}/v10${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(auth ? { authorization: `Bot ${TOKEN}` } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { code: number; errors?: unknown } };
    };
    const channel = `/channels/${fake.defaults.textChannelId}/messages`;
    expect(await post(channel, { content: "" })).toMatchObject({ status: 400, body: { code: 50006 } });
    expect(await post(channel, { embeds: [{ description: "d".repeat(4097) }] })).toMatchObject({
      status: 400,
      body: {
        code: 50035,
        errors: { embeds: { "0": { description: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } } },
      },
    });
    const button = { type: 2, style: 1, custom_id: "b", label: "l".repeat(81) };
    expect(
      await post(channel, { content: "x", components: [{ type: 1, components: [button] }] }),
    ).toMatchObject({
      status: 400,
      body: { code: 50035, errors: { components: { "0": { components: { "0": { label: {} } } } } } },
    });
    const camel = { type: 2, style: 1, customId: "b", label: "Yes" };
    expect(
      await post(channel, { content: "x", components: [{ type: 1, components: [camel] }] }),
    ).toMatchObject({
      status: 400,
      body: {
        code: 50035,
        errors: {
          components: {
            "0": { components: { "0": { custom_id: { _errors: [{ code: "BASE_TYPE_REQUIRED" }] } } } },
          },
        },
      },
    });
    const { id, token } = fake.slashCommand({ name: "dokker" });
    const callback = `/interactions/${id}/${token}/callback`;
    expect(await post(callback, { type: 4, data: { flags: 64 } }, false)).toMatchObject({
      status: 400,
      body: { code: 50006 },
    });
    expect(fake.channelMessages(fake.defaults.textChannelId)).toHaveLength(0);
    expect(fake.interactionResponses(id)).toHaveLength(0);
  });

  it("GIVEN a forum THEN threads.create makes a tagged post with its starter message", async () => {
    const client = await startClient();
    const forum = client.channels.cache.get(fake.defaults.forumChannelId) as ForumChannel;
    const thread = await forum.threads.create({
      name: "Ticket #1",
      message: {
        content: "New ticket",
        files: [{ attachment: Buffer.from("txt-bytes"), name: "notes.txt" }],
      },
      appliedTags: [fake.defaults.tags.open],
    });
    expect(thread.parentId).toBe(fake.defaults.forumChannelId);
    expect(fake.channel(thread.id)).toMatchObject({
      type: 11,
      name: "Ticket #1",
      applied_tags: [fake.defaults.tags.open],
    });
    const [starter] = fake.channelMessages(thread.id);
    expect(starter).toMatchObject({ id: thread.id, content: "New ticket" });
    const url = ((starter?.attachments ?? []) as { url: string }[])[0]?.url ?? "";
    expect(await (await fetch(url)).text()).toBe("txt-bytes");
    await thread.edit({ archived: true, locked: true });
    expect(fake.channel(thread.id)?.thread_metadata).toMatchObject({ archived: true, locked: true });
  });

  it("GIVEN a user with closed DMs THEN sending a DM rejects with 50007", async () => {
    const client = await startClient();
    const user = fake.addUser({ username: "private" });
    fake.closeDms(user.id);
    await expect(client.users.send(user.id, "your ticket was answered")).rejects.toMatchObject({
      code: 50007,
    });
    fake.openDms(user.id);
    await client.users.send(user.id, { content: "hello" });
    expect(fake.dmMessages(user.id).map((m) => m.content)).toEqual(["hello"]);
  });

  it("GIVEN a staff message in a thread THEN messageCreate sees its content", async () => {
    const client = await startClient();
    const thread = fake.createThread({ name: "Ticket #2", appliedTags: [fake.defaults.tags.open] });
    await fake.waitFor(() => client.channels.cache.has(String(thread.id)), 2000, "for THREAD_CREATE");
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    fake.messageCreate({
      channelId: String(thread.id),
      author: { id: fake.defaults.staffUser.id },
      content: "hi",
    });
    const message = await received;
    expect(message.content).toBe("hi");
    expect(message.channelId).toBe(thread.id);
    expect(message.member?.roles.cache.has(fake.defaults.staffRoleId)).toBe(true);
  });

  it("GIVEN a DM from a user THEN messageCreate fires for the partial DM channel", async () => {
    const client = await startClient();
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    fake.messageCreate({ dm: true, author: { id: fake.defaults.user.id }, content: "D123" });
    const message = await received;
    expect([message.content, message.guildId, message.channel.isDMBased()]).toEqual(["D123", null, true]);
  });

  it("GIVEN command registration THEN the lists are stored with stable ids", async () => {
    const client = await startClient();
    const guildId = fake.defaults.guildId;
    await client.application?.commands.set([{ name: "dokker", description: "PIN" }], guildId);
    const first = fake.registeredCommands({ guildId })[0]?.id;
    await client.application?.commands.set([{ name: "dokker", description: "PIN v2" }], guildId);
    expect(fake.registeredCommands({ guildId })).toMatchObject([{ id: first, description: "PIN v2" }]);
    expect(fake.registeredCommands()).toEqual([]);
    expect(fake.stats.unknownRoutes).toEqual([]);
  });

  it("GIVEN two shards THEN each identifies and gets only its own guilds", async () => {
    const sharded = await createFakeDiscord({ token: TOKEN, shards: 2, maxConcurrency: 2, extraGuilds: 3 });
    const previous = fake;
    fake = sharded;
    try {
      const client = await startClient({ shards: [0, 1], shardCount: 2 });
      expect(sharded.gateway.identifyLog.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(client.guilds.cache.size).toBe(4);
      const shardIds = new Set(client.guilds.cache.map((g) => g.shardId));
      expect(shardIds).toEqual(new Set([0, 1]));
    } finally {
      await Promise.all(clients.splice(0).map((c) => c.destroy()));
      fake = previous;
      await sharded.close();
    }
  });
});

describe("files given to commands (attachment options, context menus on a message with a picture)", () => {
  const fetchBytes = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

  it("GIVEN a file on an ATTACHMENT option THEN discord.js resolves it and its URL serves the bytes", async () => {
    const png = await sampleImage("png", 40, 30);
    const client = await startClient();
    const seen = new Promise<{ name: string; width: number | null; bytes: Buffer }>((resolve, reject) => {
      client.once(Events.InteractionCreate, (i) => {
        if (!i.isChatInputCommand()) return reject(new Error("not a slash command"));
        const file = i.options.getAttachment("photo");
        if (!file) return reject(new Error("no attachment resolved"));
        fetchBytes(file.url).then((bytes) => resolve({ name: file.name, width: file.width, bytes }), reject);
      });
    });
    fake.slashCommand({
      name: "dokker",
      attachments: { photo: { filename: "label.png", data: png, contentType: "image/png" } },
    });
    const got = await seen;
    expect([got.name, got.width]).toEqual(["label.png", 40]);
    expect(got.bytes.equals(png)).toBe(true);
  });

  it("GIVEN a file with a size beyond its data THEN the attachment announces that size and the URL serves all of it", async () => {
    const jpeg = await sampleImage("jpeg", 40, 30);
    const size = 12 * 1024 * 1024;
    const client = await startClient();
    const seen = new Promise<{ size: number; width: number | null; bytes: Buffer; fetches: string[] }>(
      (resolve, reject) => {
        client.once(Events.InteractionCreate, (i) => {
          if (!i.isChatInputCommand()) return reject(new Error("not a slash command"));
          const file = i.options.getAttachment("photo");
          if (!file) return reject(new Error("no attachment resolved"));
          const before = fake.attachmentFetches().length;
          fetchBytes(file.url).then(
            (bytes) =>
              resolve({
                size: file.size,
                width: file.width,
                bytes,
                fetches: fake.attachmentFetches().slice(before),
              }),
            reject,
          );
        });
      },
    );
    fake.slashCommand({
      name: "dokker",
      attachments: { photo: { filename: "big.jpg", data: jpeg, contentType: "image/jpeg", size } },
    });
    const got = await seen;
    expect([got.size, got.width, got.bytes.length]).toEqual([size, 40, size]);
    expect(got.bytes.subarray(0, jpeg.length).equals(jpeg)).toBe(true);
    expect(got.bytes.subarray(jpeg.length).every((b) => b === 0)).toBe(true);
    expect(got.fetches).toHaveLength(1);
    expect(got.fetches[0]).toMatch(/\/big\.jpg$/);
  });

  it("GIVEN the context menu on a message with a picture THEN the target message carries it at a served URL", async () => {
    const jpeg = await sampleImage("jpeg");
    const client = await startClient();
    const seen = new Promise<Buffer>((resolve, reject) => {
      client.once(Events.InteractionCreate, (i) => {
        if (!i.isMessageContextMenuCommand()) return reject(new Error("not a message context menu"));
        const file = i.targetMessage.attachments.first();
        if (!file) return reject(new Error("no attachment on the target"));
        fetchBytes(file.url).then(resolve, reject);
      });
    });
    fake.messageContextMenu({
      name: "Decode pre-code",
      targetMessage: {
        content: "",
        attachments: [{ filename: "l.jpg", data: jpeg, contentType: "image/jpeg" }],
      },
    });
    expect((await seen).equals(jpeg)).toBe(true);
  });

  it("GIVEN an interaction reply whose embed shows an upload that is no image THEN 50035 IMAGE_INVALID; a real PNG passes", async () => {
    const client = await startClient();
    const outcome = new Promise<unknown>((resolve) => {
      client.once(Events.InteractionCreate, (i) => {
        if (!i.isChatInputCommand()) return;
        // @discordjs/rest sniffs the bytes: these go as application/octet-stream, only the embed claims a picture.
        const bogus = { attachment: Buffer.from("not a png"), name: "radio.png" };
        const embeds = [{ description: "steps", image: { url: "attachment://radio.png" } }];
        i.reply({ embeds, files: [bogus] }).then(
          () => resolve("accepted"),
          async (error: unknown) => {
            const png = await sampleImage("png");
            await i.reply({ embeds, files: [{ attachment: png, name: "radio.png" }] });
            resolve(error);
          },
        );
      });
    });
    const { id } = fake.slashCommand({ name: "dokker" });
    const error = await outcome;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(JSON.stringify((error as DiscordAPIError).rawError)).toContain("IMAGE_INVALID");
    const [answer] = fake.interactionResponses(id);
    expect(answer?.files.map((f) => [f.filename, f.contentType])).toEqual([["radio.png", "image/png"]]);
  });
});
