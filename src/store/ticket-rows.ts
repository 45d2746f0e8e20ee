import type { Selectable } from "kysely";
import { StoreError } from "./errors.js";
import { parseJson, parseJsonObject, toNullableNumber, toNumber } from "./json.js";
import type { TicketMessagesTable, TicketsTable } from "./schema.js";
import type { Attachment, MessageDirection, Ticket, TicketMessage, TicketStatus } from "./types.js";

const STATUSES: readonly string[] = ["open", "closed"] satisfies TicketStatus[];
const DIRECTIONS: readonly string[] = ["user", "staff", "note", "system"] satisfies MessageDirection[];

export function toTicket(row: Selectable<TicketsTable>): Ticket {
  if (!STATUSES.includes(row.status)) {
    throw new StoreError("store.corrupt-row", `ticket ${row.id} has unknown status ${row.status}`);
  }
  return {
    id: toNumber(row.id),
    userKey: row.user_key,
    platform: row.platform,
    conversation: row.conversation,
    locale: row.locale,
    subject: row.subject,
    context: parseJsonObject(row.context, "tickets.context"),
    status: row.status as TicketStatus,
    deskThreadId: row.desk_thread_id,
    claimedBy: row.claimed_by,
    claimedAt: toNullableNumber(row.claimed_at),
    closeAt: toNullableNumber(row.close_at),
    closeSilent: toNumber(row.close_silent) === 1,
    closedAt: toNullableNumber(row.closed_at),
    closedBy: row.closed_by,
    createdAt: toNumber(row.created_at),
    updatedAt: toNumber(row.updated_at),
  };
}

export function toTicketMessage(row: Selectable<TicketMessagesTable>): TicketMessage {
  if (!DIRECTIONS.includes(row.direction)) {
    throw new StoreError("store.corrupt-row", `message ${row.id} has unknown direction ${row.direction}`);
  }
  return {
    id: toNumber(row.id),
    ticketId: toNumber(row.ticket_id),
    direction: row.direction as MessageDirection,
    authorKey: row.author_key,
    authorName: row.author_name,
    text: row.text,
    attachments: parseJson<Attachment[]>(row.attachments, "ticket_messages.attachments"),
    anonymous: toNumber(row.anonymous) === 1,
    createdAt: toNumber(row.created_at),
  };
}
