/**
 * What the fake remembers about each injected interaction, and the ordered log of how the bot
 * answered it (callback, follow-ups, edits). Webhook routes find the interaction by its token.
 */
import type { ApiObject, InteractionResponse, RecordedFile } from "./types.js";

export interface InteractionRecord {
  id: string;
  token: string;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  channelId: string;
  guildId?: string;
  /** The user who triggered the interaction. */
  user: ApiObject;
  /** For components: the message the clicked button belongs to (the target of `update()`). */
  componentMessageId?: string;
  acknowledged: boolean;
  /** The message created by reply (4) or defer (5), which `@original` addresses. */
  originalMessageId?: string;
  responses: InteractionResponse[];
  createdAt: number;
}

export class InteractionLog {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  add(record: InteractionRecord): void {
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  byTokenOf(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  /** Appends a step, describing the message as it looks after the step. */
  push(
    record: InteractionRecord,
    step: { kind: InteractionResponse["kind"]; callbackType?: number; body: unknown; files: RecordedFile[] },
    message: ApiObject | undefined,
  ): InteractionResponse {
    const data = ((step.body as ApiObject | undefined)?.data ?? {}) as ApiObject;
    const response: InteractionResponse = {
      kind: step.kind,
      ...(step.callbackType === undefined ? {} : { callbackType: step.callbackType }),
      ...(message ? { messageId: String(message.id) } : {}),
      body: step.body,
      files: step.files,
      content: String(message?.content ?? ""),
      embeds: (message?.embeds as ApiObject[] | undefined) ?? [],
      components: (message?.components as ApiObject[] | undefined) ?? [],
      flags: Number(message?.flags ?? 0),
      ...(step.callbackType === 8 ? { choices: (data.choices as ApiObject[] | undefined) ?? [] } : {}),
      at: Date.now(),
    };
    record.responses.push(response);
    return response;
  }

  responses(id: string): InteractionResponse[] {
    return [...(this.byId.get(id)?.responses ?? [])];
  }

  clear(): void {
    this.byId.clear();
    this.byToken.clear();
  }
}
