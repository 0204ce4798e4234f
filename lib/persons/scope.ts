import 'server-only';
import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { accompaniments, businesses, employerFiles, hires, mrcs, persons, servicePoints } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';

/**
 * The one definition of "which persons may this user see" (lib/authz.ts, RECORD_SCOPES), as a SQL
 * condition on `persons`. Lists and single reads both use it, so they can never disagree.
 */
export function personScope(db: Db, user: SessionUser): SQL {
  const scopedAccompaniments = alias(accompaniments, 'scoped_accompaniments');
  // The person has an accompaniment whose holding service point meets the condition.
  const heldWhere = (condition: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(scopedAccompaniments)
        .innerJoin(servicePoints, eq(servicePoints.id, scopedAccompaniments.servicePointId))
        .where(and(eq(scopedAccompaniments.personId, persons.id), condition)),
    );
  switch (user.role) {
    case 'agent':
      return user.servicePointId ? heldWhere(eq(servicePoints.id, user.servicePointId)) : sql`false`;
    case 'manager':
      return user.regionCode ? heldWhere(eq(servicePoints.regionCode, user.regionCode)) : sql`false`;
    case 'adviser':
      // Only through a hire by a business located in the adviser's region.
      if (!user.regionCode) return sql`false`;
      return exists(
        db
          .select({ one: sql`1` })
          .from(hires)
          .innerJoin(employerFiles, eq(employerFiles.id, hires.employerFileId))
          .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
          .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
          .where(and(eq(hires.personId, persons.id), eq(mrcs.regionCode, user.regionCode))),
      );
    case 'admin':
      // Separation of duties: administering accounts gives no access to case content.
      return sql`false`;
  }
}
