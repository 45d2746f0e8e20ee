/**
 * Reply actions → Discord button rows. Limits: ≤ 5 buttons per row, ≤ 5 rows, `custom_id`
 * ≤ 100 characters and unique within a message, label ≤ 80 characters.
 * @see https://discord.com/developers/docs/components/reference#button
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import { encodeAction } from "../../../commands/replies/action-ids.js";
import type { Action } from "../../core/reply.js";

export const BUTTON_LIMITS = { perRow: 5, rows: 5, customId: 100, label: 80 } as const;

const STYLES: Record<
  NonNullable<Action["style"]>,
  ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger
> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
};

function label(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine === "") return "·";
  return oneLine.length <= BUTTON_LIMITS.label ? oneLine : `${oneLine.slice(0, BUTTON_LIMITS.label - 1)}…`;
}

/** `custom_id` for an action, or `undefined` when it can't be sent (too long, empty). */
function customIdFor(action: Pick<Action, "id" | "payload">): string | undefined {
  const id = encodeAction(action.id, action.payload);
  return id.length > 0 && id.length <= BUTTON_LIMITS.customId ? id : undefined;
}

function button(action: Action, seen: Set<string>): APIButtonComponent | undefined {
  if (action.url !== undefined) {
    if (!/^(https?|discord):\/\//.test(action.url) || action.url.length > 512) return undefined;
    return {
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: label(action.label),
      url: action.url,
    };
  }
  const customId = customIdFor(action);
  if (customId === undefined || seen.has(customId)) return undefined; // duplicates are rejected by Discord
  seen.add(customId);
  return {
    type: ComponentType.Button,
    style: STYLES[action.style ?? "secondary"],
    label: label(action.label),
    custom_id: customId,
  };
}

/** Buttons in rows of five; actions that can't be sent or don't fit (beyond 25) are left out. */
export function buttonRows(actions: readonly Action[]): APIActionRowComponent<APIButtonComponent>[] {
  const seen = new Set<string>();
  const buttons = actions
    .map((a) => button(a, seen))
    .filter((b): b is APIButtonComponent => b !== undefined)
    .slice(0, BUTTON_LIMITS.perRow * BUTTON_LIMITS.rows);
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += BUTTON_LIMITS.perRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + BUTTON_LIMITS.perRow) });
  }
  return rows;
}
