/**
 * Discord's message limits, answered the way the API does: 400 with code 50035 "Invalid Form Body"
 * and an `errors` tree whose leaves are `{ _errors: [{ code, message }] }`.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { ApiObject } from "./types.js";

type ErrorTree = { [key: string]: ErrorTree | { code: string; message: string }[] };

export interface FormBodyError {
  code: 50035;
  message: "Invalid Form Body";
  errors: ErrorTree;
}

/** Validates a message body; `prefix` nests the errors (callbacks put the message under `data`). */
export function validateMessage(body: unknown, prefix: string[] = []): FormBodyError | undefined {
  if (!isObject(body)) return undefined;
  const errors: ErrorTree = {};
  const add = (path: (string | number)[], code: string, message: string) => {
    let node = errors;
    for (const key of [...prefix, ...path.map(String)]) {
      const child = node[key];
      const next: ErrorTree = isErrorTree(child) ? child : {};
      node[key] = next;
      node = next;
    }
    const list = (node._errors as { code: string; message: string }[] | undefined) ?? [];
    list.push({ code, message });
    node._errors = list;
  };

  if (typeof body.content === "string" && body.content.length > 2000) {
    add(["content"], "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
  }
  if (Array.isArray(body.embeds)) {
    if (body.embeds.length > 10) add(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
    body.embeds.forEach((e: unknown, i: number) => {
      validateEmbed(e, i, add);
    });
    const total = body.embeds.reduce((sum: number, e: unknown) => sum + embedLength(e), 0);
    if (total > 6000) {
      add(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
    }
  }
  if (Array.isArray(body.components)) validateComponents(body.components, add);
  return Object.keys(errors).length ? { code: 50035, message: "Invalid Form Body", errors } : undefined;
}

function validateComponents(
  rows: unknown[],
  add: (path: (string | number)[], code: string, message: string) => void,
): void {
  if (rows.length > 5) add(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
  rows.forEach((row, r) => {
    const children = isObject(row) && Array.isArray(row.components) ? row.components : [];
    if (children.length > 5) {
      add(["components", r, "components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
    }
    children.forEach((child: unknown, c: number) => {
      if (isObject(child) && typeof child.label === "string" && child.label.length > 80) {
        add(
          ["components", r, "components", c, "label"],
          "BASE_TYPE_MAX_LENGTH",
          "Must be 80 or fewer in length.",
        );
      }
      if (isObject(child) && typeof child.custom_id === "string" && child.custom_id.length > 100) {
        add(
          ["components", r, "components", c, "custom_id"],
          "BASE_TYPE_MAX_LENGTH",
          "Must be 100 or fewer in length.",
        );
      }
    });
  });
}

/** Per-embed limits: title 256, description 4096, 25 fields (name 256, value 1024), footer 2048, author 256. */
function validateEmbed(
  embed: unknown,
  i: number,
  add: (path: (string | number)[], code: string, message: string) => void,
): void {
  if (!isObject(embed)) return;
  const over = (path: (string | number)[], value: unknown, max: number) => {
    if (typeof value === "string" && value.length > max) {
      add(["embeds", i, ...path], "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
    }
  };
  over(["title"], embed.title, 256);
  over(["description"], embed.description, 4096);
  if (isObject(embed.footer)) over(["footer", "text"], embed.footer.text, 2048);
  if (isObject(embed.author)) over(["author", "name"], embed.author.name, 256);
  if (Array.isArray(embed.fields)) {
    if (embed.fields.length > 25)
      add(["embeds", i, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    embed.fields.forEach((f: unknown, n: number) => {
      if (!isObject(f)) return;
      over(["fields", n, "name"], f.name, 256);
      over(["fields", n, "value"], f.value, 1024);
    });
  }
}

/** True when a new message would have nothing to show: Discord answers 50006 "Cannot send an empty message". */
export function isEmptyMessage(body: ApiObject, fileCount: number): boolean {
  const nonEmpty = (v: unknown) => (typeof v === "string" ? v.length > 0 : Array.isArray(v) && v.length > 0);
  return (
    fileCount === 0 &&
    !nonEmpty(body.content) &&
    !nonEmpty(body.embeds) &&
    !nonEmpty(body.components) &&
    !nonEmpty(body.sticker_ids) &&
    body.poll === undefined
  );
}

/** Characters Discord counts towards the 6000 limit: title, description, fields, footer, author. */
function embedLength(embed: unknown): number {
  if (!isObject(embed)) return 0;
  const text = (v: unknown) => (typeof v === "string" ? v.length : 0);
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  return (
    text(embed.title) +
    text(embed.description) +
    (isObject(embed.footer) ? text(embed.footer.text) : 0) +
    (isObject(embed.author) ? text(embed.author.name) : 0) +
    fields.reduce((sum: number, f: unknown) => sum + (isObject(f) ? text(f.name) + text(f.value) : 0), 0)
  );
}

export function isObject(value: unknown): value is ApiObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isErrorTree(value: unknown): value is ErrorTree {
  return isObject(value);
}
