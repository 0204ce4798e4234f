import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import { businessContacts, businesses, employerFiles, employerInteractions, hires, hiringNeeds, mrcs } from '@/db/schema';
import { recordAuditEvents } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { SIMILAR_BUSINESS_THRESHOLD } from '@/lib/employers/duplicates';
import { businessColumns, openedFileColumns } from '@/lib/employers/mutations';
import { newBusinessFileInput } from '@/lib/employers/schemas';
import { employerScope } from '@/lib/employers/scope';
import { RuleError } from '@/lib/errors';
import type { RowIssue } from './analyse';
import { employerFileColumns } from './employer-files-columns';
import type { AnalysedRow, ImportKindDefinition, ImportTarget } from './kind';
import { normalizeLabel } from './normalize';

// The employer-files import: each row is the opening form's "new business" mode (newBusinessFileInput),
// opened at the target service point and followed by the importer (or the adviser an admin chose).
//
// The duplicate rule is the form's, applied to every row:
// - an NEQ is one business (unique): a row whose NEQ is kept already is a suspected duplicate of that
//   business; confirmed, a new file is opened for it (its details are kept as they are, the row's ignored).
//   A row whose NEQ is a business of another region, or of a business with a file still open, is refused
//   with the form's own messages (neqTaken, employerFileAlreadyOpen): one open file per business.
// - a legal name close to a business of the same MRC (businesses.search_name, pg_trgm similarity at the
//   form's threshold) is a suspected duplicate, created as a new business only when confirmed;
// - in the file itself, a second row with an NEQ already given is refused (neqRepeated), and a second row
//   with the same legal name (accents, case, punctuation set aside) in the same MRC is a suspected duplicate.
// Businesses are described only to an importer whose scope holds them (employerScope); an admin is told
// that one exists, never which.

type NewFile = z.output<typeof newBusinessFileInput>;

const CHUNK = 500;

async function rowsOf<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

async function regionMrcs(db: DbOrTx, regionCode: string | null) {
  return db
    .select({ id: mrcs.id, name: mrcs.name })
    .from(mrcs)
    .where(regionCode ? eq(mrcs.regionCode, regionCode) : undefined)
    .orderBy(asc(mrcs.name));
}

const label = (business: { legalName: string; neq: string; city: string }) => `${business.legalName} (NEQ ${business.neq}, ${business.city})`;

function refuse(row: AnalysedRow<NewFile>, issue: RowIssue) {
  row.status = 'invalid';
  row.issues.push(issue);
  delete row.fingerprint;
}

async function markDuplicates(db: DbOrTx, user: SessionUser, target: ImportTarget, rows: AnalysedRow<NewFile>[], issue: (row: AnalysedRow<NewFile>, field: string, code: string) => RowIssue) {
  const reveal = (inScope: boolean) => inScope && !target.named;
  const live = () => rows.filter((row) => row.status === 'valid' && row.input);
  // The MRC list of the columns is the region's, but a cell may hold another MRC's id as text.
  const allowed = new Set((await regionMrcs(db, target.regionCode)).map((mrc) => mrc.id));
  for (const row of live()) if (!allowed.has(row.input!.mrcId)) refuse(row, issue(row, 'mrcId', 'invalid'));

  // In the file: an NEQ given twice would be two files of one business.
  const firstWithNeq = new Map<string, number>();
  for (const row of rows) {
    if (!row.input || row.status === 'invalid') continue;
    if (firstWithNeq.has(row.input.neq) && row.status === 'valid') refuse(row, issue(row, 'neq', 'neqRepeated'));
    else if (!firstWithNeq.has(row.input.neq)) firstWithNeq.set(row.input.neq, row.row);
  }

  // Against the businesses kept: the same NEQ.
  const neqs = [...new Set(live().map((row) => row.input!.neq))];
  const byNeq = new Map<string, { id: string; legalName: string; neq: string; city: string; regionCode: string; openFile: boolean; inScope: boolean }>();
  for (let start = 0; start < neqs.length; start += CHUNK) {
    const found = await db
      .select({
        id: businesses.id,
        legalName: businesses.legalName,
        neq: businesses.neq,
        city: businesses.city,
        regionCode: mrcs.regionCode,
        openFile: sql<boolean>`exists (select 1 from ${employerFiles} where ${employerFiles.businessId} = ${businesses.id} and ${employerFiles.status} = 'open')`.mapWith(Boolean),
        inScope: sql<boolean>`(${employerScope(db, user)})`.mapWith(Boolean),
      })
      .from(businesses)
      .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
      .where(inArray(businesses.neq, neqs.slice(start, start + CHUNK)));
    for (const business of found) byNeq.set(business.neq, business);
  }
  for (const row of live()) {
    const business = byNeq.get(row.input!.neq);
    if (!business) continue;
    if (business.regionCode !== target.regionCode) refuse(row, issue(row, 'neq', 'neqTaken'));
    else if (business.openFile) refuse(row, issue(row, 'neq', 'employerFileAlreadyOpen'));
    else {
      row.status = 'duplicate';
      row.duplicate = { existing: reveal(business.inScope) ? [{ id: business.id, label: label(business) }] : [], elsewhere: !reveal(business.inScope), sameAsRow: null };
    }
  }

  // Against the businesses kept: a close legal name in the same MRC, one statement per chunk of rows.
  const candidates = live();
  const similar = new Map<number, { id: string; legalName: string; neq: string; city: string; inScope: boolean }[]>();
  for (let start = 0; start < candidates.length; start += CHUNK) {
    const chunk = candidates.slice(start, start + CHUNK);
    const names = sql.join(chunk.map((row) => sql`${row.input!.legalName}`), sql`, `);
    const mrcIds = sql.join(chunk.map((row) => sql`${row.input!.mrcId}`), sql`, `);
    const wanted = sql`passerelle_normalize_name(r.name)`;
    const found = await db.transaction(async (tx) => {
      // The trigram index (`%`) prunes at the form's threshold (lib/employers/duplicates.ts); local to this transaction.
      await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILAR_BUSINESS_THRESHOLD)}, true)`);
      return rowsOf<{ idx: number; id: string; legal_name: string; neq: string; city: string; in_scope: boolean }>(
        tx,
        sql`select r.idx::int as idx, ${businesses.id} as id, ${businesses.legalName} as legal_name, ${businesses.neq} as neq, ${businesses.city} as city, (${employerScope(tx, user)}) as in_scope
            from unnest(array[${names}]::text[], array[${mrcIds}]::uuid[]) with ordinality as r(name, mrc_id, idx)
            join ${businesses} on ${businesses.mrcId} = r.mrc_id and ${businesses.searchName} % ${wanted} and similarity(${businesses.searchName}, ${wanted}) >= ${SIMILAR_BUSINESS_THRESHOLD}
            order by r.idx, similarity(${businesses.searchName}, ${wanted}) desc
            limit ${chunk.length * 10}`,
      );
    });
    for (const match of found) {
      const row = chunk[Number(match.idx) - 1]!;
      if (match.neq === row.input!.neq) continue;
      similar.set(row.row, [...(similar.get(row.row) ?? []), { id: match.id, legalName: match.legal_name, neq: match.neq, city: match.city, inScope: Boolean(match.in_scope) }]);
    }
  }
  const earlier = new Map<string, number>();
  for (const row of rows) {
    if (!row.input || row.status === 'invalid') continue;
    const key = `${row.input.mrcId} ${normalizeLabel(row.input.legalName)}`;
    const sameAsRow = earlier.get(key) ?? null;
    if (sameAsRow === null) earlier.set(key, row.row);
    if (row.status !== 'valid') continue;
    const matches = similar.get(row.row) ?? [];
    if (matches.length === 0 && sameAsRow === null) continue;
    row.status = 'duplicate';
    row.duplicate = {
      existing: matches.filter((match) => reveal(match.inScope)).map((match) => ({ id: match.id, label: label(match) })),
      elsewhere: matches.some((match) => !reveal(match.inScope)),
      sameAsRow,
    };
  }
}

/**
 * The files of a slice of rows, as openEmployerFile writes one: the business when it is new (a confirmed
 * row whose NEQ is kept opens its file for that business), the file, and the form's audit entries, each
 * naming the batch.
 */
async function create(tx: Tx, user: SessionUser, target: ImportTarget, batchId: string, rows: { input: NewFile; confirmedDuplicate: boolean }[]) {
  if (rows.length === 0) return [];
  const kept = await tx.select({ id: businesses.id, neq: businesses.neq }).from(businesses).where(inArray(businesses.neq, rows.map((row) => row.input.neq)));
  const keptByNeq = new Map(kept.map((business) => [business.neq, business.id]));
  // Judged again in this transaction (batches.ts holds the service point's lock): only a confirmed row may join a kept business.
  if (rows.some((row) => keptByNeq.has(row.input.neq) && !row.confirmedDuplicate)) throw new RuleError('file', 'changedSincePreview');
  const fresh = rows.filter((row) => !keptByNeq.has(row.input.neq));
  const inserted = fresh.length
    ? await tx
        .insert(businesses)
        .values(fresh.map(({ input }) => businessColumns(input)))
        .returning({ id: businesses.id, neq: businesses.neq })
    : [];
  const createdByNeq = new Map(inserted.map((business) => [business.neq, business.id]));
  const businessOf = (row: { input: NewFile }) => createdByNeq.get(row.input.neq) ?? keptByNeq.get(row.input.neq)!;
  const files = await tx
    .insert(employerFiles)
    .values(
      rows.map((row) => openedFileColumns(row.input, { businessId: businessOf(row), adviserId: target.followerId, servicePointId: target.servicePointId })),
    )
    .returning({ id: employerFiles.id });
  await recordAuditEvents(tx, [
    ...fresh.map((row) => ({
      action: 'business.created' as const,
      actorId: user.id,
      entityType: 'business',
      entityId: createdByNeq.get(row.input.neq)!,
      details: { mrcId: row.input.mrcId, naicsSector: row.input.naicsSector, duplicatesDismissed: row.confirmedDuplicate, importBatchId: batchId },
    })),
    ...rows.map((row, index) => ({
      action: 'employer_file.opened' as const,
      actorId: user.id,
      entityType: 'employer_file',
      entityId: files[index]!.id,
      details: { businessId: businessOf(row), channels: row.input.recruitmentChannels, importBatchId: batchId },
    })),
  ]);
  return rows.map((row, index) => ({ entityId: files[index]!.id, childId: createdByNeq.get(row.input.neq) ?? null }));
}

async function none(query: Promise<unknown[]>): Promise<boolean> {
  return (await query).length === 0;
}

/**
 * A batch's files go, and the businesses it created, unless anything was added or changed since: an edit
 * or a closure (version), a need, an interaction, a hire, a reopening; for its businesses an edit, a
 * contact, another file.
 */
async function undo(tx: Tx, _batch: { id: string }, created: { entityId: string; childId?: string | null }[]) {
  const fileIds = created.map((row) => row.entityId);
  const businessIds = created.flatMap((row) => (row.childId ? [row.childId] : []));
  if (fileIds.length === 0) return;
  const unchanged =
    (await none(tx.select({ id: employerFiles.id }).from(employerFiles).where(and(inArray(employerFiles.id, fileIds), sql`${employerFiles.version} <> 1`)).limit(1))) &&
    (await none(tx.select({ id: hiringNeeds.id }).from(hiringNeeds).where(inArray(hiringNeeds.employerFileId, fileIds)).limit(1))) &&
    (await none(tx.select({ id: employerInteractions.id }).from(employerInteractions).where(inArray(employerInteractions.employerFileId, fileIds)).limit(1))) &&
    (await none(tx.select({ id: hires.id }).from(hires).where(inArray(hires.employerFileId, fileIds)).limit(1))) &&
    (await none(tx.select({ id: employerFiles.id }).from(employerFiles).where(inArray(employerFiles.reopenedFromId, fileIds)).limit(1))) &&
    (businessIds.length === 0 ||
      ((await none(tx.select({ id: businesses.id }).from(businesses).where(and(inArray(businesses.id, businessIds), sql`${businesses.version} <> 1`)).limit(1))) &&
        (await none(tx.select({ id: businessContacts.id }).from(businessContacts).where(inArray(businessContacts.businessId, businessIds)).limit(1))) &&
        (await none(tx.select({ id: employerFiles.id }).from(employerFiles).where(and(inArray(employerFiles.businessId, businessIds), notInArray(employerFiles.id, fileIds))).limit(1)))));
  if (!unchanged) throw new RuleError('batchId', 'batchChanged');
  await tx.delete(employerFiles).where(inArray(employerFiles.id, fileIds));
  if (businessIds.length > 0) await tx.delete(businesses).where(inArray(businesses.id, businessIds));
}

export const employerFilesImport: ImportKindDefinition<NewFile> = {
  kind: 'employer_files',
  columns: async (db, target) => employerFileColumns(await regionMrcs(db, target?.regionCode ?? null)),
  parse: (values) => newBusinessFileInput.safeParse({ recruitmentChannels: [], ...values, businessMode: 'new', idempotencyKey: randomUUID(), confirmedNotDuplicate: false }),
  identity: (input) => {
    const identity: Record<string, unknown> = { ...input };
    for (const field of ['businessMode', 'idempotencyKey', 'confirmedNotDuplicate']) delete identity[field];
    return identity;
  },
  rowName: (values) => (typeof values.legalName === 'string' ? values.legalName : ''),
  markDuplicates,
  create,
  undo,
};
