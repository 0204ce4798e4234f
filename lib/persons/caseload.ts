import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accompaniments, interventions, persons } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';

export const INACTIVE_AFTER_DAYS = 30;

/** Sunday of the week (Monday to Sunday) that contains `today`. */
export function endOfWeek(today: string): string {
  const date = new Date(`${today}T12:00:00Z`);
  const daysToSunday = (7 - date.getUTCDay()) % 7;
  date.setUTCDate(date.getUTCDate() + daysToSunday);
  return date.toISOString().slice(0, 10);
}

function minusDays(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * "Mes dossiers": the agent's own open files, with when each was last worked on and when the next
 * follow-up is due. The three lists of the home page are cuts of it, so their totals always agree.
 */
export async function getCaseload(db: Db, user: SessionUser, today: string) {
  const lastIntervention = sql<string | null>`(select max(${interventions.occurredOn}) from ${interventions} where ${interventions.accompanimentId} = ${accompaniments.id})`;
  const rows = await db
    .select({
      personId: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      accompanimentId: accompaniments.id,
      openedOn: accompaniments.openedOn,
      nextFollowUpOn: accompaniments.nextFollowUpOn,
      needs: accompaniments.needs,
      lastInterventionOn: lastIntervention,
    })
    .from(accompaniments)
    .innerJoin(persons, eq(persons.id, accompaniments.personId))
    .where(and(eq(accompaniments.agentId, user.id), eq(accompaniments.status, 'open')))
    .orderBy(asc(persons.lastName), asc(persons.firstName), asc(accompaniments.id));
  const weekEnd = endOfWeek(today);
  const inactiveSince = minusDays(today, INACTIVE_AFTER_DAYS);
  const dueThisWeek = rows.filter((row) => row.nextFollowUpOn !== null && row.nextFollowUpOn <= weekEnd).sort((a, b) => a.nextFollowUpOn!.localeCompare(b.nextFollowUpOn!));
  const inactive = rows.filter((row) => (row.lastInterventionOn ?? row.openedOn) < inactiveSince);
  await recordAuditEvent(db, { action: 'persons.listed', actorId: user.id, entityType: 'person', details: { list: 'caseload', shown: rows.length, personIds: rows.map((row) => row.personId) } });
  return { open: rows, dueThisWeek, inactive, weekEnd, inactiveSince };
}
