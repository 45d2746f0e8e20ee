/**
 * The staff supergroup of a Telegram support desk. Staff = current members of that group:
 * - A message in the group comes from a member by definition, but someone may have left or been
 *   removed a moment ago, so `getChatMember` confirms the status (`left`/`kicked` are not staff;
 *   `restricted` counts only with `is_member`). Answers are cached briefly so a busy topic costs
 *   one lookup a minute per person. A failed lookup denies (fail closed) and is logged.
 * - Anonymous admins post "as the group": `sender_chat` is the group itself and `from` is a
 *   placeholder bot (GroupAnonymousBot). Only admins can do that, so they count as staff.
 * - Plain messages in a ticket topic are relayed with `desk.onStaffMessage` (lines starting with
 *   `!` stay internal — the desk decides). A relayed message gets a 👍 reaction so staff see it
 *   went out; the desk itself posts a note into the topic when it could not be delivered.
 * The bot must be an administrator of the group: bots in privacy mode only receive commands
 * from groups, admins receive every message.
 * @see https://core.telegram.org/bots/features#privacy-mode
 */
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import type { StaffRef } from "../../support/desk/types.js";
import { displayName } from "./context.js";
import type { Delivery } from "./delivery.js";
import type { Downloader, FileRef } from "./files.js";
import { encodeTelegramConversation } from "./ids.js";
import type { ReceiverDeps } from "./receive.js";
import type { StaffDesk, TgMessage, TgUser } from "./types.js";

const MEMBER_CACHE_MS = 60_000;
const STAFF_STATUSES = new Set(["creator", "administrator", "member"]);

export interface StaffGroup {
  readonly chatId: number;
  /** True when `userId` is a current member of the staff group (cached for a minute). */
  isStaff(userId: number): Promise<boolean>;
}

export function createStaffGroup(deps: {
  readonly chatId: number;
  readonly delivery: Delivery;
  readonly logger: Logger;
  readonly now?: () => number;
}): StaffGroup {
  const now = deps.now ?? Date.now;
  const cache = new Map<number, { staff: boolean; at: number }>();
  return {
    chatId: deps.chatId,
    async isStaff(userId) {
      const hit = cache.get(userId);
      if (hit && now() - hit.at < MEMBER_CACHE_MS) return hit.staff;
      let staff = false;
      try {
        const member = await deps.delivery.call<{ status: string; is_member?: boolean }>({
          method: "getChatMember",
          payload: { chat_id: deps.chatId, user_id: userId },
          ordered: false, // a read: must not wait behind the group's throttled messages
        });
        staff = STAFF_STATUSES.has(member.status) || (member.status === "restricted" && !!member.is_member);
      } catch (error) {
        deps.logger.warn({ err: error, userId }, "staff membership check failed; treated as not staff");
        return false;
      }
      if (cache.size > 1_000) cache.clear();
      cache.set(userId, { staff, at: now() });
      return staff;
    },
  };
}

/** Posted "as the group" by an anonymous administrator. */
export const isAnonymousAdmin = (m: TgMessage) =>
  m.sender_chat !== undefined && m.sender_chat.id === m.chat.id;

export interface StaffMessageDeps {
  readonly receiver: ReceiverDeps;
  readonly downloader: Downloader;
  readonly desk: (() => StaffDesk | undefined) | undefined;
  readonly background: (p: Promise<unknown>) => void;
}

/** A plain message in a topic of the staff group → the desk (if the author is staff). */
export async function onStaffTopicMessage(
  deps: StaffMessageDeps,
  group: StaffGroup,
  m: TgMessage & { readonly from: TgUser },
  topicId: number,
  text: string,
  files: readonly FileRef[],
): Promise<void> {
  const log = deps.receiver.logger;
  const desk = deps.desk?.();
  if (!desk) {
    log.debug({ chat: m.chat.id }, "message in the desk group but no support desk is running");
    return;
  }
  const anonymous = isAnonymousAdmin(m);
  if (!anonymous && !(await group.isStaff(m.from.id))) {
    log.info({ user: m.from.id }, "desk group message from a non-member ignored");
    return;
  }
  const staff: StaffRef = anonymous
    ? { key: userKey("telegram", m.chat.id), name: m.author_signature ?? m.sender_chat?.title ?? "Admin" }
    : { key: userKey("telegram", m.from.id), name: displayName(m.from) ?? String(m.from.id) };
  const attachments = files.length > 0 ? await deps.downloader.download(files) : [];
  const outcome = await desk.onStaffMessage({
    threadId: encodeTelegramConversation({ chatId: m.chat.id, topicId }),
    staff,
    text,
    attachments,
    verifiedStaff: true,
  });
  log.debug({ chat: m.chat.id, topicId, outcome }, "staff message handled");
  if (outcome === "relayed") {
    deps.background(
      deps.receiver.delivery.call({
        method: "setMessageReaction",
        payload: { chat_id: m.chat.id, message_id: m.message_id, reaction: [{ type: "emoji", emoji: "👍" }] },
        ordered: false,
      }),
    );
  }
}
