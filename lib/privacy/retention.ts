import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '@/db/client';
import { accompaniments, accompanimentTransfers, actionPlanItems, hires, interventions, personCorrections, persons, referrals, retentionRules, retentionRuns, servicePoints, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import { VersionConflictError } from '@/lib/errors';
import { DEFAULT_RETENTION_RULES, type RetentionRecordKind } from './retention-rules';

// The retention schedule (A-2.1 s. 73): a person's file is anonymized once its purpose is achieved, that
// is N years (the rule) after the closure of its last accompaniment. Never while one is open, anywhere.
// Anonymizing keeps what the counts read (accompaniments' dates, service point, needs, the residence MRC,
// the immigration category, the country of birth) so the report of any past period gives the same totals,
// and removes what identifies the person: names, contact details, free text, the exact birth date.

export interface RetentionRule {
  kind: RetentionRecordKind;
  years: number;
  reason: string;
  version: number;
  /** No row yet: the default of lib/privacy/retention-rules.ts applies. */
  isDefault: boolean;
}

export async function getRetentionRule(db: DbOrTx, kind: RetentionRecordKind = 'person_file'): Promise<RetentionRule> {
  const [row] = await db.select().from(retentionRules).where(eq(retentionRules.kind, kind));
  if (row) return { kind, years: row.years, reason: row.reason, version: row.version, isDefault: false };
  return { kind, ...DEFAULT_RETENTION_RULES[kind], version: 0, isDefault: true };
}

/** Changes a rule against the version that was shown (or creates it from the default, version 0). */
export async function updateRetentionRule(tx: Tx, actorId: string, input: { kind: RetentionRecordKind; version: number; years: number; reason: string }) {
  const current = await getRetentionRule(tx, input.kind);
  if (current.version !== input.version) throw new VersionConflictError();
  if (current.isDefault) {
    await tx.insert(retentionRules).values({ kind: input.kind, years: input.years, reason: input.reason });
  } else {
    const updated = await tx
      .update(retentionRules)
      .set({ years: input.years, reason: input.reason, version: sql`${retentionRules.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(retentionRules.kind, input.kind), eq(retentionRules.version, input.version)))
      .returning({ kind: retentionRules.kind });
    if (updated.length === 0) throw new VersionConflictError();
  }
  await recordAuditEvent(tx, { action: 'retention.rule_updated', actorId, entityType: 'retention_rule', details: { kind: input.kind, years: input.years } });
}

/** A file the schedule says is due: no personal information, only what the officer needs to decide. */
export interface DueFile {
  personId: string;
  lastClosedOn: string;
  dueOn: string;
  servicePoints: string[];
}

/**
 * "Every accompaniment closed, the last closure at least `years` years before `asOf`", not yet anonymized,
 * as a condition on `persons`. A person with an open accompaniment (any service point, any region) never
 * matches; nor does a person with no accompaniment at all (nothing to measure the delay from).
 */
// Drizzle leaves columns unqualified in a one-table select: inside these subqueries "id" would be the
// subquery's own, so the person's columns are named in full.
const PERSON_ID = sql.raw('"persons"."id"');

function dueCondition(asOf: string, years: number) {
  return sql`"persons"."anonymized_at" is null and exists (
      select 1 from ${accompaniments} a where a.person_id = ${PERSON_ID}
      group by a.person_id
      having bool_and(a.status = 'closed') and max(a.closed_on) + make_interval(years => ${years}::int) <= ${asOf}::date
    )`;
}

const lastClosedOn = sql<string>`(select max(a.closed_on)::text from ${accompaniments} a where a.person_id = ${PERSON_ID})`;

/** How many files are due as of that day, and a page of them (oldest closure first). */
export async function previewRetention(db: DbOrTx, asOf: string, page = { offset: 0, limit: 25 }) {
  const rule = await getRetentionRule(db);
  const condition = dueCondition(asOf, rule.years);
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(persons).where(condition);
  const rows = await db
    .select({
      personId: persons.id,
      lastClosedOn,
      dueOn: sql<string>`((select max(a.closed_on) from ${accompaniments} a where a.person_id = ${PERSON_ID}) + make_interval(years => ${rule.years}::int))::date::text`,
      servicePoints: sql<string[]>`(select coalesce(array_agg(distinct sp.name order by sp.name), '{}') from ${accompaniments} a join ${servicePoints} sp on sp.id = a.service_point_id where a.person_id = ${PERSON_ID})`,
    })
    .from(persons)
    .where(condition)
    .orderBy(asc(lastClosedOn), asc(persons.id))
    .limit(page.limit)
    .offset(page.offset);
  return { rule, total: counted?.total ?? 0, rows: rows as DueFile[] };
}

/** Every due file's id, for an application of the schedule. */
async function dueIds(db: DbOrTx, asOf: string, years: number): Promise<string[]> {
  const rows = await db.select({ id: persons.id }).from(persons).where(dueCondition(asOf, years)).orderBy(asc(persons.id));
  return rows.map((row) => row.id);
}

/**
 * Anonymizes one file in the caller's transaction, if it is still due: the person's row is locked first,
 * so a reopening or a correction running at the same time waits, then finds the version moved (the
 * foreign key of a new accompaniment needs the row too). Returns false when the file is no longer due
 * (anonymized meanwhile, reopened): running the schedule twice changes nothing.
 */
export async function anonymizeFile(tx: Tx, personId: string, options: { asOf: string; years: number; runId: string; actorId: string | null }): Promise<boolean> {
  const [locked] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
  if (!locked) return false;
  const [stillDue] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.id, personId), dueCondition(options.asOf, options.years)));
  if (!stillDue) return false;

  await tx
    .update(persons)
    .set({
      firstName: '',
      lastName: '',
      // Kept as the year (January 1): ages by year still count, the day no longer identifies.
      birthDate: sql`date_trunc('year', ${persons.birthDate})::date`,
      gender: null,
      citizenship: null,
      languages: sql`'{}'::varchar(3)[]`,
      frenchLevel: null,
      arrivalInQuebecOn: null,
      arrivalInRegionOn: null,
      residenceMunicipality: null,
      email: null,
      phone: null,
      anonymizedAt: sql`now()`,
      version: sql`${persons.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(persons.id, personId));
  const followUps = tx.select({ id: accompaniments.id }).from(accompaniments).where(eq(accompaniments.personId, personId));
  // Free text written about the person, in every follow-up.
  await tx.update(interventions).set({ notes: null }).where(sql`${interventions.accompanimentId} in ${followUps}`);
  await tx.update(referrals).set({ notes: null }).where(sql`${referrals.accompanimentId} in ${followUps}`);
  await tx.update(actionPlanItems).set({ goal: '' }).where(sql`${actionPlanItems.accompanimentId} in ${followUps}`);
  await tx.update(accompanimentTransfers).set({ reason: '' }).where(sql`${accompanimentTransfers.accompanimentId} in ${followUps}`);
  // The correction history must not outlive what it describes: which field and when stay, not the values.
  await tx.update(personCorrections).set({ oldValue: null, newValue: null, reason: null }).where(eq(personCorrections.personId, personId));
  // The hire stays with the business's file (its count does not move); the person is no longer named.
  await tx.update(hires).set({ personId: null }).where(eq(hires.personId, personId));
  await recordAuditEvent(tx, { action: 'person.anonymized', actorId: options.actorId, entityType: 'person', entityId: personId, details: { runId: options.runId, asOf: options.asOf, years: options.years } });
  return true;
}

export interface RetentionRunResult {
  runId: string;
  asOf: string;
  years: number;
  filesDue: number;
  filesAnonymized: number;
}

/**
 * Applies the schedule as of a day: a run is recorded, then each due file is anonymized in its own
 * transaction (a failure leaves the files before it done and the others untouched; running again finishes
 * the job), then the run's count is written and the whole run audited.
 */
export async function applyRetention(db: Db, options: { asOf: string; actorId: string | null }): Promise<RetentionRunResult> {
  const rule = await getRetentionRule(db);
  const ids = await dueIds(db, options.asOf, rule.years);
  const [run] = await db
    .insert(retentionRuns)
    .values({ asOf: options.asOf, applied: true, runById: options.actorId, filesDue: ids.length, filesAnonymized: 0 })
    .returning({ id: retentionRuns.id });
  let anonymized = 0;
  for (const personId of ids) {
    const done = await db.transaction((tx) => anonymizeFile(tx, personId, { asOf: options.asOf, years: rule.years, runId: run!.id, actorId: options.actorId }));
    if (done) anonymized++;
  }
  await db.transaction(async (tx) => {
    await tx.update(retentionRuns).set({ filesAnonymized: anonymized }).where(eq(retentionRuns.id, run!.id));
    await recordAuditEvent(tx, {
      action: 'retention.applied',
      actorId: options.actorId,
      entityType: 'retention_run',
      entityId: run!.id,
      details: { asOf: options.asOf, years: rule.years, filesDue: ids.length, filesAnonymized: anonymized },
    });
  });
  return { runId: run!.id, asOf: options.asOf, years: rule.years, filesDue: ids.length, filesAnonymized: anonymized };
}

/** A preview from the command line is recorded too: the register shows who listed what was due, when. */
export async function recordRetentionPreview(db: Db, options: { asOf: string; actorId: string | null; filesDue: number }) {
  await db.transaction(async (tx) => {
    const [run] = await tx
      .insert(retentionRuns)
      .values({ asOf: options.asOf, applied: false, runById: options.actorId, filesDue: options.filesDue, filesAnonymized: 0 })
      .returning({ id: retentionRuns.id });
    await recordAuditEvent(tx, { action: 'retention.previewed', actorId: options.actorId, entityType: 'retention_run', entityId: run!.id, details: { asOf: options.asOf, filesDue: options.filesDue } });
  });
}

/** The runs, latest first, with who ran them (null: the command line). */
export async function listRetentionRuns(db: DbOrTx, limit = 20) {
  return db
    .select({ id: retentionRuns.id, asOf: retentionRuns.asOf, applied: retentionRuns.applied, filesDue: retentionRuns.filesDue, filesAnonymized: retentionRuns.filesAnonymized, ranAt: retentionRuns.ranAt, runBy: users.displayName })
    .from(retentionRuns)
    .leftJoin(users, eq(users.id, retentionRuns.runById))
    .orderBy(desc(retentionRuns.ranAt), asc(retentionRuns.id))
    .limit(limit);
}
