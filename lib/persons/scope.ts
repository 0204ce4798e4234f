import 'server-only';
import { and, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { accompaniments, businesses, employerFiles, hires, mrcs, persons, servicePoints } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';

// The scopes of case content (lib/authz.ts, RECORD_SCOPES and FOLLOW_UP_VISIBILITY), as SQL conditions.
// Lists, single reads and every child list of a file use them, so no two screens can disagree.

/**
 * Follow-ups (accompaniments, and through them interventions and referrals) the user sees in full, as a
 * condition on the holding `service_points` row: an agent those of their own service point, a manager
 * those of their region; nobody else any.
 */
export function followUpInScope(user: SessionUser): SQL {
  switch (user.role) {
    case 'agent':
      return user.servicePointId ? eq(servicePoints.id, user.servicePointId) : sql`false`;
    case 'manager':
      return user.regionCode ? eq(servicePoints.regionCode, user.regionCode) : sql`false`;
    case 'adviser':
    case 'admin':
    case 'privacy_officer':
      return sql`false`;
  }
}

/**
 * Follow-ups of a person the user may know exist without seeing their content: for an agent, those held by
 * another service point of the same region (the service point and whether it is open), so the same person
 * is not served twice unknowingly. Nothing of another region, and never who the other agent is.
 */
export function followUpSummaryInScope(user: SessionUser): SQL {
  if (user.role !== 'agent' || !user.regionCode) return sql`false`;
  return eq(servicePoints.regionCode, user.regionCode);
}

/** The columns of the accompaniments table, or of an alias of it, that scopes and filters read. */
export type AccompanimentsTable = Record<'id' | 'personId' | 'servicePointId' | 'agentId' | 'status' | 'needs' | 'openedOn' | 'closedOn', AnyPgColumn>;

/**
 * followUpInScope as a condition on an accompaniments row (or alias) itself, without a join: its service
 * point is one of those the user sees in full. For an agent the planner folds it to
 * `service_point_id = <their service point>`, which the indexes on accompaniments serve directly.
 */
export function accompanimentInScope(db: DbOrTx, user: SessionUser, table: AccompanimentsTable = accompaniments): SQL {
  if (user.role !== 'agent' && user.role !== 'manager') return sql`false`;
  return inArray(table.servicePointId, db.select({ id: servicePoints.id }).from(servicePoints).where(followUpInScope(user)));
}

/**
 * The one definition of "which persons may this user see", as a SQL condition on `persons`: an agent or a
 * manager through a follow-up in scope, an adviser through a hire by a business of their region.
 *
 * `followUp` narrows it (the persons list's filters): the person must have one follow-up in scope that also
 * meets that condition. An adviser sees no follow-up, so a narrowed scope is empty for them.
 */
export function personScope(db: DbOrTx, user: SessionUser, followUp?: (scoped: AccompanimentsTable) => SQL | undefined): SQL {
  if (user.role === 'adviser') {
    if (!user.regionCode) return sql`false`;
    const scoped = alias(accompaniments, 'scoped_accompaniments');
    if (followUp?.(scoped)) return sql`false`;
    return exists(
      db
        .select({ one: sql`1` })
        .from(hires)
        .innerJoin(employerFiles, eq(employerFiles.id, hires.employerFileId))
        .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
        .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
        .where(and(eq(hires.personId, persons.id), eq(mrcs.regionCode, user.regionCode))),
    );
  }
  const scoped = alias(accompaniments, 'scoped_accompaniments');
  return exists(
    db
      .select({ one: sql`1` })
      .from(scoped)
      .where(and(eq(scoped.personId, persons.id), accompanimentInScope(db, user, scoped), followUp?.(scoped))),
  );
}
