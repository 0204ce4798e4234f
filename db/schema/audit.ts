import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './staff';

/**
 * Who did or viewed what, when, from where. Append-only: the app's PostgreSQL role may only SELECT and
 * INSERT (db/roles.ts), and a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE to anyone.
 * Details never hold personal information, only ids.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    ipAddress: text('ip_address'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null | string[]>>(),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_actor_idx').on(t.actorId),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);
