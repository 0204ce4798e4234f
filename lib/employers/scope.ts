import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { businesses, mrcs } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';

// The scope of the employer workflow (lib/authz.ts, RECORD_SCOPES): an adviser reaches the businesses
// located in their region and every employer file of those businesses; a manager the same, read-only;
// nobody else any. A file is reached through its business, so businesses, files and each child of a file
// (needs, interactions, hires, contacts) share this one condition: the list, the file, the exports and
// every write check the same thing.

/**
 * The one definition of "which businesses (and so which employer files) may this user see", as a SQL
 * condition on the business's MRC column (`businesses.mrc_id` by default). The region is where the
 * business is, not who follows it: a file an adviser of another region opened for a business of this
 * region is this region's.
 */
export function employerScope(db: DbOrTx, user: SessionUser, businessMrcId: AnyPgColumn = businesses.mrcId): SQL {
  if (!can(user.role, 'employer:read') || !user.regionCode) return sql`false`;
  return inArray(businessMrcId, db.select({ id: mrcs.id }).from(mrcs).where(sql`${mrcs.regionCode} = ${user.regionCode}`));
}
