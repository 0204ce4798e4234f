import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import {
  accompaniments,
  accompanimentTransfers,
  actionPlanItems,
  consentEvents,
  hires,
  idempotencyKeys,
  interventions,
  personCorrections,
  persons,
  referrals,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { RuleError } from '@/lib/errors';
import { nameMatch } from '@/lib/persons/duplicates';
import { registerPersonsInBulk } from '@/lib/persons/mutations';
import { intakeInput } from '@/lib/persons/schemas';
import { personScope } from '@/lib/persons/scope';
import type { AnalysedRow, ImportKindDefinition, ImportTarget } from './kind';
import { PERSON_COLUMNS } from './persons-columns';

// The persons import: each row is an intake (the person and the opening of their accompaniment at the
// target service point, followed by the importer or the agent an admin chose), judged by the intake form's
// schema, checked for duplicates by the intake's rule, and created by the intake's bulk write
// (registerPersonsInBulk), so the audit trail and the kept figure spans are those of a typed intake.

type Intake = ReturnType<typeof intakeInput.parse>;

const CHUNK = 1_000;

/**
 * The intake's duplicate rule (lib/persons/duplicates.ts, nameMatch) for every row still to create: the
 * files born the same day, read once for all the file's birth dates, and the earlier rows of the file. A
 * match the importer may not open (personScope; an admin opens none) is said to exist, never described.
 */
async function markDuplicates(db: DbOrTx, user: SessionUser, _target: ImportTarget, rows: AnalysedRow<Intake>[]) {
  const candidates = rows.filter((row) => row.status === 'valid' && row.input);
  const dates = [...new Set(candidates.map((row) => row.input!.birthDate))];
  const byDate = new Map<string, { id: string; firstName: string; lastName: string; birthDate: string; inScope: boolean }[]>();
  for (let start = 0; start < dates.length; start += CHUNK) {
    const found = await db
      .select({ id: persons.id, firstName: persons.firstName, lastName: persons.lastName, birthDate: persons.birthDate, inScope: sql<boolean>`(${personScope(db, user)})`.mapWith(Boolean) })
      .from(persons)
      .where(inArray(persons.birthDate, dates.slice(start, start + CHUNK)));
    for (const person of found) byDate.set(person.birthDate, [...(byDate.get(person.birthDate) ?? []), person]);
  }
  const earlierByDate = new Map<string, AnalysedRow<Intake>[]>();
  for (const row of rows) {
    if (!row.input || row.status === 'invalid') continue;
    const birthDate = row.input.birthDate;
    const earlier = earlierByDate.get(birthDate) ?? [];
    earlierByDate.set(birthDate, [...earlier, row]);
    if (row.status !== 'valid') continue;
    const matches = (byDate.get(birthDate) ?? []).filter((person) => nameMatch(person, row.input!));
    const sameAs = earlier.find((other) => nameMatch(other.input!, row.input!));
    if (matches.length === 0 && !sameAs) continue;
    row.status = 'duplicate';
    row.duplicate = {
      existing: matches.filter((person) => person.inScope).map((person) => ({ id: person.id, label: `${person.firstName} ${person.lastName} (${person.birthDate})` })),
      elsewhere: matches.some((person) => !person.inScope),
      sameAsRow: sameAs?.row ?? null,
    };
  }
}

async function count(query: Promise<{ n: number }[]>): Promise<number> {
  return (await query)[0]?.n ?? 0;
}

/**
 * A batch's persons go, with their accompaniments and consent history, unless anything was added to or
 * changed in their files since: an intervention, a plan item, a referral, a transfer, a hire, another
 * follow-up, a correction, any edit (version).
 */
async function undo(tx: Tx, batch: { importerId: string }, created: { entityId: string }[]) {
  const personIds = created.map((row) => row.entityId);
  if (personIds.length === 0) return;
  const followUps = await tx.select({ id: accompaniments.id, version: accompaniments.version }).from(accompaniments).where(inArray(accompaniments.personId, personIds));
  const followUpIds = followUps.map((row) => row.id);
  const n = sql<number>`count(*)::int`;
  const changed =
    followUps.length !== personIds.length ||
    followUps.some((row) => row.version !== 1) ||
    (await count(tx.select({ n }).from(persons).where(and(inArray(persons.id, personIds), or(sql`${persons.version} <> 1`, sql`${persons.anonymizedAt} is not null`))))) > 0 ||
    (await count(tx.select({ n }).from(interventions).where(inArray(interventions.accompanimentId, followUpIds)))) > 0 ||
    (await count(tx.select({ n }).from(actionPlanItems).where(inArray(actionPlanItems.accompanimentId, followUpIds)))) > 0 ||
    (await count(tx.select({ n }).from(referrals).where(inArray(referrals.accompanimentId, followUpIds)))) > 0 ||
    (await count(tx.select({ n }).from(accompanimentTransfers).where(inArray(accompanimentTransfers.accompanimentId, followUpIds)))) > 0 ||
    (await count(tx.select({ n }).from(hires).where(inArray(hires.personId, personIds)))) > 0 ||
    (await count(tx.select({ n }).from(personCorrections).where(inArray(personCorrections.personId, personIds)))) > 0;
  if (changed) throw new RuleError('batchId', 'batchChanged');
  await tx.delete(consentEvents).where(inArray(consentEvents.personId, personIds));
  await tx.delete(accompaniments).where(inArray(accompaniments.personId, personIds));
  await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, batch.importerId), inArray(idempotencyKeys.resultId, personIds)));
  // The fingerprints go before the persons they name (batches.ts deletes them for every kind first).
  await tx.delete(persons).where(inArray(persons.id, personIds));
}

export const personsImport: ImportKindDefinition<Intake> = {
  kind: 'persons',
  columns: async () => PERSON_COLUMNS,
  // The intake form's values of a row, followed by the target's agent; the key is fresh (the fingerprint guards replays).
  parse: (values, target) => intakeInput.safeParse({ sharingConsent: false, languages: [], ...values, agentId: target.followerId, idempotencyKey: randomUUID(), confirmedNotDuplicate: false }),
  identity: (input) => {
    const identity: Record<string, unknown> = { ...input };
    for (const field of ['agentId', 'idempotencyKey', 'confirmedNotDuplicate']) delete identity[field];
    return identity;
  },
  rowName: (values) => [values.firstName, values.lastName].filter((part) => typeof part === 'string' && part).join(' '),
  markDuplicates,
  create: async (tx, user, target, batchId, rows) =>
    (await registerPersonsInBulk(tx, user, target.servicePointId, rows.map((row) => ({ ...row.input, confirmedNotDuplicate: row.confirmedDuplicate })), batchId)).map((entityId) => ({ entityId })),
  undo,
};
