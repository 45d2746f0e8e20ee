/**
 * Protocol-level fake of Discord's REST API and gateway for end-to-end tests with the real
 * discord.js client: `new Client({ …, rest: { api: fake.api } })`. See README.md for the quirks imitated.
 */
import { FakeDiscord } from "./fake.js";
import type { FakeDiscordOptions } from "./types.js";

export { FakeDiscord } from "./fake.js";
export type * from "./types.js";

/** Starts a fake on 127.0.0.1 (a free port unless `options.port` is set). Call `close()` when done. */
export async function createFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen(options.port ?? 0);
  return fake;
}
