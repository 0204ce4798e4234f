import 'server-only';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accompaniments, accompanimentTransfers, actionPlanItems, auditEvents, interventions, mrcs, partners, persons, referrals, servicePoints, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { getPerson } from './queries';
import { followUpInScope, personScope } from './scope';

// The person's file as the agent's screen shows it: getPerson (scope, audit of the view, follow-ups
// filtered by scope) plus the identity details and the children of the follow-ups in full scope. A child
// of a follow-up held elsewhere is never read.

const author = users;

export async function getPersonFile(db: Db, user: SessionUser, id: string) {
  const found = await getPerson(db, user, id);
  if (!found) return null;
  // An adviser reaches a person through a hire only: the name, nothing of the file.
  if (!('accompaniments' in found)) return { kind: 'summary' as const, summary: { id: found.id, firstName: found.firstName, lastName: found.lastName } };
  const file = found;
  const [identity] = await db
    .select({
      gender: persons.gender,
      citizenship: persons.citizenship,
      languages: persons.languages,
      frenchLevel: persons.frenchLevel,
      arrivalInRegionOn: persons.arrivalInRegionOn,
      residenceMrcId: persons.residenceMrcId,
      residenceMrc: mrcs.name,
      residenceMunicipality: persons.residenceMunicipality,
      sharingConsent: persons.sharingConsent,
      sharingConsentOn: persons.sharingConsentOn,
      anonymizedAt: persons.anonymizedAt,
    })
    .from(persons)
    .leftJoin(mrcs, eq(mrcs.id, persons.residenceMrcId))
    .where(eq(persons.id, id));
  const inScope = await db
    .select({ id: accompaniments.id, version: accompaniments.version, nextFollowUpOn: accompaniments.nextFollowUpOn, reopenedFromId: accompaniments.reopenedFromId, closureReason: accompaniments.closureReason })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(and(eq(accompaniments.personId, id), followUpInScope(user)));
  const ids = inScope.map((row) => row.id);
  if (ids.length === 0) return { kind: 'full' as const, ...file, ...identity!, followUpDetails: [], timeline: [], actionPlan: [], referrals: [], transfers: [] };
  const [timeline, actionPlan, sent, transfers] = await Promise.all([
    db
      .select({
        id: interventions.id,
        accompanimentId: interventions.accompanimentId,
        occurredOn: interventions.occurredOn,
        kind: interventions.kind,
        need: interventions.need,
        durationMinutes: interventions.durationMinutes,
        notes: interventions.notes,
        author: author.displayName,
      })
      .from(interventions)
      .innerJoin(author, eq(author.id, interventions.authorId))
      .where(inArray(interventions.accompanimentId, ids))
      .orderBy(desc(interventions.occurredOn), desc(interventions.createdAt)),
    db
      .select({ id: actionPlanItems.id, accompanimentId: actionPlanItems.accompanimentId, need: actionPlanItems.need, goal: actionPlanItems.goal, status: actionPlanItems.status, version: actionPlanItems.version })
      .from(actionPlanItems)
      .where(inArray(actionPlanItems.accompanimentId, ids))
      .orderBy(asc(actionPlanItems.createdAt)),
    db
      .select({
        id: referrals.id,
        accompanimentId: referrals.accompanimentId,
        partner: partners.name,
        need: referrals.need,
        status: referrals.status,
        sentOn: referrals.sentOn,
        respondedOn: referrals.respondedOn,
        version: referrals.version,
      })
      .from(referrals)
      .innerJoin(partners, eq(partners.id, referrals.partnerId))
      .where(inArray(referrals.accompanimentId, ids))
      .orderBy(desc(referrals.sentOn)),
    db
      .select({ accompanimentId: accompanimentTransfers.accompanimentId, transferredOn: accompanimentTransfers.transferredOn, reason: accompanimentTransfers.reason })
      .from(accompanimentTransfers)
      .where(inArray(accompanimentTransfers.accompanimentId, ids))
      .orderBy(desc(accompanimentTransfers.transferredOn)),
  ]);
  return { kind: 'full' as const, ...file, ...identity!, followUpDetails: inScope, timeline, actionPlan, referrals: sent, transfers };
}

/**
 * Who read or changed this file, when, and how (manager only): views, lists that showed the person, and
 * writes. Reading the log is itself not audited again (it shows no case content).
 */
export async function getAccessLog(db: Db, user: SessionUser, personId: string, limit = 100) {
  if (!can(user.role, 'person:read-access-log')) return null;
  const [visible] = await db.select({ id: persons.id }).from(persons).where(and(eq(persons.id, personId), personScope(db, user)));
  if (!visible) return null;
  return db
    .select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action, actor: users.displayName, role: users.role })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(or(and(eq(auditEvents.entityType, 'person'), eq(auditEvents.entityId, personId)), sql`${auditEvents.details} -> 'personIds' ? ${personId}`))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}

