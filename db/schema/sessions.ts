import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Sessions ended by signing out. The session cookie is a signed token that a request still in flight
 * could set again after sign-out, so the end of one session is recorded here and checked on every
 * request. Rows can be pruned once `expires_at` (the session's absolute end) has passed.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: text('session_id').primaryKey(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);
