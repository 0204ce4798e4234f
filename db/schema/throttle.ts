import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed sign-in counters, one row per throttled key (`account:<hash of the e-mail>`, `address:<ip>`).
 * They live in the database, not in memory, so that every app instance sees the same counts.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    firstFailureAt: timestamp('first_failure_at', { withTimezone: true }).notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  // Stale counters are pruned by last failure.
  (t) => [index('sign_in_throttles_last_failure_idx').on(t.lastFailureAt)],
);
