/**
 * Kysely row types, mirroring `migrations/`. Column names are snake_case in the database and
 * mapped to the camelCase domain types in each repository. Booleans are stored as 0/1 integers
 * and JSON as text so both dialects read back exactly the same values.
 */
import type { Generated } from "kysely";

export interface ProfilesTable {
  user_key: string;
  locale: string | null;
  last_precode: string | null;
  last_pin: string | null;
  radio_type: string | null;
  wrong_attempts: Generated<number>;
  last_wrong_at: number | null;
  display_name: string | null;
  platform_data: Generated<string>;
  /** Language of the user's last question (migration 003); `locale` (explicit) wins. */
  conversation_locale: string | null;
  /** What the bot last answered about, and when (migration 006). */
  last_topic: string | null;
  last_topic_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ProcessedUpdatesTable {
  source: string;
  update_id: string;
  received_at: number;
}

export interface TicketsTable {
  id: Generated<number>;
  user_key: string | null;
  platform: string;
  conversation: string | null;
  locale: string;
  subject: string | null;
  context: Generated<string>;
  status: Generated<string>;
  desk_thread_id: string | null;
  claimed_by: string | null;
  claimed_at: number | null;
  close_at: number | null;
  close_silent: Generated<number>;
  closed_at: number | null;
  closed_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface TicketMessagesTable {
  id: Generated<number>;
  ticket_id: number;
  direction: string;
  author_key: string | null;
  author_name: string | null;
  text: string;
  attachments: Generated<string>;
  anonymous: Generated<number>;
  created_at: number;
}

export interface BlocksTable {
  user_key: string;
  until: number | null;
  blocked_by: string;
  created_at: number;
}

export interface RemindersTable {
  id: Generated<number>;
  user_key: string;
  platform: string;
  conversation: string;
  locale: string;
  kind: string;
  payload: Generated<string>;
  due_at: number;
  status: Generated<string>;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_by: string | null;
  claimed_at: number | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface OutboxTable {
  id: Generated<number>;
  platform: string;
  conversation: string;
  seq: number;
  user_key: string | null;
  kind: string;
  payload: string | null;
  meta: string | null;
  state: Generated<string>;
  attempts: Generated<number>;
  leases: Generated<number>;
  next_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  message_id: string | null;
  error: string | null;
  created_at: number;
  done_at: number | null;
}

export interface OutboxBudgetTable {
  key: string;
  tat: number;
}

export interface WebMessagesTable {
  id: Generated<number>;
  conversation: string;
  direction: string;
  body: string;
  created_at: number;
}

export interface WebSettingsTable {
  name: string;
  value: string;
  created_at: number;
}

export interface FaqLearnedTable {
  id: Generated<number>;
  entry_id: string;
  locale: string;
  text: string;
  created_at: number;
}

export interface FaqMissesTable {
  id: Generated<number>;
  question: string;
  locale: string;
  created_at: number;
}

/** Per-user limit counters (migration 004); `key` holds a hash, never a user id. */
export interface RateCountersTable {
  key: string;
  window_start: number;
  count: number;
}

export interface Database {
  faq_learned: FaqLearnedTable;
  faq_misses: FaqMissesTable;
  profiles: ProfilesTable;
  processed_updates: ProcessedUpdatesTable;
  tickets: TicketsTable;
  ticket_messages: TicketMessagesTable;
  blocks: BlocksTable;
  reminders: RemindersTable;
  rate_counters: RateCountersTable;
  outbox: OutboxTable;
  outbox_budget: OutboxBudgetTable;
  web_messages: WebMessagesTable;
  web_settings: WebSettingsTable;
}
