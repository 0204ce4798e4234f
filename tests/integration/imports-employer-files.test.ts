import { and, count, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedActions from '@/app/(app)/imports/actions';
import type { Db } from '@/db/client';
import { auditEvents, businesses, employerFiles, hiringNeeds, importBatches, importedRows, mrcs, servicePoints, users } from '@/db/schema';
import { getBilanReport } from '@/lib/bilan/queries';
import { getEmployerFile } from '@/lib/employers/file';
import { countBusinessesAccompanied, headlineMetrics } from '@/lib/metrics/counts';
import { getCurrentUser } from '@/lib/auth/current-user';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';
import { csvFile, importForm as form } from '../helpers/import-files';

// The employer-files import end to end through its actions, as the browser posts them: an adviser into
// their own service point, an admin into one they name. The duplicate rule is lib/imports/employer-files.ts's.
type Result = { ok: boolean; data?: never; error?: string; fieldErrors?: Record<string, string> };
const actions = typedActions as unknown as Record<keyof typeof typedActions, (raw: unknown) => Promise<Result>>;

let db: Db;
const ADVISER = 'conseil.valdor@passerelle.test';
const OTHER_ADVISER = 'conseil.rouyn@passerelle.test';
const ADMIN = 'admin@passerelle.test';
const PERIOD = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
/** A business of region 08 whose files are all closed, and one with a file still open. */
let closedOnly: { legalName: string; neq: string; mrc: string; id: string };
let withOpenFile: { legalName: string; neq: string; mrc: string; id: string };

const HEADER = ['Raison sociale', 'NEQ', 'Secteur SCIAN', 'MRC', 'Municipalité', 'Ouverture du dossier', 'Personne-ressource', 'Bassins de recrutement', 'Courriel de la personne-ressource'];

const csvOf = (rows: string[][], header = HEADER) => csvFile(header, rows);


/**
 * Three good rows (two opened in the report's period, one after it), a row with an error in every kind of
 * cell, a second row with row 2's NEQ, a row with row 2's name in its MRC, a kept business's NEQ (no open
 * file), a kept business's name with a new NEQ, and the NEQ of a business whose file is open.
 */
function sampleRows(): string[][] {
  return [
    ['Import Boulangerie Alpha inc.', '8800000001', '31', 'Abitibi', 'Amos', '2019-10-01', 'Julie Alpha', 'Recrutement international', ''],
    ['Import Garage Bêta', '880-000-0002', '23', 'La Vallée-de-l’Or', 'Val-d’Or', '43800', 'Marc Bêta', '', 'Marc@Beta.test'],
    ['Import Scierie Gamma', '8800000003', '11', 'Rouyn-Noranda', 'Rouyn-Noranda', '2020-06-01', 'Paul Gamma', 'Mobilité interrégionale', ''],
    ['Import Erreur', '12345', '99', 'Gatineau', '', '2019-13-01', '', 'Téléportation', 'pas-un-courriel'],
    ['Import Autre Nom', '8800000001', '31', 'Abitibi', 'Amos', '2019-10-01', 'Jean Autre', '', ''],
    ['IMPORT BOULANGERIE ALPHA INC', '8800000007', '31', 'Abitibi', 'Amos', '2019-10-02', 'Julie Alpha', '', ''],
    ['Nom changé', closedOnly.neq, '31', closedOnly.mrc, 'Amos', '2019-11-01', 'Reprise', '', ''],
    [withOpenFile.legalName, '8800000009', '31', withOpenFile.mrc, 'Amos', '2019-11-01', 'Homonyme', '', ''],
    ['Doublon ouvert', withOpenFile.neq, '31', withOpenFile.mrc, 'Amos', '2019-11-01', 'Ouvert', '', ''],
  ];
}

async function figures() {
  const bilan = await getBilanReport(db, PERIOD);
  return { live: await countBusinessesAccompanied(db, PERIOD), kept: (await headlineMetrics(db, PERIOD)).businessesAccompanied, bilan: bilan.figures.businessesAccompanied };
}

const importedBusinesses = () => db.select({ id: businesses.id, legalName: businesses.legalName }).from(businesses).where(like(businesses.neq, '88000000%'));

async function keptBusiness(openFile: boolean) {
  const open = sql`exists (select 1 from employer_files f where f.business_id = ${businesses.id} and f.status = 'open')`;
  const [row] = await db
    .select({ id: businesses.id, legalName: businesses.legalName, neq: businesses.neq, mrc: mrcs.name })
    .from(businesses)
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .where(and(eq(mrcs.regionCode, '08'), openFile ? open : sql`not ${open}`, sql`exists (select 1 from employer_files f where f.business_id = ${businesses.id})`))
    .limit(1);
  return row!;
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  closedOnly = await keptBusiness(false);
  withOpenFile = await keptBusiness(true);
});
afterAll(closeTestDatabase);

type Preview = { stage: string; preview: { counts: Record<string, number>; problems: { row: number; name: string; status: string; issues: { column: string; field: string; value: string; code: string }[]; duplicate?: { existing: { label: string }[]; elsewhere: boolean; sameAsRow: number | null } }[] } };

describe('preview', () => {
  it('reads a semicolon CSV with the template’s French headers and lists row errors, duplicates in the file and against the kept businesses', async () => {
    await actAs(db, ADVISER);
    const result = (await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows()), 'employeurs.csv'))) as unknown as { ok: boolean; data: Preview };
    expect(result.ok).toBe(true);
    const { preview } = result.data;
    expect(preview.counts).toEqual({ rows: 9, valid: 3, invalid: 3, duplicates: 3, alreadyImported: 0 });
    const problem = (row: number) => preview.problems.find((candidate) => candidate.row === row)!;
    expect(problem(5).issues).toEqual(
      expect.arrayContaining([
        { column: 'NEQ', field: 'neq', value: '12345', code: 'invalidNeq' },
        { column: 'Secteur SCIAN', field: 'naicsSector', value: '99', code: 'invalid' },
        { column: 'MRC', field: 'mrcId', value: 'Gatineau', code: 'invalid' },
        { column: 'Municipalité', field: 'city', value: '', code: 'required' },
        { column: 'Ouverture du dossier', field: 'openedOn', value: '2019-13-01', code: 'invalidDate' },
        { column: 'Personne-ressource', field: 'contactName', value: '', code: 'required' },
        { column: 'Bassins de recrutement', field: 'recruitmentChannels', value: 'Téléportation', code: 'invalid' },
        { column: 'Courriel de la personne-ressource', field: 'contactEmail', value: 'pas-un-courriel', code: 'email' },
      ]),
    );
    expect(problem(6)).toMatchObject({ status: 'invalid', issues: [{ field: 'neq', code: 'neqRepeated' }] });
    expect(problem(7)).toMatchObject({ status: 'duplicate', duplicate: { sameAsRow: 2, existing: [], elsewhere: false } });
    // The adviser's region holds the kept businesses: they are described.
    expect(problem(8)).toMatchObject({ status: 'duplicate', duplicate: { existing: [{ label: expect.stringContaining(closedOnly.neq) }], elsewhere: false } });
    expect(problem(9)).toMatchObject({ status: 'duplicate', duplicate: { existing: [{ label: expect.stringContaining(withOpenFile.legalName) }] } });
    expect(problem(10)).toMatchObject({ status: 'invalid', issues: [{ field: 'neq', code: 'employerFileAlreadyOpen' }] });
    expect(await importedBusinesses()).toHaveLength(0);
  });

  it('asks for the mapping when a required column is not recognized', async () => {
    await actAs(db, ADVISER);
    const header = HEADER.map((name) => (name === 'NEQ' ? 'Numéro maison' : name));
    const result = (await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows().slice(0, 1), header), 'x.csv'))) as unknown as { data: { stage: string; missing: string[]; headers: string[] } };
    expect(result.data).toMatchObject({ stage: 'mapping', missing: ['neq'] });
    const mapping = await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows().slice(0, 1), header), 'x.csv', { mapping: JSON.stringify({ legalName: 0, neq: 1, naicsSector: 2, mrcId: 3, city: 4, openedOn: 5, contactName: 6 }) }));
    expect((mapping as unknown as { data: Preview }).data.preview.counts).toMatchObject({ rows: 1, valid: 1 });
  });
});

describe('commit, re-import, undo', () => {
  let batchId: string;
  let before: Awaited<ReturnType<typeof figures>>;

  it('creates the valid rows only, each with its business, in one audited batch, and moves the period’s businesses (live, kept spans, bilan) by exactly two', async () => {
    before = await figures();
    await actAs(db, ADVISER);
    const result = (await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'employeurs.csv'))) as unknown as { ok: boolean; data: { batchId: string; counts: Record<string, number>; rejectedCsv: string } };
    expect(result.ok).toBe(true);
    batchId = result.data.batchId;
    expect(result.data.counts).toEqual({ rowsRead: 9, created: 3, rejected: 3, duplicatesSkipped: 3, alreadyImported: 0 });
    // Rows 2 and 3 were opened in the period (row 3 by the Excel serial 43800, 2019-12-01); row 4 after it.
    expect(await figures()).toEqual({ live: before.live + 2, kept: before.kept + 2, bilan: before.bilan + 2 });
    const created = await importedBusinesses();
    expect(created.map((row) => row.legalName).sort()).toEqual(['Import Boulangerie Alpha inc.', 'Import Garage Bêta', 'Import Scierie Gamma']);
    const [adviser] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, ADVISER));
    const files = await db.select().from(employerFiles).innerJoin(importedRows, eq(importedRows.entityId, employerFiles.id)).where(eq(importedRows.batchId, batchId));
    expect(files).toHaveLength(3);
    for (const { employer_files: file } of files) expect(file).toMatchObject({ adviserId: adviser!.id, servicePointId: adviser!.servicePointId, status: 'open' });
    expect(files.find((row) => row.imported_rows.rowNumber === 3)!.employer_files).toMatchObject({ openedOn: '2019-12-01', contactEmail: 'marc@beta.test' });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'import.committed'), eq(auditEvents.entityId, batchId)));
    expect(event!.details).toMatchObject({ kind: 'employer_files', servicePointId: adviser!.servicePointId, created: 3, rejected: 3 });
    // Each file and business went through the form's audit entries, naming the batch.
    const opened = await db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, 'employer_file.opened'), sql`${auditEvents.details}->>'importBatchId' = ${batchId}`));
    expect(opened[0]!.n).toBe(3);
    const lines = result.data.rejectedCsv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.startsWith('Ligne,Raison sociale,NEQ,')).toBe(true);
    expect(lines.find((line) => line.startsWith('6,'))).toContain('Ce NEQ figure déjà sur une ligne précédente du fichier');
    expect(lines.find((line) => line.startsWith('10,'))).toContain('Un dossier est déjà ouvert pour cette entreprise.');
  });

  it('creates nothing when the same file is imported again', async () => {
    const middle = await figures();
    await actAs(db, ADVISER);
    const result = (await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'employeurs (2).csv'))) as unknown as { data: { counts: Record<string, number> } };
    expect(result.data.counts).toMatchObject({ created: 0, alreadyImported: 3 });
    expect(await importedBusinesses()).toHaveLength(3);
    expect(await figures()).toEqual(middle);
  });

  it('opens a new file for a kept business only when its row is confirmed, and its undo keeps the business', async () => {
    await actAs(db, ADVISER);
    const filesBefore = await db.select({ n: count() }).from(employerFiles).where(eq(employerFiles.businessId, closedOnly.id));
    const result = (await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'employeurs.csv', { confirmedRows: JSON.stringify([8]) }))) as unknown as { data: { batchId: string; counts: Record<string, number> } };
    expect(result.data.counts).toMatchObject({ created: 1, duplicatesSkipped: 2 });
    const filesAfter = await db.select({ n: count() }).from(employerFiles).where(eq(employerFiles.businessId, closedOnly.id));
    expect(filesAfter[0]!.n).toBe(filesBefore[0]!.n + 1);
    // The kept business's details stay as they were: the row's name is not written over them.
    const [business] = await db.select({ legalName: businesses.legalName }).from(businesses).where(eq(businesses.id, closedOnly.id));
    expect(business!.legalName).toBe(closedOnly.legalName);
    expect((await actions.undoImportBatchAction({ id: result.data.batchId })).ok).toBe(true);
    expect((await db.select({ n: count() }).from(employerFiles).where(eq(employerFiles.businessId, closedOnly.id)))[0]!.n).toBe(filesBefore[0]!.n);
    expect(await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.id, closedOnly.id))).toHaveLength(1);
  });

  it('refuses to undo another adviser’s batch, an agent’s undo, and a batch whose files changed since', async () => {
    await actAs(db, OTHER_ADVISER);
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, error: 'not_found' });
    await actAs(db, 'agent.valdor@passerelle.test');
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, error: 'not_found' });
    await actAs(db, ADVISER);
    const [row] = await db.select({ entityId: importedRows.entityId }).from(importedRows).where(eq(importedRows.batchId, batchId)).limit(1);
    const [need] = await db.insert(hiringNeeds).values({ employerFileId: row!.entityId, jobTitle: 'Boulangère', nocCode: '63202', positions: 1 }).returning();
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, fieldErrors: { batchId: 'batchChanged' } });
    expect(await importedBusinesses()).toHaveLength(3);
    await db.delete(hiringNeeds).where(eq(hiringNeeds.id, need!.id));
  });

  it('undoes the batch in one transaction: files and businesses gone, figures back, the same file importable again', async () => {
    await actAs(db, ADVISER);
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: true, data: { deleted: 3 } });
    expect(await importedBusinesses()).toHaveLength(0);
    expect(await figures()).toEqual(before);
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, fieldErrors: { batchId: 'batchAlreadyUndone' } });
    const again = (await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'employeurs.csv'))) as unknown as { data: { batchId: string; counts: Record<string, number> } };
    expect(again.data.counts.created).toBe(3);
    expect((await actions.undoImportBatchAction({ id: again.data.batchId })).ok).toBe(true);
  });
});

describe('who may import, and where', () => {
  it('refuses agents and managers the employer files, and advisers the persons', async () => {
    for (const email of ['agent.valdor@passerelle.test', 'direction@passerelle.test']) {
      await actAs(db, email);
      expect(await actions.previewEmployerFilesImportAction(form(csvOf([]), 'x.csv'))).toMatchObject({ ok: false, error: 'forbidden' });
      expect(await actions.commitEmployerFilesImportAction(form(csvOf([]), 'x.csv'))).toMatchObject({ ok: false, error: 'forbidden' });
    }
    await actAs(db, ADVISER);
    expect(await actions.commitPersonsImportAction(form(csvOf([]), 'x.csv'))).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('refuses an adviser naming another service point or another adviser, and writes nothing', async () => {
    await actAs(db, ADVISER);
    const [rouyn] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, OTHER_ADVISER));
    const batches = await db.select({ n: count() }).from(importBatches);
    expect(await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'x.csv', { servicePointId: rouyn!.servicePointId! }))).toMatchObject({ ok: false, fieldErrors: { servicePointId: 'notYours' } });
    expect(await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'x.csv', { followerId: rouyn!.id }))).toMatchObject({ ok: false, fieldErrors: { followerId: 'notYours' } });
    expect((await db.select({ n: count() }).from(importBatches))[0]!.n).toBe(batches[0]!.n);
    expect(await importedBusinesses()).toHaveLength(0);
  });

  it('lets an admin import into a named service point for one of its advisers: the preview describes no kept business, the audit names the admin and the service point, and the admin cannot open the files', async () => {
    await actAs(db, ADMIN);
    const [rouyn] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, OTHER_ADVISER));
    const [valdorAdviser] = await db.select({ id: users.id }).from(users).where(eq(users.email, ADVISER));
    // Both are required, and the adviser must be of that service point.
    expect(await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows()), 'x.csv'))).toMatchObject({ ok: false, fieldErrors: { servicePointId: 'required' } });
    expect(await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows()), 'x.csv', { servicePointId: rouyn!.servicePointId! }))).toMatchObject({ ok: false, fieldErrors: { followerId: 'required' } });
    expect(await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows()), 'x.csv', { servicePointId: rouyn!.servicePointId!, followerId: valdorAdviser!.id }))).toMatchObject({ ok: false, fieldErrors: { followerId: 'invalid' } });
    const target = { servicePointId: rouyn!.servicePointId!, followerId: rouyn!.id };
    const preview = (await actions.previewEmployerFilesImportAction(form(csvOf(sampleRows()), 'x.csv', target))) as unknown as { data: Preview };
    expect(preview.data.preview.counts).toEqual({ rows: 9, valid: 3, invalid: 3, duplicates: 3, alreadyImported: 0 });
    for (const row of [8, 9]) expect(preview.data.preview.problems.find((problem) => problem.row === row)!.duplicate).toEqual({ existing: [], elsewhere: true, sameAsRow: null });
    // What the file does not hold is not shown: the kept business's name behind row 8's NEQ.
    expect(JSON.stringify(preview.data)).not.toContain(closedOnly.legalName);

    const before = await figures();
    const result = (await actions.commitEmployerFilesImportAction(form(csvOf(sampleRows()), 'admin.csv', target))) as unknown as { ok: boolean; data: { batchId: string; counts: Record<string, number> } };
    expect(result.data.counts).toMatchObject({ created: 3 });
    expect(await figures()).toEqual({ live: before.live + 2, kept: before.kept + 2, bilan: before.bilan + 2 });
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, result.data.batchId));
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, ADMIN));
    expect(batch).toMatchObject({ importerId: admin!.id, servicePointId: rouyn!.servicePointId });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'import.committed'), eq(auditEvents.entityId, result.data.batchId)));
    expect(event).toMatchObject({ actorId: admin!.id, details: { servicePointId: rouyn!.servicePointId, followerId: rouyn!.id, namedByAdmin: true } });
    const [created] = await db.select({ id: employerFiles.id, adviserId: employerFiles.adviserId, servicePointId: employerFiles.servicePointId }).from(employerFiles).innerJoin(importedRows, eq(importedRows.entityId, employerFiles.id)).where(eq(importedRows.batchId, result.data.batchId)).limit(1);
    expect(created).toMatchObject({ adviserId: rouyn!.id, servicePointId: rouyn!.servicePointId });
    expect(await getEmployerFile(db, (await getCurrentUser())!, created!.id)).toBeNull();
    // The Rouyn-Noranda adviser follows the files; the Val-d'Or adviser sees the batch nowhere to undo.
    await actAs(db, ADVISER);
    expect(await actions.undoImportBatchAction({ id: result.data.batchId })).toMatchObject({ ok: false, error: 'not_found' });
    await actAs(db, ADMIN);
    expect(await actions.undoImportBatchAction({ id: result.data.batchId })).toMatchObject({ ok: true, data: { deleted: 3 } });
    expect(await importedBusinesses()).toHaveLength(0);
  });

  it('lets an admin import persons into a named service point for one of its agents', async () => {
    await actAs(db, ADMIN);
    const [agent] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
    const header = ['Nom', 'Prénom', 'Date de naissance', 'Pays de naissance', 'Catégorie d’immigration', 'Consentement à la collecte', 'Besoins', 'Ouverture du dossier'];
    const rows = [['Import-Admin', 'Nour', '1991-01-01', 'LB', 'other', '2019-09-10', 'Emploi', '2019-09-10']];
    const result = (await actions.commitPersonsImportAction(form(csvOf(rows, header), 'personnes.csv', { servicePointId: agent!.servicePointId!, followerId: agent!.id }))) as unknown as { data: { batchId: string; counts: Record<string, number> } };
    expect(result.data.counts).toMatchObject({ created: 1 });
    const [batch] = await db.select({ servicePointId: importBatches.servicePointId }).from(importBatches).where(eq(importBatches.id, result.data.batchId));
    const [point] = await db.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.id, agent!.servicePointId!));
    expect(batch!.servicePointId).toBe(point!.id);
    expect((await actions.undoImportBatchAction({ id: result.data.batchId })).ok).toBe(true);
  });
});

describe('templates', () => {
  it('gives an xlsx whose first sheet imports as valid, and whose Colonnes sheet lists the region’s MRCs', async () => {
    const { GET } = await import('@/app/(app)/imports/employer-files/template/route');
    await actAs(db, ADVISER);
    const response = await GET(new Request('http://localhost/imports/employer-files/template?format=xlsx'));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { readSheet } = await import('read-excel-file/node');
    const described = (await readSheet(Buffer.from(bytes), 'Colonnes')) as unknown[][];
    expect(described).toContainEqual(['NEQ', 'Quebec enterprise number', 'Oui', 'Texte']);
    const mrc = String(described.find((row) => row[0] === 'MRC')![3]);
    expect(mrc).toContain('Abitibi-Ouest');
    expect(mrc).not.toContain('Gatineau');
    const preview = (await actions.previewEmployerFilesImportAction(form(bytes, 'modele.xlsx'))) as unknown as { data: Preview };
    expect(preview.data.preview.counts).toMatchObject({ rows: 1, valid: 1, invalid: 0 });
  });

  it('gives a CSV with the BOM and the French headers', async () => {
    const { GET } = await import('@/app/(app)/imports/employer-files/template/route');
    await actAs(db, ADVISER);
    const csv = new Uint8Array(await (await GET(new Request('http://localhost/imports/employer-files/template?format=csv'))).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv).startsWith('Raison sociale,NEQ,Secteur SCIAN,')).toBe(true);
  });
});
