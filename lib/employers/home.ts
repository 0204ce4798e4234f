import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { businesses, employerFiles, employerInteractions, hiringNeeds } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { INACTIVE_AFTER_DAYS } from '@/lib/persons/caseload';

function minusDays(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * The adviser's home ("Mes dossiers"): their own open employer files with the date of the last
 * interaction, the files with no interaction for 30 days (counted from the opening when there is none),
 * and the hiring needs of those files still open. The three lists are cuts of the same rows, so their
 * totals always agree. Business names only: nothing here is personal information.
 */
export async function getAdviserHome(db: Db, user: SessionUser, today: string) {
  return db.transaction(async (tx) => {
    // No parallel workers (this transaction only): a few thousand index probes at most, which workers only
    // slowed down (README, Benchmarks).
    await tx.execute(sql`select set_config('max_parallel_workers_per_gather', '0', true)`);
    // Each open file is probed by id (business, last interaction, needs): with the default random_page_cost
    // the planner read all the businesses and all the needs instead (README, Benchmarks).
    await tx.execute(sql`select set_config('random_page_cost', '1.1', true)`);
    return adviserHomeIn(tx, user, today);
  });
}

async function adviserHomeIn(db: DbOrTx, user: SessionUser, today: string) {
  const lastInteraction = sql<string | null>`(select max(${employerInteractions.occurredOn}) from ${employerInteractions} where ${employerInteractions.employerFileId} = ${employerFiles.id})`;
  const open = await db
    .select({
      fileId: employerFiles.id,
      legalName: businesses.legalName,
      city: businesses.city,
      openedOn: employerFiles.openedOn,
      lastInteractionOn: lastInteraction,
    })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .where(and(eq(employerFiles.adviserId, user.id), eq(employerFiles.status, 'open')))
    .orderBy(asc(businesses.searchName), asc(employerFiles.id));
  const inactiveSince = minusDays(today, INACTIVE_AFTER_DAYS);
  const inactive = open.filter((row) => (row.lastInteractionOn ?? row.openedOn) < inactiveSince);
  const names = new Map(open.map((row) => [row.fileId, row.legalName]));
  const needs = await db
    .select({ id: hiringNeeds.id, fileId: hiringNeeds.employerFileId, jobTitle: hiringNeeds.jobTitle, nocCode: hiringNeeds.nocCode, positions: hiringNeeds.positions, wantedStartOn: hiringNeeds.wantedStartOn })
    .from(hiringNeeds)
    .innerJoin(employerFiles, eq(employerFiles.id, hiringNeeds.employerFileId))
    .where(and(eq(employerFiles.adviserId, user.id), eq(employerFiles.status, 'open'), eq(hiringNeeds.status, 'open')))
    .orderBy(sql`${hiringNeeds.wantedStartOn} asc nulls last`, asc(hiringNeeds.id));
  return { open, inactive, openNeeds: needs.map((need) => ({ ...need, legalName: names.get(need.fileId) ?? '' })), inactiveSince };
}

export type AdviserHome = Awaited<ReturnType<typeof getAdviserHome>>;
