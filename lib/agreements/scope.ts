import 'server-only';
import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agreements, agreementTerritories, mrcs } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';

// "Which agreements may this user read", the one definition (lib/authz.ts: agreement:read). The list, the
// agreement's page, its funded projects, the projects list and the CSV export all use it, so no two screens
// can disagree. Agreements hold no personal information: an admin reads them all; a manager those covering
// at least one MRC of their region (the same rule as the "agreements signed" counter); nobody else any.

export function agreementScope(db: DbOrTx, user: SessionUser): SQL {
  switch (user.role) {
    case 'admin':
      return sql`true`;
    case 'manager':
      if (!user.regionCode) return sql`false`;
      return exists(
        db
          .select({ one: sql`1` })
          .from(agreementTerritories)
          .innerJoin(mrcs, eq(mrcs.id, agreementTerritories.mrcId))
          .where(and(eq(agreementTerritories.agreementId, agreements.id), eq(mrcs.regionCode, user.regionCode))),
      );
    default:
      return sql`false`;
  }
}

/** The MRCs a user may pick or filter on: a manager's region; an admin's, all. */
export function mrcChoiceScope(user: SessionUser): SQL {
  if (user.role === 'admin') return sql`true`;
  return user.regionCode ? eq(mrcs.regionCode, user.regionCode) : sql`false`;
}
