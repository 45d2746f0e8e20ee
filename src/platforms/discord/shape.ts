/**
 * Shape checks (zod) at the Discord boundary (issue #11): an interaction or message missing what
 * every handler relies on (ids, the author) is logged with its id and skipped, never thrown
 * about. discord.js objects are class instances; zod reads the same properties handlers do.
 */
import { z } from "zod";

const snowflake = z.string().regex(/^\d{1,20}$/);

const method = z.custom<(...args: unknown[]) => unknown>((v) => typeof v === "function", "not a method");

export const interactionShape = z.object({
  id: snowflake,
  type: z.number().int(),
  user: z.object({ id: snowflake }),
  // A discord.js Interaction, not some plain object: the routing and the apology use these.
  isRepliable: method,
  isChatInputCommand: method,
});

export const messageShape = z.object({
  id: snowflake,
  channelId: snowflake,
  content: z.string(),
  author: z.object({ id: snowflake, bot: z.boolean() }),
});

/** Undefined when the value fits; otherwise the problems as short strings for the log. */
export function shapeProblems(schema: z.ZodType, value: unknown): string[] | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** The id of something malformed, if it has one (for the log line). */
export const idOf = (value: unknown): unknown =>
  typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
