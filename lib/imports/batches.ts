import 'server-only';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import {
  accompaniments,
  accompanimentTransfers,
  actionPlanItems,
  consentEvents,
  hires,
  idempotencyKeys,
  importBatches,
  importedRows,
  interventions,
  personCorrections,
  persons,
  referrals,
  servicePoints,
  users,
} from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError } from '@/lib/errors';
import type { ColumnMapping } from './columns';
import { fileSha256 } from './fingerprint';
import { analysePersons, commitPersons, type DuplicateConfirmation } from './persons';
import type { ImportProgress } from './progress';

// A batch: one committed import, one audited event, undoable for a week by its importer while nothing has
// been added to its files. Persons only for now; employer files use the same table (kind).

export const UNDO_DAYS = 7;

/**
 * The service point an import writes into: the importer's own. An agent imports persons, an adviser
 * employer files (lib/authz.ts); nobody imports into another service point.
 */
export function importServicePoint(user: SessionUser): string {
  if (!user.servicePointId) throw new RuleError('servicePointId', 'servicePointRequired');
  return user.servicePointId;
}

/** The preview: the file judged, nothing written but the audit row of what was shown (duplicates name files). */
export async function previewPersonsImport(db: Db, user: SessionUser, bytes: Uint8Array, mapping?: ColumnMapping, progress?: ImportProgress) {
  const servicePointId = importServicePoint(user);
  const analysis = await analysePersons(db, user, servicePointId, bytes, mapping, progress);
  await recordAuditEvent(db, {
    action: 'import.previewed',
    actorId: user.id,
    entityType: 'service_point',
    entityId: servicePointId,
    details: { kind: 'persons', fileSha256: fileSha256(bytes), ...analysis.counts },
  });
  return analysis;
}

/**
 * The commit: in one transaction, the batch, every created file with its fingerprint, and the batch's audit
 * event. Imports into one service point take turns (an advisory lock), so two uploads of one file at once
 * cannot both create its rows.
 */
export async function commitPersonsImport(
  db: Db,
  user: SessionUser,
  input: { fileName: string; bytes: Uint8Array; mapping?: ColumnMapping; confirmation: DuplicateConfirmation },
  progress?: ImportProgress,
) {
  const servicePointId = importServicePoint(user);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${servicePointId}`}))`);
    const [batch] = await tx
      .insert(importBatches)
      .values({ kind: 'persons', importerId: user.id, servicePointId, fileName: input.fileName, fileSha256: fileSha256(input.bytes), rowsRead: 0, created: 0, rejected: 0, duplicatesSkipped: 0, alreadyImported: 0 })
      .returning({ id: importBatches.id });
    const result = await commitPersons(tx, user, servicePointId, batch!.id, input.bytes, input.mapping, input.confirmation, progress);
    const counts = {
      rowsRead: result.analysis.counts.rows,
      created: result.created.length,
      rejected: result.analysis.counts.invalid,
      duplicatesSkipped: result.duplicatesSkipped,
      alreadyImported: result.analysis.counts.alreadyImported,
    };
    await tx.update(importBatches).set(counts).where(eq(importBatches.id, batch!.id));
    await recordAuditEvent(tx, { action: 'import.committed', actorId: user.id, entityType: 'import_batch', entityId: batch!.id, details: { kind: 'persons', servicePointId, ...counts } });
    return { batchId: batch!.id, counts, analysis: result.analysis };
  });
}

/** The batches of the importer's service point, latest first (counts and file names, no personal data). */
export async function listBatches(db: Db, user: SessionUser, kind: ImportKind) {
  if (!user.servicePointId) return [];
  return db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      status: importBatches.status,
      committedAt: importBatches.committedAt,
      undoneAt: importBatches.undoneAt,
      importer: users.displayName,
      importerId: importBatches.importerId,
      rowsRead: importBatches.rowsRead,
      created: importBatches.created,
      rejected: importBatches.rejected,
      duplicatesSkipped: importBatches.duplicatesSkipped,
      alreadyImported: importBatches.alreadyImported,
    })
    .from(importBatches)
    .innerJoin(users, eq(users.id, importBatches.importerId))
    .where(and(eq(importBatches.kind, kind), eq(importBatches.servicePointId, user.servicePointId)))
    .orderBy(desc(importBatches.committedAt))
    .limit(50);
}

/** Whether a batch can still be undone now: committed, by this user, less than UNDO_DAYS ago. */
export function undoable(batch: { status: string; committedAt: Date; importerId: string }, user: SessionUser, now = new Date()): boolean {
  return batch.status === 'committed' && batch.importerId === user.id && now.getTime() - batch.committedAt.getTime() < UNDO_DAYS * 86_400_000;
}

async function count(tx: Tx, query: Promise<{ n: number }[]>): Promise<number> {
  void tx;
  return (await query)[0]?.n ?? 0;
}

/**
 * Undoes a batch in one transaction: its persons, their accompaniments and consent history go, its
 * fingerprints are freed, the batch is marked undone and audited. Refused (nothing deleted) when anything
 * was added to or changed in its files since: an intervention, a plan item, a referral, a transfer, a hire,
 * another follow-up, a correction, any edit (version).
 */
export async function undoBatch(db: Db, user: SessionUser, batchId: string) {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .select()
      .from(importBatches)
      .where(and(eq(importBatches.id, batchId), user.servicePointId ? eq(importBatches.servicePointId, user.servicePointId) : sql`false`))
      .for('update');
    if (!batch || batch.importerId !== user.id) {
      await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'import_batch', entityId: batchId });
      throw new NotFoundError('import_batch');
    }
    if (batch.status !== 'committed') throw new RuleError('batchId', 'batchAlreadyUndone');
    if (!undoable(batch, user)) throw new RuleError('batchId', 'batchTooOld');
    const rows = await tx.select({ personId: importedRows.entityId }).from(importedRows).where(eq(importedRows.batchId, batchId));
    const personIds = rows.map((row) => row.personId);
    if (personIds.length > 0) {
      const followUps = await tx.select({ id: accompaniments.id, version: accompaniments.version }).from(accompaniments).where(inArray(accompaniments.personId, personIds));
      const followUpIds = followUps.map((row) => row.id);
      const n = sql<number>`count(*)::int`;
      const changed =
        followUps.length !== personIds.length ||
        followUps.some((row) => row.version !== 1) ||
        (await count(tx, tx.select({ n }).from(persons).where(and(inArray(persons.id, personIds), or(sql`${persons.version} <> 1`, sql`${persons.anonymizedAt} is not null`))))) > 0 ||
        (await count(tx, tx.select({ n }).from(interventions).where(inArray(interventions.accompanimentId, followUpIds)))) > 0 ||
        (await count(tx, tx.select({ n }).from(actionPlanItems).where(inArray(actionPlanItems.accompanimentId, followUpIds)))) > 0 ||
        (await count(tx, tx.select({ n }).from(referrals).where(inArray(referrals.accompanimentId, followUpIds)))) > 0 ||
        (await count(tx, tx.select({ n }).from(accompanimentTransfers).where(inArray(accompanimentTransfers.accompanimentId, followUpIds)))) > 0 ||
        (await count(tx, tx.select({ n }).from(hires).where(inArray(hires.personId, personIds)))) > 0 ||
        (await count(tx, tx.select({ n }).from(personCorrections).where(inArray(personCorrections.personId, personIds)))) > 0;
      if (changed) throw new RuleError('batchId', 'batchChanged');
      await tx.delete(consentEvents).where(inArray(consentEvents.personId, personIds));
      await tx.delete(accompaniments).where(inArray(accompaniments.personId, personIds));
      await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, batch.importerId), inArray(idempotencyKeys.resultId, personIds)));
      await tx.delete(importedRows).where(eq(importedRows.batchId, batchId));
      await tx.delete(persons).where(inArray(persons.id, personIds));
    }
    await tx.update(importBatches).set({ status: 'undone', undoneAt: new Date(), undoneById: user.id }).where(eq(importBatches.id, batchId));
    await recordAuditEvent(tx, { action: 'import.undone', actorId: user.id, entityType: 'import_batch', entityId: batchId, details: { kind: batch.kind, personsDeleted: personIds.length } });
    return { id: batchId, deleted: personIds.length };
  });
}

/** The service point's name, for the page's heading. */
export async function servicePointName(db: Db, id: string) {
  const [row] = await db.select({ name: servicePoints.name }).from(servicePoints).where(eq(servicePoints.id, id));
  return row?.name ?? null;
}
