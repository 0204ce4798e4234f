import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { consentEvents, personCorrections, persons, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';

// Rectification (A-2.1 s. 89) and consent (s. 53, 68): a correction of a person's identity keeps who
// changed which field from what to what, when; each consent given or withdrawn is kept with its date.

/** The person's columns a correction records, as the form names them. Consent is recorded as events. */
export const CORRECTED_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'gender',
  'countryOfBirth',
  'citizenship',
  'languages',
  'frenchLevel',
  'immigrationStatus',
  'arrivalInQuebecOn',
  'arrivalInRegionOn',
  'residenceMrcId',
  'residenceMunicipality',
  'phone',
  'email',
  'collectionConsentOn',
] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

type PersonValues = Partial<Record<CorrectedField, unknown>>;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** One row per field whose value changed, in the caller's transaction (the correction's own). */
export async function recordCorrections(tx: Tx, user: SessionUser, personId: string, before: PersonValues, after: PersonValues, reason: string | null) {
  const changed = CORRECTED_FIELDS.filter((field) => field in after && asText(before[field]) !== asText(after[field]));
  if (changed.length === 0) return [];
  await tx.insert(personCorrections).values(changed.map((field) => ({ personId, actorId: user.id, field, oldValue: asText(before[field]), newValue: asText(after[field]), reason })));
  return changed;
}

/** A change of the sharing consent, as an event with its date; the person's row holds the current state. */
export async function recordConsentEvent(tx: Tx, user: SessionUser, personId: string, event: 'given' | 'withdrawn', effectiveOn: string) {
  await tx.insert(consentEvents).values({ personId, kind: 'sharing', event, effectiveOn, recordedById: user.id });
  await recordAuditEvent(tx, { action: event === 'given' ? 'person.consent_given' : 'person.consent_withdrawn', actorId: user.id, entityType: 'person', entityId: personId, details: { kind: 'sharing', effectiveOn } });
}

/** What the file shows of its corrections: when the identity was last corrected, by whom, and how many fields. */
export async function correctionSummary(db: DbOrTx, personId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, lastAt: sql<Date | null>`max(${personCorrections.correctedAt})` })
    .from(personCorrections)
    .where(eq(personCorrections.personId, personId));
  if (!row?.count) return null;
  const [last] = await db
    .select({ by: users.displayName, fields: sql<string[]>`array_agg(${personCorrections.field})` })
    .from(personCorrections)
    .innerJoin(users, eq(users.id, personCorrections.actorId))
    .where(and(eq(personCorrections.personId, personId), sql`${personCorrections.correctedAt} = ${row.lastAt}`))
    .groupBy(users.displayName);
  return { count: row.count, lastAt: new Date(row.lastAt as unknown as string), lastBy: last?.by ?? null, lastFields: last?.fields ?? [] };
}

/** The consent history of a person, latest first. */
export async function consentHistory(db: DbOrTx, personId: string) {
  return db
    .select({ kind: consentEvents.kind, event: consentEvents.event, effectiveOn: consentEvents.effectiveOn, recordedAt: consentEvents.recordedAt, recordedBy: users.displayName })
    .from(consentEvents)
    .innerJoin(users, eq(users.id, consentEvents.recordedById))
    .where(eq(consentEvents.personId, personId))
    .orderBy(desc(consentEvents.effectiveOn), desc(consentEvents.recordedAt));
}

/** Whether the file was anonymized: it can no longer be corrected nor receive a new consent. */
export async function isAnonymized(tx: DbOrTx, personId: string): Promise<boolean> {
  const [row] = await tx.select({ at: persons.anonymizedAt }).from(persons).where(eq(persons.id, personId));
  return Boolean(row?.at);
}
