import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { IMPORT_BATCH_STATUSES, IMPORT_KINDS } from '../enums/imports';
import { id } from './columns';
import { servicePoints } from './reference';
import { users } from './staff';

export const importKind = pgEnum('import_kind', IMPORT_KINDS);
export const importBatchStatus = pgEnum('import_batch_status', IMPORT_BATCH_STATUSES);

/** One committed import of a spreadsheet: who, when, which file, into which service point, with its counts. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: id(),
    kind: importKind('kind').notNull(),
    importerId: uuid('importer_id')
      .notNull()
      .references(() => users.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    // The name the browser gave (no path), shown in the batch list; never parsed.
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: importBatchStatus('status').notNull().default('committed'),
    rowsRead: integer('rows_read').notNull(),
    created: integer('created').notNull(),
    rejected: integer('rejected').notNull(),
    duplicatesSkipped: integer('duplicates_skipped').notNull(),
    alreadyImported: integer('already_imported').notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneById: uuid('undone_by_id').references(() => users.id),
  },
  (t) => [index('import_batches_service_point_idx').on(t.servicePointId, t.committedAt)],
);

/**
 * What each imported row created, with the fingerprint of the source row: the same row imported again into
 * the same service point is found here and creates nothing (unique index). Undoing a batch deletes its rows
 * here with the files, so the same spreadsheet can then be imported afresh.
 */
export const importedRows = pgTable(
  'imported_rows',
  {
    id: id(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id),
    kind: importKind('kind').notNull(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    fingerprint: text('fingerprint').notNull(),
    rowNumber: integer('row_number').notNull(),
    // The person (and their accompaniment) or the employer file this row created.
    entityId: uuid('entity_id').notNull(),
    childId: uuid('child_id'),
  },
  (t) => [uniqueIndex('imported_rows_fingerprint_idx').on(t.kind, t.servicePointId, t.fingerprint), index('imported_rows_batch_idx').on(t.batchId), index('imported_rows_entity_idx').on(t.entityId)],
);

export type ImportBatch = typeof importBatches.$inferSelect;
