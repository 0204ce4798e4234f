import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import { importBatches, importedRows, servicePoints, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { NotFoundError, RuleError } from '@/lib/errors';
import { analyseImport, commitRows, type DuplicateConfirmation } from './analysis';
import type { ColumnMapping } from './columns';
import { employerFilesImport } from './employer-files';
import { fileSha256 } from './fingerprint';
import type { ImportKindDefinition } from './kind';
import { personsImport } from './persons';
import type { ImportProgress } from './progress';
import { canImport, resolveImportTarget, type RequestedTarget } from './target';

// A batch: one committed import, one audited event (who, when, which file, into which service point, the
// counts), undoable for a week by its importer or an admin while nothing has been added to its files.
// The same for every kind: the kind's definition (persons.ts, employer-files.ts) does what differs.

export const UNDO_DAYS = 7;

export const IMPORT_KIND_DEFINITIONS: { [Kind in ImportKind]: ImportKindDefinition<never> } = {
  persons: personsImport as ImportKindDefinition<never>,
  employer_files: employerFilesImport as ImportKindDefinition<never>,
};

/** The preview: the file judged, nothing written but the audit row of what was shown (duplicates name files). */
export async function previewImport(db: Db, user: SessionUser, kind: ImportKind, requested: RequestedTarget, bytes: Uint8Array, mapping?: ColumnMapping, progress?: ImportProgress) {
  const target = await resolveImportTarget(db, user, kind, requested);
  const analysis = await analyseImport(db, user, IMPORT_KIND_DEFINITIONS[kind], target, bytes, mapping, progress);
  await recordAuditEvent(db, {
    action: 'import.previewed',
    actorId: user.id,
    entityType: 'service_point',
    entityId: target.servicePointId,
    details: { kind, fileSha256: fileSha256(bytes), followerId: target.followerId, ...analysis.counts },
  });
  return { analysis, target };
}

/**
 * The commit: in one transaction, the batch, every created file with its fingerprint, and the batch's audit
 * event. Imports into one service point take turns (an advisory lock), so two uploads of one file at once
 * cannot both create its rows.
 */
export async function commitImport(
  db: Db,
  user: SessionUser,
  kind: ImportKind,
  requested: RequestedTarget,
  input: { fileName: string; bytes: Uint8Array; mapping?: ColumnMapping; confirmation: DuplicateConfirmation },
  progress?: ImportProgress,
) {
  const target = await resolveImportTarget(db, user, kind, requested);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${target.servicePointId}`}))`);
    const [batch] = await tx
      .insert(importBatches)
      .values({ kind, importerId: user.id, servicePointId: target.servicePointId, fileName: input.fileName, fileSha256: fileSha256(input.bytes), rowsRead: 0, created: 0, rejected: 0, duplicatesSkipped: 0, alreadyImported: 0 })
      .returning({ id: importBatches.id });
    const result = await commitRows(tx, user, IMPORT_KIND_DEFINITIONS[kind], target, batch!.id, input, progress);
    const counts = {
      rowsRead: result.analysis.counts.rows,
      created: result.created.length,
      rejected: result.analysis.counts.invalid,
      duplicatesSkipped: result.duplicatesSkipped,
      alreadyImported: result.analysis.counts.alreadyImported,
    };
    await tx.update(importBatches).set(counts).where(eq(importBatches.id, batch!.id));
    // The importer (an admin, when named) and the target service point: who put what where.
    await recordAuditEvent(tx, {
      action: 'import.committed',
      actorId: user.id,
      entityType: 'import_batch',
      entityId: batch!.id,
      details: { kind, servicePointId: target.servicePointId, followerId: target.followerId, namedByAdmin: target.named, ...counts },
    });
    return { batchId: batch!.id, counts, analysis: result.analysis };
  });
}

/**
 * The batches of a kind the user may see, latest first (counts and file names, no personal data): those of
 * the importer's service point, or for an admin those of every service point.
 */
export async function listBatches(db: Db, user: SessionUser, kind: ImportKind) {
  const anyPoint = can(user.role, 'import:any-service-point');
  if (!anyPoint && !user.servicePointId) return [];
  return db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      status: importBatches.status,
      committedAt: importBatches.committedAt,
      undoneAt: importBatches.undoneAt,
      importer: users.displayName,
      importerId: importBatches.importerId,
      servicePoint: servicePoints.name,
      rowsRead: importBatches.rowsRead,
      created: importBatches.created,
      rejected: importBatches.rejected,
      duplicatesSkipped: importBatches.duplicatesSkipped,
      alreadyImported: importBatches.alreadyImported,
    })
    .from(importBatches)
    .innerJoin(users, eq(users.id, importBatches.importerId))
    .innerJoin(servicePoints, eq(servicePoints.id, importBatches.servicePointId))
    .where(and(eq(importBatches.kind, kind), anyPoint ? undefined : eq(importBatches.servicePointId, user.servicePointId!)))
    .orderBy(desc(importBatches.committedAt))
    .limit(50);
}

/** Whether a batch can still be undone now: committed, by this user or an admin, less than UNDO_DAYS ago. */
export function undoable(batch: { status: string; committedAt: Date; importerId: string }, user: SessionUser, now = new Date()): boolean {
  const mayUndo = batch.importerId === user.id || can(user.role, 'import:any-service-point');
  return batch.status === 'committed' && mayUndo && now.getTime() - batch.committedAt.getTime() < UNDO_DAYS * 86_400_000;
}

/**
 * Undoes a batch in one transaction: what its rows created goes (the kind's undo), its fingerprints are freed,
 * the batch is marked undone and audited. Refused (nothing deleted) when anything was added to or changed in
 * its files since. Another user's batch, or one of a kind the user does not import, is "not found".
 */
export async function undoBatch(db: Db, user: SessionUser, batchId: string) {
  return db.transaction(async (tx) => {
    const anyPoint = can(user.role, 'import:any-service-point');
    const [batch] = await tx
      .select()
      .from(importBatches)
      .where(and(eq(importBatches.id, batchId), anyPoint ? undefined : user.servicePointId ? eq(importBatches.servicePointId, user.servicePointId) : sql`false`))
      .for('update');
    if (!batch || !canImport(user, batch.kind) || (batch.importerId !== user.id && !anyPoint)) {
      await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'import_batch', entityId: batchId });
      throw new NotFoundError('import_batch');
    }
    if (batch.status !== 'committed') throw new RuleError('batchId', 'batchAlreadyUndone');
    if (!undoable(batch, user)) throw new RuleError('batchId', 'batchTooOld');
    const created = await tx.select({ entityId: importedRows.entityId, childId: importedRows.childId }).from(importedRows).where(eq(importedRows.batchId, batchId));
    await tx.delete(importedRows).where(eq(importedRows.batchId, batchId));
    await IMPORT_KIND_DEFINITIONS[batch.kind].undo(tx, batch, created);
    await tx.update(importBatches).set({ status: 'undone', undoneAt: new Date(), undoneById: user.id }).where(eq(importBatches.id, batchId));
    await recordAuditEvent(tx, { action: 'import.undone', actorId: user.id, entityType: 'import_batch', entityId: batchId, details: { kind: batch.kind, deleted: created.length } });
    return { id: batchId, deleted: created.length };
  });
}

/** The service point's name, for the page's heading. */
export async function servicePointName(db: Db, id: string) {
  const [row] = await db.select({ name: servicePoints.name }).from(servicePoints).where(eq(servicePoints.id, id));
  return row?.name ?? null;
}
