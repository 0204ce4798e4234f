import type { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import type { SessionUser } from '@/lib/auth/current-user';
import type { RowIssue } from './analyse';
import type { ImportColumn } from './columns';

// What makes one kind of import (persons, employer files) differ from another: its columns, the form's
// schema that judges a row, the duplicate rule, the write that creates a row's files and the undo that
// removes them. Reading, mapping, limits, fingerprints, progress and batches are shared (analysis.ts,
// batches.ts) and know nothing of persons or businesses.

/** Where an import writes and who follows what it creates (lib/imports/target.ts). */
export interface ImportTarget {
  servicePointId: string;
  regionCode: string;
  /** The agent or adviser who follows the created files: the importer, or the one an admin chose. */
  followerId: string;
  /** Named by an admin: the preview describes no existing file, it only says that one exists. */
  named: boolean;
}

/** A row that may repeat a file already kept, or an earlier row of the same file. */
export interface RowDuplicate {
  /** Files the importer may open that match, each described in one line. */
  existing: { id: string; label: string }[];
  /** A match exists that the importer may not see: said, never described. */
  elsewhere: boolean;
  /** An earlier row of the file that matches. */
  sameAsRow: number | null;
}

export interface AnalysedRow<Input> {
  row: number;
  cells: string[];
  /** What the row is about (a person's name, a business's), for the preview's list. */
  name: string;
  status: 'valid' | 'invalid' | 'duplicate' | 'alreadyImported';
  issues: RowIssue[];
  duplicate?: RowDuplicate;
  fingerprint?: string;
  input?: Input;
}

/** What one created row leaves behind: its file, and a second record it created with it (a business). */
export interface CreatedEntity {
  entityId: string;
  childId?: string | null;
}

export interface ImportKindDefinition<Input> {
  kind: ImportKind;
  /** The template's and the reader's columns; those of employer files list the region's MRCs. */
  columns(db: DbOrTx, target: Pick<ImportTarget, 'regionCode'> | null): Promise<readonly ImportColumn[]>;
  /** The form's schema on a row's values, completed as the form would be (the follower, a fresh key). */
  parse(values: Record<string, unknown>, target: ImportTarget): z.ZodSafeParseResult<Input>;
  /** The row's own values, without what the importer or the upload adds: what its fingerprint hashes. */
  identity(input: Input): Record<string, unknown>;
  rowName(values: Record<string, unknown>): string;
  /**
   * The kind's duplicate rule and the rules that need the database (a row naming a record of another
   * region, a second open file): sets `status`, `issues` and `duplicate` of the rows still valid.
   */
  markDuplicates(db: DbOrTx, user: SessionUser, target: ImportTarget, rows: AnalysedRow<Input>[], issue: (row: AnalysedRow<Input>, field: string, code: string) => RowIssue): Promise<void>;
  /** Creates the rows' files in the caller's transaction, through the form's own write and audit entries. */
  create(tx: Tx, user: SessionUser, target: ImportTarget, batchId: string, rows: { input: Input; confirmedDuplicate: boolean }[]): Promise<CreatedEntity[]>;
  /** Deletes what a batch created, or throws RuleError('batchId', 'batchChanged') when any of it changed since. */
  undo(tx: Tx, batch: { id: string; importerId: string }, created: CreatedEntity[]): Promise<void>;
}
