/**
 * Reading the fake Discord the way staff and users would see it, for the desk end-to-end tests:
 * forum posts and their tags/archived state, what a thread or a DM shows (escapes and zero-width
 * mention guards removed, so assertions read like the screen), and the files of recorded uploads.
 */
import type {
  ApiObject,
  FakeDiscord,
  InteractionResponse,
  RecordedRequest,
} from "../../fakes/discord/index.js";

/** A message (or interaction response) as read on screen: content, embed titles and descriptions. */
export function shown(m: { content?: unknown; embeds?: unknown }): string {
  const embeds = (m.embeds as ApiObject[] | undefined) ?? [];
  const raw = [m.content ?? "", ...embeds.flatMap((e) => [e.title ?? "", e.description ?? ""])]
    .map(String)
    .join("\n");
  return onScreen(raw);
}

/** Undo Discord markdown escapes and the mention guard (what the client renders). */
const onScreen = (s: string) => s.replace(/\\(.)/g, "$1").replace(/\u200b/g, "");

export const responseText = (r: InteractionResponse) => shown(r);

export function desk(fake: FakeDiscord) {
  const forumId = fake.defaults.forumChannelId;
  const tags = fake.defaults.tags;
  const posts = () => [...fake.state.channels.values()].filter((c) => c.parent_id === forumId);
  const meta = (threadId: string) =>
    (fake.channel(threadId)?.thread_metadata ?? {}) as { archived?: boolean; locked?: boolean };

  return {
    posts,
    meta,
    tagsOf: (threadId: string) => (fake.channel(threadId)?.applied_tags as string[] | undefined) ?? [],
    isOpen: (threadId: string) => meta(threadId).archived !== true && meta(threadId).locked !== true,
    threadText: (threadId: string) => fake.channelMessages(threadId).map(shown).join("\n---\n"),
    dmText: (userId: string) => fake.dmMessages(userId).map(shown).join("\n---\n"),
    dmCount: (userId: string) => fake.dmMessages(userId).length,
    tags,
    /** Waits for a post created after `before` posts existed. */
    async newPost(before: number, timeoutMs = 8000): Promise<string> {
      const post = await fake.waitFor(() => posts()[before], timeoutMs, "for a new forum post");
      return String(post.id);
    },
    /** Waits until the thread shows `text`. */
    waitThread(threadId: string, text: string, timeoutMs = 8000) {
      return fake.waitFor(
        () => fake.channelMessages(threadId).map(shown).join("\n").includes(text),
        timeoutMs,
        `for "${text}" in thread ${threadId}`,
      );
    },
    /** Waits until the user's DM shows `text` in a message after the first `after` ones. */
    waitDm(userId: string, text: string, after = 0, timeoutMs = 8000) {
      return fake.waitFor(
        () =>
          fake
            .dmMessages(userId)
            .slice(after)
            .find((m) => shown(m).includes(text)),
        timeoutMs,
        `for "${text}" in the DM of ${userId}`,
      );
    },
    /** Message uploads (POST …/messages with files) to a channel, oldest first. */
    uploadsTo(channelId: string): RecordedRequest[] {
      return fake.requests.filter(
        (r) => r.method === "POST" && r.path === `/channels/${channelId}/messages` && r.files.length > 0,
      );
    },
    dmChannelId: (userId: string) => String(fake.state.dmChannel(userId).id),
  };
}
