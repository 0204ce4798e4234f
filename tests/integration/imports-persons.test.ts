import { and, count, eq, inArray } from 'drizzle-orm';
import { zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedActions from '@/app/(app)/imports/actions';
import type { Db } from '@/db/client';
import { accompaniments, auditEvents, importBatches, importedRows, interventions, persons, servicePoints, users } from '@/db/schema';
import { getBilanReport } from '@/lib/bilan/queries';
import { countPersonsAccompanied, headlineMetrics } from '@/lib/metrics/counts';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';
import { csvFile, importForm as form } from '../helpers/import-files';

// The persons import end to end through its actions, as the browser posts them (FormData with the file).
const actions = typedActions as unknown as Record<keyof typeof typedActions, (raw: unknown) => Promise<{ ok: boolean; data?: never; error?: string; fieldErrors?: Record<string, string> }>>;

let db: Db;
const AGENT = 'agent.valdor@passerelle.test';
const OTHER_AGENT = 'agent.rouyn@passerelle.test';
const PERIOD = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
let existing: { firstName: string; lastName: string; birthDate: string };

const HEADER = ['Nom', 'Prénom', 'Date de naissance', 'Pays de naissance', 'Catégorie d’immigration', 'Consentement à la collecte', 'Besoins', 'Ouverture du dossier', 'Municipalité de résidence', 'Consentement à la communication'];

const csvOf = (rows: string[][], separator = ';', bom = true) => csvFile(HEADER, rows, { separator, bom });


/** Four good rows (three in the report's period, one opened after it), a bad one, a repeat of row 2's person, and an existing person. */
function sampleRows(): string[][] {
  return [
    ['Import-Nadeau', 'Amina', '1990-02-11', 'MA', 'Résidence permanente — immigration économique', '2019-09-10', 'Emploi, Francisation', '2019-09-10', '=HYPERLINK("http://x")', 'non'],
    ['Import-Okafor', 'Chidi', '1985-07-01', 'Nigeria', 'temporary_foreign_worker', '2019-10-02', 'Emploi', '43740', 'Val-d’Or', 'non'],
    ['Import-Pham', 'Linh', '1979-12-24', 'VN', 'International student', '2020-01-15', 'Santé', '2020-01-15', '', ''],
    ['Import-Rossi', 'Giulia', '1995-05-05', 'IT', 'other', '2020-06-01', 'Emploi', '2020-06-01', '', ''],
    ['Import-Erreur', 'Sans', '1988-13-40', 'ZZZ', 'pas une catégorie', '2019-09-10', 'Emploi', '2019-09-10', '', 'peut-être'],
    ['Nadeau Import', 'Amina', '1990-02-11', 'MA', 'other', '2019-09-12', 'Emploi', '2019-09-12', '', ''],
    [existing.lastName, existing.firstName, existing.birthDate, 'FR', 'other', '2019-09-12', 'Emploi', '2019-09-12', '', ''],
  ];
}

async function figures() {
  const bilan = await getBilanReport(db, PERIOD);
  return { live: await countPersonsAccompanied(db, PERIOD), kept: (await headlineMetrics(db, PERIOD)).personsAccompanied, bilan: bilan.figures.personsAccompanied };
}

async function personsNamed(prefix: string) {
  const rows = await db.select({ id: persons.id, lastName: persons.lastName, residenceMunicipality: persons.residenceMunicipality }).from(persons);
  return rows.filter((row) => row.lastName.startsWith(prefix) || row.lastName.endsWith(' Import'));
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  const [agent] = await db.select({ servicePointId: users.servicePointId }).from(users).where(eq(users.email, AGENT));
  const [person] = await db
    .select({ firstName: persons.firstName, lastName: persons.lastName, birthDate: persons.birthDate })
    .from(persons)
    .innerJoin(accompaniments, eq(accompaniments.personId, persons.id))
    .where(eq(accompaniments.servicePointId, agent!.servicePointId!))
    .limit(1);
  existing = person!;
});
afterAll(closeTestDatabase);

describe('preview', () => {
  it('reads a Quebec semicolon CSV with a BOM, matches the French headers, and lists each row error and each duplicate', async () => {
    await actAs(db, AGENT);
    const result = await actions.previewPersonsImportAction(form(csvOf(sampleRows()), 'suivis.csv'));
    expect(result.ok).toBe(true);
    const { stage, preview } = (result as unknown as { data: { stage: string; preview: { counts: Record<string, number>; problems: { row: number; status: string; issues: { column: string; field: string; value: string; code: string }[]; duplicate?: { existing: unknown[]; sameAsRow: number | null } }[] } } }).data;
    expect(stage).toBe("preview");
    expect(preview.counts).toEqual({ rows: 7, valid: 4, invalid: 1, duplicates: 2, alreadyImported: 0 });
    const bad = preview.problems.find((problem) => problem.row === 6)!;
    expect(bad.status).toBe('invalid');
    expect(bad.issues).toEqual(
      expect.arrayContaining([
        { column: 'Date de naissance', field: 'birthDate', value: '1988-13-40', code: 'invalidDate' },
        { column: 'Pays de naissance', field: 'countryOfBirth', value: 'ZZZ', code: 'invalid' },
        { column: 'Catégorie d’immigration', field: 'immigrationCategory', value: 'pas une catégorie', code: 'invalid' },
        { column: 'Consentement à la communication', field: 'sharingConsent', value: 'peut-être', code: 'invalidBoolean' },
      ]),
    );
    const sameAsRow = preview.problems.find((problem) => problem.row === 7)!;
    expect(sameAsRow).toMatchObject({ status: 'duplicate', duplicate: { sameAsRow: 2, existing: [] } });
    const ofExisting = preview.problems.find((problem) => problem.row === 8)!;
    expect(ofExisting.status).toBe('duplicate');
    expect(ofExisting.duplicate!.existing).toHaveLength(1);
    // The preview shows names of files in scope: it is audited; it writes nothing else.
    const [previewed] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'import.previewed'));
    expect(previewed!.n).toBe(1);
    expect(await personsNamed('Import-')).toHaveLength(0);
  });

  it('asks for the mapping when a required column is not recognized, then accepts the chosen one', async () => {
    await actAs(db, AGENT);
    const renamed = new TextEncoder().encode(new TextDecoder().decode(csvOf(sampleRows())).replace('Date de naissance', 'Né le'));
    const first = (await actions.previewPersonsImportAction(form(renamed, 'renamed.csv'))) as unknown as { data: { stage: string; missing: string[]; mapping: Record<string, number | null> } };
    expect(first.data).toMatchObject({ stage: 'mapping', missing: ['birthDate'] });
    const mapping = { ...first.data.mapping, birthDate: 2 };
    const second = (await actions.previewPersonsImportAction(form(renamed, 'renamed.csv', { mapping: JSON.stringify(mapping) }))) as unknown as { data: { stage: string; preview: { counts: { valid: number } } } };
    expect(second.data.stage).toBe('preview');
    expect(second.data.preview.counts.valid).toBe(4);
  });

  it('reads comma CSV without a BOM, headers in English with other accents and case', async () => {
    await actAs(db, AGENT);
    const text = 'LAST NAME,first name,Birth Date,Country of birth,Immigration category,Collection consent,Needs,File opened on\r\nImport-Comma,Zoé,1991-01-01,FR,other,2019-09-01,"Emploi, Santé",2019-09-01\r\n';
    const result = (await actions.previewPersonsImportAction(form(new TextEncoder().encode(text), 'comma.csv'))) as unknown as { data: { preview: { counts: { valid: number; invalid: number } } } };
    expect(result.data.preview.counts).toMatchObject({ valid: 1, invalid: 0 });
  });
});

describe('commit, re-import, undo', () => {
  let batchId: string;
  let before: Awaited<ReturnType<typeof figures>>;

  it('creates the valid rows only, in one batch, and moves the period figures (live, kept spans, bilan) by exactly three', async () => {
    before = await figures();
    await actAs(db, AGENT);
    const result = (await actions.commitPersonsImportAction(form(csvOf(sampleRows()), 'suivis.csv'))) as unknown as { ok: boolean; data: { batchId: string; counts: Record<string, number>; rejectedCsv: string } };
    expect(result.ok).toBe(true);
    batchId = result.data.batchId;
    expect(result.data.counts).toEqual({ rowsRead: 7, created: 4, rejected: 1, duplicatesSkipped: 2, alreadyImported: 0 });
    const after = await figures();
    // Rows 2, 3 and 4 were opened in the period (row 3's opening is the Excel serial 43740, 2019-10-02); row 5
    // after it, so it does not count (a follow-up opened before the period and still open would).
    expect(after).toEqual({ live: before.live + 3, kept: before.kept + 3, bilan: before.bilan + 3 });
    const created = await personsNamed('Import-');
    expect(created).toHaveLength(4);
    // A formula is text: stored as written, never evaluated.
    expect(created.find((row) => row.lastName === 'Import-Nadeau')!.residenceMunicipality).toBe('=HYPERLINK("http://x")');
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, batchId));
    expect(batch).toMatchObject({ kind: 'persons', fileName: 'suivis.csv', created: 4, rejected: 1, status: 'committed' });
    expect((await db.select().from(importedRows).where(eq(importedRows.batchId, batchId))).map((row) => row.rowNumber).sort()).toEqual([2, 3, 4, 5]);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'import.committed'), eq(auditEvents.entityId, batchId)));
    expect(event!.details).toMatchObject({ created: 4, rejected: 1 });
    // Each person went through the intake's own write and its audit entry.
    const registered = await db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, 'person.registered'), inArray(auditEvents.entityId, created.map((row) => row.id))));
    expect(registered[0]!.n).toBe(4);
  });

  it('gives the rejected rows as a CSV with the row number and the error in French, formulas neutralized', async () => {
    await actAs(db, AGENT);
    const rows = [['Import-Formule', '=1+2', '1988-13-40', 'FR', 'other', '2019-09-10', 'Emploi', '2019-09-10', '', '']];
    const result = (await actions.commitPersonsImportAction(form(csvOf(rows), 'formule.csv'))) as unknown as { data: { rejectedCsv: string; counts: { created: number } } };
    expect(result.data.counts.created).toBe(0);
    const lines = result.data.rejectedCsv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(['Ligne', ...HEADER, 'Erreurs'].map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','));
    expect(lines[1]).toContain("'=1+2");
    expect(lines[1]).toContain('Date de naissance « 1988-13-40 » : Entrez une date réelle au format AAAA-MM-JJ.');
  });

  it('creates nothing when the same file is imported again', async () => {
    const middle = await figures();
    await actAs(db, AGENT);
    const result = (await actions.commitPersonsImportAction(form(csvOf(sampleRows()), 'suivis (2).csv'))) as unknown as { data: { counts: Record<string, number> } };
    expect(result.data.counts).toMatchObject({ created: 0, alreadyImported: 4 });
    expect(await personsNamed('Import-')).toHaveLength(4);
    expect(await figures()).toEqual(middle);
  });

  it('creates a suspected duplicate only when the importer confirms its row', async () => {
    await actAs(db, AGENT);
    const result = (await actions.commitPersonsImportAction(form(csvOf(sampleRows()), 'suivis.csv', { confirmedRows: JSON.stringify([7]) }))) as unknown as { data: { batchId: string; counts: Record<string, number> } };
    expect(result.data.counts).toMatchObject({ created: 1, duplicatesSkipped: 1 });
    expect(await personsNamed('Nadeau Import')).toHaveLength(1);
    // Undone at once, so that the next tests see the first batch alone.
    expect((await actions.undoImportBatchAction({ id: result.data.batchId })).ok).toBe(true);
  });

  it('refuses to undo another agent’s batch, and a batch whose files changed since', async () => {
    await actAs(db, OTHER_AGENT);
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, error: 'not_found' });
    await actAs(db, AGENT);
    const [row] = await db.select({ entityId: importedRows.entityId }).from(importedRows).where(eq(importedRows.batchId, batchId)).limit(1);
    const [followUp] = await db.select({ id: accompaniments.id }).from(accompaniments).where(eq(accompaniments.personId, row!.entityId));
    const [author] = await db.select({ id: users.id }).from(users).where(eq(users.email, AGENT));
    const [added] = await db.insert(interventions).values({ accompanimentId: followUp!.id, authorId: author!.id, occurredOn: '2019-11-01', kind: 'follow_up' }).returning();
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, fieldErrors: { batchId: 'batchChanged' } });
    expect(await personsNamed('Import-')).toHaveLength(4);
    await db.delete(interventions).where(eq(interventions.id, added!.id));
  });

  it('undoes the batch in one transaction: files gone, figures back, the same file importable again', async () => {
    await actAs(db, AGENT);
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: true, data: { deleted: 4 } });
    expect(await personsNamed('Import-')).toHaveLength(0);
    expect(await figures()).toEqual(before);
    expect(await actions.undoImportBatchAction({ id: batchId })).toMatchObject({ ok: false, fieldErrors: { batchId: 'batchAlreadyUndone' } });
    const again = (await actions.commitPersonsImportAction(form(csvOf(sampleRows()), 'suivis.csv'))) as unknown as { data: { batchId: string; counts: Record<string, number> } };
    expect(again.data.counts.created).toBe(4);
    expect((await actions.undoImportBatchAction({ id: again.data.batchId })).ok).toBe(true);
  });
});

describe('xlsx', () => {
  it('reads a workbook: date cells, Excel serial numbers, numbers as text, formulas never evaluated', async () => {
    const cell = (value: string | number | Date | undefined, extra: object = {}) => (value === undefined ? null : { value, ...extra });
    const data = [
      HEADER.map((header) => cell(header)),
      ['Import-Xlsx', 'Kofi', new Date(Date.UTC(1992, 2, 3)), 'GH', 'other', 43720, 'Emploi', new Date(Date.UTC(2019, 8, 20)), 'Amos', 'non'].map((value) =>
        value instanceof Date ? cell(value, { type: Date, format: 'yyyy-mm-dd' }) : cell(value),
      ),
    ];
    const bytes = (await writeXlsxFile(data as never).toBuffer()) as Buffer;
    await actAs(db, AGENT);
    const result = (await actions.previewPersonsImportAction(form(new Uint8Array(bytes), 'suivis.xlsx'))) as unknown as { ok: boolean; data: { preview: { counts: Record<string, number>; problems: unknown[] } } };
    expect(result.ok).toBe(true);
    expect(result.data.preview.problems).toEqual([]);
    expect(result.data.preview.counts).toMatchObject({ rows: 1, valid: 1, invalid: 0 });
  });
});

describe('hostile files', () => {
  async function refusal(bytes: Uint8Array, name: string) {
    await actAs(db, AGENT);
    const before = await db.select({ n: count() }).from(importBatches);
    const result = await actions.commitPersonsImportAction(form(bytes, name));
    expect((await db.select({ n: count() }).from(importBatches))[0]!.n).toBe(before[0]!.n);
    return result;
  }

  it('refuses a truncated workbook', async () => {
    const bytes = (await writeXlsxFile([[{ value: 'Nom' }]] as never).toBuffer()) as Buffer;
    expect(await refusal(new Uint8Array(bytes.subarray(0, Math.floor(bytes.length / 2))), 'tronque.xlsx')).toMatchObject({ ok: false, fieldErrors: { file: 'unreadable' } });
  });

  it('refuses binary garbage renamed .xlsx', async () => {
    const garbage = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(await refusal(garbage, 'donnees.xlsx')).toMatchObject({ ok: false, fieldErrors: { file: 'unreadable' } });
  });

  it('refuses a zip bomb before the reader unpacks it', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal(bomb, 'bombe.xlsx')).toMatchObject({ ok: false, fieldErrors: { file: 'zipBomb' } });
  });

  it('refuses a file over 20 MB', async () => {
    expect(await refusal(new Uint8Array(20 * 1024 * 1024 + 1).fill(65), 'gros.csv')).toMatchObject({ ok: false, fieldErrors: { file: 'tooLarge' } });
  });

  it('refuses more than 50,000 rows, before judging any', async () => {
    const many = csvOf(Array.from({ length: 50_001 }, () => ['a', 'b']));
    expect(await refusal(many, 'lignes.csv')).toMatchObject({ ok: false, fieldErrors: { file: 'tooManyRows' } });
  });

  it('refuses a cell too long, a CSV not in UTF-8 and an unclosed quote', async () => {
    expect(await refusal(csvOf([['x'.repeat(4_001)]]), 'long.csv')).toMatchObject({ ok: false, fieldErrors: { file: 'cellTooLong' } });
    expect(await refusal(new Uint8Array([0x4e, 0x6f, 0x6d, 0x3b, 0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x0d, 0x0a]), 'latin1.csv')).toMatchObject({ ok: false, fieldErrors: { file: 'notUtf8' } });
    expect(await refusal(new TextEncoder().encode('Nom;Prénom\r\n"ouvert;b\r\n'), 'guillemet.csv')).toMatchObject({ ok: false, fieldErrors: { file: 'malformedCsv' } });
  });
});

describe('who may import, and where', () => {
  it('imports into the importer’s own service point only: another agent’s import of the same rows is their own', async () => {
    await actAs(db, OTHER_AGENT);
    const rows = [['Import-Scope', 'Ana', '1993-03-03', 'BR', 'other', '2019-09-10', 'Emploi', '2019-09-10', '', '']];
    const result = (await actions.commitPersonsImportAction(form(csvOf(rows), 'scope.csv'))) as unknown as { data: { batchId: string } };
    const [batch] = await db.select({ servicePointId: importBatches.servicePointId }).from(importBatches).where(eq(importBatches.id, result.data.batchId));
    const [rouyn] = await db.select({ id: servicePoints.id }).from(servicePoints).innerJoin(users, eq(users.servicePointId, servicePoints.id)).where(eq(users.email, OTHER_AGENT));
    expect(batch!.servicePointId).toBe(rouyn!.id);
    const [created] = await db.select({ servicePointId: accompaniments.servicePointId }).from(accompaniments).innerJoin(persons, eq(persons.id, accompaniments.personId)).where(eq(persons.lastName, 'Import-Scope'));
    expect(created!.servicePointId).toBe(rouyn!.id);
    // The Val-d'Or agent cannot see nor undo it.
    await actAs(db, AGENT);
    expect(await actions.undoImportBatchAction({ id: result.data.batchId })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('refuses advisers and managers; an admin must name the service point and the agent', async () => {
    for (const email of ['conseil.valdor@passerelle.test', 'direction@passerelle.test']) {
      await actAs(db, email);
      expect(await actions.previewPersonsImportAction(form(csvOf([]), 'x.csv'))).toMatchObject({ ok: false, error: 'forbidden' });
    }
    await actAs(db, 'admin@passerelle.test');
    expect(await actions.previewPersonsImportAction(form(csvOf([]), 'x.csv'))).toMatchObject({ ok: false, fieldErrors: { servicePointId: 'required' } });
  });

  it('refuses an agent naming another service point or another agent', async () => {
    await actAs(db, AGENT);
    const before = (await personsNamed('Import-')).length;
    const [rouyn] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, OTHER_AGENT));
    expect(await actions.commitPersonsImportAction(form(csvOf(sampleRows()), 'x.csv', { servicePointId: rouyn!.servicePointId! }))).toMatchObject({ ok: false, fieldErrors: { servicePointId: 'notYours' } });
    expect(await actions.commitPersonsImportAction(form(csvOf(sampleRows()), 'x.csv', { followerId: rouyn!.id }))).toMatchObject({ ok: false, fieldErrors: { followerId: 'notYours' } });
    expect(await personsNamed('Import-')).toHaveLength(before);
  });
});

describe('templates', () => {
  it('gives an xlsx whose first sheet the import reads back as valid, and whose Colonnes sheet describes each column', async () => {
    const { GET } = await import('@/app/(app)/imports/template/route');
    await actAs(db, AGENT);
    const response = await GET(new Request('http://localhost/imports/template?format=xlsx'));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { readSheet } = await import('read-excel-file/node');
    const described = (await readSheet(Buffer.from(bytes), 'Colonnes')) as unknown[][];
    expect(described[0]).toEqual(['Colonne', 'Titre anglais', 'Obligatoire', 'Valeurs permises']);
    expect(described).toContainEqual(['Date de naissance', 'Birth date', 'Oui', 'Date AAAA-MM-JJ (ou date Excel)']);
    expect(described.find((row) => row[0] === 'Besoins')![3]).toContain('Installation et logement');
    // The example row is a valid intake: the template imports as it is.
    const preview = (await actions.previewPersonsImportAction(form(bytes, 'modele.xlsx'))) as unknown as { data: { preview: { counts: Record<string, number> } } };
    expect(preview.data.preview.counts).toMatchObject({ rows: 1, invalid: 0 });
  });

  it('gives a CSV with the BOM and the French headers, and refuses an unknown format by name', async () => {
    const { GET } = await import('@/app/(app)/imports/template/route');
    await actAs(db, AGENT);
    const csv = new Uint8Array(await (await GET(new Request('http://localhost/imports/template?format=csv'))).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv).startsWith('Nom,Prénom,Date de naissance,')).toBe(true);
    const refused = await GET(new Request('http://localhost/imports/template?format=ods'));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ parameter: 'format' });
  });
});
