import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import { importedRows } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { zodFieldErrors } from '@/lib/validation';
import { issueFor, readSource, type SourceRow } from './analyse';
import type { ColumnMapping } from './columns';
import { rowFingerprint } from './fingerprint';
import type { AnalysedRow, CreatedEntity, ImportKindDefinition, ImportTarget } from './kind';
import type { ImportProgress } from './progress';

// Any kind of import, judged and committed the same way: every row read through the kind's columns, judged
// by its form's schema, checked against the rows already imported into the service point (fingerprints)
// and by the kind's duplicate rule; then the chosen rows created by the kind's own write, in slices.

export interface ImportAnalysis<Input> {
  headers: string[];
  mapping: ColumnMapping;
  rows: AnalysedRow<Input>[];
  counts: { rows: number; valid: number; invalid: number; duplicates: number; alreadyImported: number };
}

const CHUNK = 1_000;
/** Rows judged between two yields to the event loop: other users' requests are served in between. */
const SLICE = 200;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads and judges every row of a file for this importer and target. Writes nothing. */
export async function analyseImport<Input>(
  db: DbOrTx,
  user: SessionUser,
  definition: ImportKindDefinition<Input>,
  target: ImportTarget,
  bytes: Uint8Array,
  chosen?: ColumnMapping,
  progress?: ImportProgress,
): Promise<ImportAnalysis<Input>> {
  const source = await readSource(bytes, await definition.columns(db, target), chosen);
  const rows: AnalysedRow<Input>[] = [];
  let chunk: AnalysedRow<Input>[] = [];
  const flush = async () => {
    await markAlreadyImported(db, definition.kind, target.servicePointId, chunk);
    progress?.(rows.length, rows.filter((row) => row.status === 'invalid').length);
    chunk = [];
  };
  for await (const sourceRow of source.rows) {
    const analysed = judgeRow(definition, target, source, sourceRow);
    rows.push(analysed);
    chunk.push(analysed);
    if (chunk.length >= CHUNK) await flush();
    else if (rows.length % SLICE === 0) await yieldToOthers();
  }
  await flush();
  await definition.markDuplicates(db, user, target, rows, (row, field, code) => issueFor(source, row, field, code));
  const count = (status: AnalysedRow<Input>['status']) => rows.filter((row) => row.status === status).length;
  return {
    headers: source.headers,
    mapping: source.mapping,
    rows,
    counts: { rows: rows.length, valid: count('valid'), invalid: count('invalid'), duplicates: count('duplicate'), alreadyImported: count('alreadyImported') },
  };
}

function judgeRow<Input>(definition: ImportKindDefinition<Input>, target: ImportTarget, source: { headers: string[]; mapping: ColumnMapping }, row: SourceRow): AnalysedRow<Input> {
  const name = definition.rowName(row.values);
  const parsed = definition.parse(row.values, target);
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
  return { row: row.row, cells: row.cells, name, status: 'valid', issues, fingerprint: rowFingerprint(definition.kind, definition.identity(parsed.data)), input: parsed.data };
}

async function markAlreadyImported(db: DbOrTx, kind: ImportKind, servicePointId: string, rows: AnalysedRow<unknown>[]) {
  const fingerprints = rows.flatMap((row) => (row.fingerprint ? [row.fingerprint] : []));
  if (fingerprints.length === 0) return;
  const found = await db
    .select({ fingerprint: importedRows.fingerprint })
    .from(importedRows)
    .where(and(eq(importedRows.kind, kind), eq(importedRows.servicePointId, servicePointId), inArray(importedRows.fingerprint, fingerprints)));
  const done = new Set(found.map((row) => row.fingerprint));
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.fingerprint) continue;
    // The same row twice in one file is imported once: the second is "already" the first.
    if (done.has(row.fingerprint) || seen.has(row.fingerprint)) row.status = 'alreadyImported';
    seen.add(row.fingerprint);
  }
}

/** Which suspected duplicates the importer confirmed as distinct: some rows, or all of them. */
export type DuplicateConfirmation = { all: true } | { rows: number[] };

export interface CommitResult<Input> {
  created: { row: number; entityId: string }[];
  analysis: ImportAnalysis<Input>;
  duplicatesSkipped: number;
}

/**
 * Creates the valid rows (and the duplicates confirmed) in the caller's transaction through the kind's write,
 * and keeps each row's fingerprint with what it created. The file is judged again here: what the preview
 * showed is never trusted.
 */
export async function commitRows<Input>(
  tx: Tx,
  user: SessionUser,
  definition: ImportKindDefinition<Input>,
  target: ImportTarget,
  batchId: string,
  input: { bytes: Uint8Array; mapping?: ColumnMapping; confirmation: DuplicateConfirmation },
  progress?: ImportProgress,
): Promise<CommitResult<Input>> {
  const analysis = await analyseImport(tx, user, definition, target, input.bytes, input.mapping);
  const { confirmation } = input;
  const confirmed = (row: AnalysedRow<Input>) => ('all' in confirmation ? confirmation.all : confirmation.rows.includes(row.row));
  const toCreate = analysis.rows.filter((row) => row.status === 'valid' || (row.status === 'duplicate' && confirmed(row)));
  const created: CommitResult<Input>['created'] = [];
  // In slices: a multi-row statement per slice keeps each statement's parameters bounded (PostgreSQL allows
  // 65,535) and the figure spans are refreshed once per slice rather than once per row.
  for (let start = 0; start < toCreate.length; start += SLICE) {
    const slice = toCreate.slice(start, start + SLICE);
    const entities: CreatedEntity[] = await definition.create(tx, user, target, batchId, slice.map((row) => ({ input: row.input!, confirmedDuplicate: row.status === 'duplicate' })));
    await tx.insert(importedRows).values(
      slice.map((row, index) => ({ batchId, kind: definition.kind, servicePointId: target.servicePointId, fingerprint: row.fingerprint!, rowNumber: row.row, entityId: entities[index]!.entityId, childId: entities[index]!.childId ?? null })),
    );
    slice.forEach((row, index) => created.push({ row: row.row, entityId: entities[index]!.entityId }));
    progress?.(created.length, analysis.counts.invalid);
    await yieldToOthers();
  }
  return { created, analysis, duplicatesSkipped: analysis.rows.filter((row) => row.status === 'duplicate' && !confirmed(row)).length };
}
