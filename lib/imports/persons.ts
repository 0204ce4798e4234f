import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { importedRows, persons } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { nameMatch } from '@/lib/persons/duplicates';
import { registerPersonsInBulk } from '@/lib/persons/mutations';
import { intakeInput } from '@/lib/persons/schemas';
import { personScope } from '@/lib/persons/scope';
import { zodFieldErrors } from '@/lib/validation';
import { issueFor, readSource, type RowIssue, type SourceRow } from './analyse';
import type { ColumnMapping } from './columns';
import { rowFingerprint } from './fingerprint';
import { PERSON_COLUMNS } from './persons-columns';
import type { ImportProgress } from './progress';

// The persons import: each row is an intake (the person and the opening of their accompaniment at the
// importer's service point, followed by the importer), judged by the intake form's schema, checked for
// duplicates by the intake's rule, and created by the intake's bulk write (registerPersonsInBulk), so the audit
// trail and the kept figure spans are those of a typed intake.

type Intake = ReturnType<typeof intakeInput.parse>;

/** A row whose person may already have a file, or appears earlier in the same file. */
export interface RowDuplicate {
  /** Files in the importer's scope with that birth date and a matching name. */
  existing: { id: string; firstName: string; lastName: string; birthDate: string }[];
  /** A file exists outside the importer's scope (named nowhere, as at intake). */
  elsewhere: boolean;
  /** An earlier row of the file with the same person. */
  sameAsRow: number | null;
}

export interface AnalysedRow {
  row: number;
  cells: string[];
  name: string;
  status: 'valid' | 'invalid' | 'duplicate' | 'alreadyImported';
  issues: RowIssue[];
  duplicate?: RowDuplicate;
  fingerprint?: string;
  input?: Intake;
}

export interface PersonsAnalysis {
  headers: string[];
  mapping: ColumnMapping;
  rows: AnalysedRow[];
  counts: { rows: number; valid: number; invalid: number; duplicates: number; alreadyImported: number };
}

const CHUNK = 1_000;
/** Rows judged between two yields to the event loop: other users' requests are served in between. */
const SLICE = 200;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The intake form's values of a row, followed by the importer; the key is fresh (the fingerprint guards replays). */
function intakeValues(values: Record<string, unknown>, user: SessionUser) {
  return { sharingConsent: false, languages: [], ...values, agentId: user.id, idempotencyKey: randomUUID(), confirmedNotDuplicate: false };
}

/**
 * Reads and judges every row of a persons file for this importer: errors per cell, duplicates against the
 * files (all of them, as at intake) and the earlier rows, rows already imported into this service point.
 * Writes nothing.
 */
export async function analysePersons(db: DbOrTx, user: SessionUser, servicePointId: string, bytes: Uint8Array, chosen?: ColumnMapping, progress?: ImportProgress): Promise<PersonsAnalysis> {
  const source = await readSource(bytes, PERSON_COLUMNS, chosen);
  const rows: AnalysedRow[] = [];
  let chunk: AnalysedRow[] = [];
  const flush = async () => {
    await markAlreadyImported(db, servicePointId, chunk);
    progress?.(rows.length, rows.filter((row) => row.status === 'invalid').length);
    chunk = [];
  };
  for await (const sourceRow of source.rows) {
    const analysed = judgeRow(source, sourceRow, user);
    rows.push(analysed);
    chunk.push(analysed);
    if (chunk.length >= CHUNK) await flush();
    else if (rows.length % SLICE === 0) await yieldToOthers();
  }
  await flush();
  await markDuplicates(db, user, rows);
  const count = (status: AnalysedRow['status']) => rows.filter((row) => row.status === status).length;
  return {
    headers: source.headers,
    mapping: source.mapping,
    rows,
    counts: { rows: rows.length, valid: count('valid'), invalid: count('invalid'), duplicates: count('duplicate'), alreadyImported: count('alreadyImported') },
  };
}

function judgeRow(source: { headers: string[]; mapping: ColumnMapping }, row: SourceRow, user: SessionUser): AnalysedRow {
  const name = [row.values.firstName, row.values.lastName].filter((part) => typeof part === 'string' && part).join(' ');
  const parsed = intakeInput.safeParse(intakeValues(row.values, user));
  const issues = [...row.issues];
  if (!parsed.success) {
    for (const [field, code] of Object.entries(zodFieldErrors(parsed.error))) {
      // A field the cell reading already refused is reported once, by its first reason.
      const name = field.split('.')[0]!;
      if (issues.some((issue) => issue.field === name)) continue;
      const issue = issueFor(source, row, name, code);
      // A list's message is "required" for any value outside it: a value was given, it is not one of the list.
      issues.push(code === 'required' && issue.value.trim() !== '' ? { ...issue, code: 'invalid' } : issue);
    }
  }
  if (issues.length > 0 || !parsed.success) return { row: row.row, cells: row.cells, name, status: 'invalid', issues };
  // The fingerprint is of the row's own values, not of who imports it or of this upload's fresh key.
  const identity: Record<string, unknown> = { ...parsed.data };
  for (const field of ['agentId', 'idempotencyKey', 'confirmedNotDuplicate']) delete identity[field];
  return { row: row.row, cells: row.cells, name, status: 'valid', issues, fingerprint: rowFingerprint('persons', identity), input: parsed.data };
}

async function markAlreadyImported(db: DbOrTx, servicePointId: string, rows: AnalysedRow[]) {
  const fingerprints = rows.flatMap((row) => (row.fingerprint ? [row.fingerprint] : []));
  if (fingerprints.length === 0) return;
  const found = await db
    .select({ fingerprint: importedRows.fingerprint })
    .from(importedRows)
    .where(and(eq(importedRows.kind, 'persons'), eq(importedRows.servicePointId, servicePointId), inArray(importedRows.fingerprint, fingerprints)));
  const done = new Set(found.map((row) => row.fingerprint));
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.fingerprint) continue;
    // The same row twice in one file is imported once: the second is "already" the first.
    if (done.has(row.fingerprint) || seen.has(row.fingerprint)) row.status = 'alreadyImported';
    seen.add(row.fingerprint);
  }
}

/**
 * The intake's duplicate rule (lib/persons/duplicates.ts, nameMatch) for every row still to create: the
 * files born the same day, read once for all the file's birth dates, and the earlier rows of the file.
 */
async function markDuplicates(db: DbOrTx, user: SessionUser, rows: AnalysedRow[]) {
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
  const earlierByDate = new Map<string, AnalysedRow[]>();
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
      existing: matches.filter((person) => person.inScope).map(({ id, firstName, lastName, birthDate: born }) => ({ id, firstName, lastName, birthDate: born })),
      elsewhere: matches.some((person) => !person.inScope),
      sameAsRow: sameAs?.row ?? null,
    };
  }
}

/** Which suspected duplicates the importer confirmed as other persons: some rows, or all of them. */
export type DuplicateConfirmation = { all: true } | { rows: number[] };

export interface CommitResult {
  created: { row: number; personId: string }[];
  analysis: PersonsAnalysis;
  duplicatesSkipped: number;
}

/**
 * Creates the persons of the valid rows (and of the duplicates confirmed), in the caller's transaction,
 * through the intake's bulk write (registerPersonsInBulk: the same rows and audit entries as one intake
 * each), and keeps each row's fingerprint with what it created. The file is
 * judged again here: what the preview showed is never trusted.
 */
export async function commitPersons(tx: Tx, user: SessionUser, servicePointId: string, batchId: string, bytes: Uint8Array, mapping: ColumnMapping | undefined, confirmation: DuplicateConfirmation, progress?: ImportProgress): Promise<CommitResult> {
  const analysis = await analysePersons(tx, user, servicePointId, bytes, mapping);
  const confirmed = (row: AnalysedRow) => ('all' in confirmation ? confirmation.all : confirmation.rows.includes(row.row));
  const toCreate = analysis.rows.filter((row) => row.status === 'valid' || (row.status === 'duplicate' && confirmed(row)));
  const created: CommitResult['created'] = [];
  // In slices: a multi-row statement per slice keeps each statement's parameters bounded (PostgreSQL allows
  // 65,535) and the figure spans are refreshed once per slice rather than once per person.
  for (let start = 0; start < toCreate.length; start += SLICE) {
    const slice = toCreate.slice(start, start + SLICE);
    const ids = await registerPersonsInBulk(tx, user, slice.map((row) => ({ ...row.input!, confirmedNotDuplicate: row.status === 'duplicate' })), batchId);
    await tx.insert(importedRows).values(slice.map((row, index) => ({ batchId, kind: 'persons' as const, servicePointId, fingerprint: row.fingerprint!, rowNumber: row.row, entityId: ids[index]! })));
    slice.forEach((row, index) => created.push({ row: row.row, personId: ids[index]! }));
    progress?.(created.length, analysis.counts.invalid);
    await yieldToOthers();
  }
  return { created, analysis, duplicatesSkipped: analysis.rows.filter((row) => row.status === 'duplicate' && !confirmed(row)).length };
}
