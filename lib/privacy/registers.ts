import 'server-only';
import { and, asc, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { accompaniments, auditEvents, partners, personCorrections, persons, referrals, servicePoints, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';

// What the privacy officer reads (role privacy_officer, permission privacy:registers): the register of
// communications to partners, the corrections with their values, and the access log of any file. No case
// content beyond that: a file is named by its reference (its id), never by the person's name.

type Page = { page: number; pageSize: number };

/**
 * The communications register (A-2.1 s. 67.3): every referral that communicated a person's information to
 * a partner, with what kind of information, when, on what basis (the consent's date) and who sent it.
 */
export async function listCommunications(db: DbOrTx, query: Page & { from?: string | null; to?: string | null; direction: 'asc' | 'desc' }) {
  const where = and(query.from ? gte(referrals.sentOn, query.from) : undefined, query.to ? lte(referrals.sentOn, query.to) : undefined);
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(referrals).where(where);
  const order = query.direction === 'asc' ? asc : desc;
  const rows = await db
    .select({
      id: referrals.id,
      personId: accompaniments.personId,
      sentOn: referrals.sentOn,
      partner: partners.name,
      sharedInformation: referrals.sharedInformation,
      basis: referrals.communicationBasis,
      consentOn: referrals.sharingConsentOn,
      servicePoint: servicePoints.name,
    })
    .from(referrals)
    .innerJoin(accompaniments, eq(accompaniments.id, referrals.accompanimentId))
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .where(where)
    .orderBy(order(referrals.sentOn), asc(referrals.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: counted?.total ?? 0 };
}

/**
 * Every correction of identity with its old and new values (s. 89), latest first. The values are personal
 * information: reading them is audited with the files shown.
 */
export async function listCorrections(db: Db, user: SessionUser, query: Page & { person?: string | null }) {
  const where = query.person ? eq(personCorrections.personId, query.person) : undefined;
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(personCorrections).where(where);
  const rows = await db
    .select({
      id: personCorrections.id,
      personId: personCorrections.personId,
      field: personCorrections.field,
      oldValue: personCorrections.oldValue,
      newValue: personCorrections.newValue,
      reason: personCorrections.reason,
      correctedAt: personCorrections.correctedAt,
      correctedBy: users.displayName,
    })
    .from(personCorrections)
    .innerJoin(users, eq(users.id, personCorrections.actorId))
    .where(where)
    .orderBy(desc(personCorrections.correctedAt), asc(personCorrections.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  await recordAuditEvent(db, {
    action: 'person_corrections.listed',
    actorId: user.id,
    entityType: 'person',
    details: { page: query.page, shown: rows.length, personIds: [...new Set(rows.map((row) => row.personId))] },
  });
  return { rows, total: counted?.total ?? 0 };
}

/** The audit rows about one file: views, lists that showed it, exports that held it, writes. */
export function fileAccessCondition(personId: string) {
  return or(and(eq(auditEvents.entityType, 'person'), eq(auditEvents.entityId, personId)), sql`${auditEvents.details} -> 'personIds' ? ${personId}`);
}

/**
 * The access log of any file, for the privacy officer (who may read every file's log, no file's content):
 * whether the file exists (never whose it is), then who read or changed it, when, how.
 */
export async function officerAccessLog(db: DbOrTx, personId: string, limit = 200) {
  const [file] = await db.select({ id: persons.id, anonymizedAt: persons.anonymizedAt }).from(persons).where(eq(persons.id, personId));
  if (!file) return null;
  const entries = await db
    .select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action, actor: users.displayName, role: users.role })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(fileAccessCondition(personId))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
  return { personId, anonymized: Boolean(file.anonymizedAt), entries };
}
