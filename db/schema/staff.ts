import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, version } from './columns';
import { STAFF_ROLES } from '../enums/staff';
import { servicePoints } from './reference';

export const staffRole = pgEnum('staff_role', STAFF_ROLES);
export type { StaffRole } from '../enums/staff';

/** Staff accounts. Everyone but an admin or the privacy officer works from a home service point, which sets their region. */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: staffRole('role').notNull(),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
    // Null for an account that signs in only through single sign-on.
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    // Bumped to revoke every open session of the account (disable, role change, "sign out everywhere").
    sessionVersion: integer('session_version').notNull().default(1),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_service_point_required', sql`${t.role}::text IN ('admin', 'privacy_officer') OR ${t.servicePointId} IS NOT NULL`),
    index('users_service_point_idx').on(t.servicePointId),
  ],
);
