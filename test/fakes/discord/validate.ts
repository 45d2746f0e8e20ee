/**
 * Discord's message limits, answered the way the API does: 400 with code 50035 "Invalid Form Body"
 * and an `errors` tree whose leaves are `{ _errors: [{ code, message }] }`.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import { inspectImage } from "../image-bytes.js";
import type { ApiObject, RecordedFile } from "./types.js";

type ErrorTree = { [key: string]: ErrorTree | { code: string; message: string }[] };
type Add = (path: (string | number)[], code: string, message: string) => void;

/** Collects errors into Discord's `errors` tree; `prefix` nests them (e.g. under `data`). */
function collector(prefix: string[] = []): {
  errors: ErrorTree;
  add: Add;
  result(): FormBodyError | undefined;
} {
  const errors: ErrorTree = {};
  const add: Add = (path, code, message) => {
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
  const result = () =>
    Object.keys(errors).length
      ? { code: 50035 as const, message: "Invalid Form Body" as const, errors }
      : undefined;
  return { errors, add, result };
}

export interface FormBodyError {
  code: 50035;
  message: "Invalid Form Body";
  errors: ErrorTree;
}

/** Validates a message body; `prefix` nests the errors (callbacks put the message under `data`). */
export function validateMessage(body: unknown, prefix: string[] = []): FormBodyError | undefined {
  if (!isObject(body)) return undefined;
  const { add, result } = collector(prefix);

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
  return result();
}

/** Names an embed shows as its picture (`image`/`thumbnail` set to `attachment://<name>`). */
function embedPictures(message: unknown): Set<string> {
  const names = new Set<string>();
  const embeds = isObject(message) && Array.isArray(message.embeds) ? message.embeds : [];
  for (const e of embeds) {
    for (const slot of [isObject(e) ? e.image : undefined, isObject(e) ? e.thumbnail : undefined]) {
      const url = isObject(slot) && typeof slot.url === "string" ? slot.url : "";
      if (url.startsWith("attachment://")) names.add(url.slice("attachment://".length));
    }
  }
  return names;
}

/**
 * Files that claim to be pictures must be real images (PNG, JPEG, WebP, GIF) that decode. A file
 * claims it when uploaded as `image/*` (Discord refuses those), and — stricter than Discord, which
 * takes the bytes and then shows a broken picture — when an embed shows it as its image: a test
 * then sees the bot show a picture nobody could look at. A relayed file merely named `.jpg` passes,
 * as on Discord.
 */
export async function validateImages(
  files: RecordedFile[],
  message?: unknown,
): Promise<FormBodyError | undefined> {
  const { add, result } = collector();
  const shown = embedPictures(message);
  for (const [n, file] of files.entries()) {
    const claims = file.contentType.toLowerCase().startsWith("image/") || shown.has(file.filename);
    if (!claims) continue;
    if (!(await inspectImage(file.data))) add(["files", n], "IMAGE_INVALID", "Invalid image data");
  }
  return result();
}

function validateComponents(
  rows: unknown[],
  add: (path: (string | number)[], code: string, message: string) => void,
): void {
  if (rows.length > 5) add(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
  const seen = new Set<string>();
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
      // Every button but a link (style 5) or premium (6) one needs a custom_id (a camelCase
      // `customId` is not the API's field and is refused the same way).
      if (isObject(child) && child.type === 2 && child.style !== 5 && child.style !== 6) {
        if (typeof child.custom_id !== "string") {
          add(
            ["components", r, "components", c, "custom_id"],
            "BASE_TYPE_REQUIRED",
            "This field is required",
          );
        }
      }
      // custom_id must be unique within one message.
      if (isObject(child) && typeof child.custom_id === "string") {
        if (seen.has(child.custom_id)) {
          add(
            ["components", r, "components", c, "custom_id"],
            "COMPONENT_CUSTOM_ID_DUPLICATED",
            "Component custom id cannot be duplicated",
          );
        }
        seen.add(child.custom_id);
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

/** Autocomplete answers: at most 25 choices, names 1–100 characters, string values at most 100. */
export function validateChoices(choices: unknown): FormBodyError | undefined {
  const { add, result } = collector(["data"]);
  if (!Array.isArray(choices)) {
    add(["choices"], "BASE_TYPE_REQUIRED", "This field is required");
    return result();
  }
  if (choices.length > 25) add(["choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  choices.forEach((choice: unknown, i: number) => {
    const name = isObject(choice) ? choice.name : undefined;
    const value = isObject(choice) ? choice.value : undefined;
    if (typeof name !== "string" || name.length < 1 || name.length > 100) {
      add(["choices", i, "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }
    if (typeof value === "string" ? value.length > 100 : typeof value !== "number") {
      add(["choices", i, "value"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }
  });
  return result();
}

/** CHAT_INPUT names: 1–32 lowercase letters, digits, `-` or `_` (any script). */
const CHAT_INPUT_NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(add: Add, path: (string | number)[], name: unknown, chatInput: boolean): void {
  const ok =
    typeof name === "string" &&
    (chatInput ? CHAT_INPUT_NAME.test(name) : name.length >= 1 && name.length <= 32);
  if (!ok) add([...path], "APPLICATION_COMMAND_INVALID_NAME", `Command name is invalid`);
}

function checkDescription(add: Add, path: (string | number)[], text: unknown): void {
  if (typeof text !== "string" || text.length < 1 || text.length > 100) {
    add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  }
}

function checkLocalizations(
  add: Add,
  path: (string | number)[],
  map: unknown,
  check: (p: (string | number)[], v: unknown) => void,
) {
  if (map === undefined || map === null) return;
  if (!isObject(map)) {
    add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return;
  }
  for (const [locale, value] of Object.entries(map)) check([...path, locale], value);
}

function validateOptions(add: Add, path: (string | number)[], options: unknown, depth: number): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    add(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
    return;
  }
  if (options.length > 25) add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  let optionalSeen = false;
  const names = new Set<string>();
  options.forEach((option: unknown, i: number) => {
    const at = [...path, i];
    if (!isObject(option)) {
      add(at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      return;
    }
    const type = Number(option.type);
    if (!Number.isInteger(type) || type < 1 || type > 11)
      add([...at, "type"], "BASE_TYPE_CHOICES", "Value must be one of 1–11.");
    checkName(add, [...at, "name"], option.name, true);
    if (typeof option.name === "string" && names.has(option.name)) {
      add([...at, "name"], "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique");
    }
    if (typeof option.name === "string") names.add(option.name);
    checkDescription(add, [...at, "description"], option.description);
    checkLocalizations(add, [...at, "name_localizations"], option.name_localizations, (p, v) =>
      checkName(add, p, v, true),
    );
    checkLocalizations(add, [...at, "description_localizations"], option.description_localizations, (p, v) =>
      checkDescription(add, p, v),
    );
    if (option.required === true && optionalSeen) {
      add(
        [...at, "required"],
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    }
    if (option.required !== true && type > 2) optionalSeen = true;
    if (Array.isArray(option.choices)) {
      if (option.autocomplete === true)
        add(
          [...at, "autocomplete"],
          "AUTOCOMPLETE_CHOICES_INVALID",
          "Autocomplete cannot be used with choices",
        );
      if (option.choices.length > 25)
        add([...at, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    if (type === 1 || type === 2) {
      if (depth >= 2)
        add([...at, "type"], "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-commands nest at most twice");
      validateOptions(add, [...at, "options"], option.options, depth + 1);
    }
  });
}

/**
 * `PUT …/commands` (bulk overwrite): at most 100 slash commands (and 5 user / 5 message commands),
 * unique names per type, names and descriptions within Discord's limits, well-formed options.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
export function validateCommands(body: unknown): FormBodyError | undefined {
  const { add, result } = collector();
  if (!Array.isArray(body)) {
    add([], "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
    return result();
  }
  const counts = new Map<number, number>();
  const names = new Set<string>();
  body.forEach((command: unknown, i: number) => {
    if (!isObject(command)) {
      add([i], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      return;
    }
    const type = Number(command.type ?? 1);
    counts.set(type, (counts.get(type) ?? 0) + 1);
    const chatInput = type === 1;
    checkName(add, [i, "name"], command.name, chatInput);
    const key = `${type}:${String(command.name)}`;
    if (names.has(key))
      add([i, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
    names.add(key);
    checkLocalizations(add, [i, "name_localizations"], command.name_localizations, (p, v) =>
      checkName(add, p, v, chatInput),
    );
    if (chatInput) {
      checkDescription(add, [i, "description"], command.description);
      checkLocalizations(add, [i, "description_localizations"], command.description_localizations, (p, v) =>
        checkDescription(add, p, v),
      );
      validateOptions(add, [i, "options"], command.options, 0);
    } else if (command.description !== undefined && command.description !== "") {
      add([i, "description"], "BASE_TYPE_BAD_LENGTH", "User and message commands have no description.");
    }
  });
  if ((counts.get(1) ?? 0) > 100) add([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
  if ((counts.get(2) ?? 0) > 5 || (counts.get(3) ?? 0) > 5) {
    add([], "APPLICATION_COMMANDS_TOO_MANY", "At most 5 user and 5 message commands.");
  }
  return result();
}
