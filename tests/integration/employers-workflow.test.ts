import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedActions from '@/app/(app)/employers/actions';
import type { Db } from '@/db/client';
import { accompaniments, auditEvents, businessContacts, businesses, employerFiles, employerInteractions, hires, hiringNeeds, mrcs, persons, servicePoints, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getEmployerFile } from '@/lib/employers/file';
import { getAdviserHome } from '@/lib/employers/home';
import { headlineMetrics } from '@/lib/metrics/counts';
import { todayInQuebec } from '@/lib/persons/schemas';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// Called with raw inputs, as a browser (or an attacker) would post them.
const actions = typedActions as unknown as Record<keyof typeof typedActions, (raw: unknown) => Promise<unknown>>;

const ADVISER = 'conseil.valdor@passerelle.test';
const OTHER_REGION_ADVISER = 'conseil.gatineau@passerelle.test';
const key = () => crypto.randomUUID();
// Dates outside the report's period (2019-08-01 to 2020-03-31), so its figures never move.
const PERIOD = { from: '2021-06-01', to: '2021-06-30', regionCode: '08' };

let db: Db;
let valdorMrcId: string;
let abitibiMrcId: string;
let gatineauMrcId: string;
let consentingPersonId: string;
let nonConsentingPersonId: string;

function newBusiness(overrides: Record<string, unknown> = {}) {
  return {
    businessMode: 'new',
    legalName: 'Métallurgie Kinojévis inc.',
    neq: '1170 000 001',
    naicsSector: '31',
    sizeBand: '20_99',
    mrcId: valdorMrcId,
    city: 'Val-d’Or',
    address: '1200, 3e Avenue',
    postalCode: 'j9p 1t5',
    openedOn: '2021-06-10',
    contactName: 'Geneviève Lavoie',
    contactEmail: 'G.Lavoie@exemple.test',
    contactPhone: '(819) 555-0177',
    recruitmentChannels: ['in_quebec', 'international'],
    notes: 'Trois soudeurs d’ici l’automne.',
    idempotencyKey: key(),
    confirmedNotDuplicate: false,
    ...overrides,
  };
}

async function rowCount(table: Parameters<Db['select']>[0] extends never ? never : typeof businesses | typeof employerFiles | typeof hires | typeof hiringNeeds | typeof employerInteractions) {
  return (await db.select({ value: count() }).from(table))[0]!.value;
}

async function openFile(overrides: Record<string, unknown> = {}) {
  await actAs(db, ADVISER);
  const result = await actions.openEmployerFileAction(newBusiness(overrides));
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: string } }).data.id;
}

async function fileRow(id: string) {
  const [row] = await db.select().from(employerFiles).where(eq(employerFiles.id, id));
  return row!;
}

async function sessionOf(email: string): Promise<SessionUser> {
  await actAs(db, email);
  return (await getCurrentUser())!;
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  const mrcId = async (code: string) => (await db.select({ id: mrcs.id }).from(mrcs).where(eq(mrcs.code, code)))[0]!.id;
  valdorMrcId = await mrcId('la-vallee-de-l-or');
  abitibiMrcId = await mrcId('abitibi');
  gatineauMrcId = await mrcId('gatineau');
  // Accompanied persons of region 08, one who consented to sharing (before the hires below) and one who did not.
  const inRegion = (consent: boolean) =>
    db
      .select({ id: persons.id })
      .from(persons)
      .innerJoin(accompaniments, eq(accompaniments.personId, persons.id))
      .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
      .where(and(eq(servicePoints.regionCode, '08'), eq(persons.sharingConsent, consent), consent ? sql`${persons.sharingConsentOn} <= '2021-06-01'` : undefined))
      .limit(1);
  consentingPersonId = (await inRegion(true))[0]!.id;
  nonConsentingPersonId = (await inRegion(false))[0]!.id;
});
afterAll(closeTestDatabase);

describe('opening a file for a new business', () => {
  let fileId: string;

  it('creates the business and the file in one transaction, audited without names, and the businesses counter goes up by one', async () => {
    const before = await headlineMetrics(db, PERIOD);
    fileId = await openFile();
    const file = await fileRow(fileId);
    const [business] = await db.select().from(businesses).where(eq(businesses.id, file.businessId));
    expect(business).toMatchObject({ neq: '1170000001', naicsSector: '31', sizeBand: '20_99', postalCode: 'J9P 1T5', searchName: 'metallurgie kinojevis inc' });
    expect(file).toMatchObject({ status: 'open', openedOn: '2021-06-10', contactEmail: 'g.lavoie@exemple.test', contactPhone: '819-555-0177', recruitmentChannels: ['in_quebec', 'international'] });
    const events = await db.select().from(auditEvents).where(sql`${auditEvents.entityId} in (${file.businessId}, ${fileId})`);
    expect(events.map((event) => event.action).sort()).toEqual(['business.created', 'employer_file.opened']);
    expect(JSON.stringify(events)).not.toMatch(/Lavoie|Kinoj|soudeurs/);
    expect((await headlineMetrics(db, PERIOD)).businessesAccompanied).toBe(before.businessesAccompanied + 1);
  });

  it('opens one file for a double-clicked or replayed submit (same key)', async () => {
    await actAs(db, ADVISER);
    const submit = newBusiness({ legalName: 'Boulangerie Opasatica', neq: '1170000002', idempotencyKey: key() });
    const [first, second] = await Promise.all([actions.openEmployerFileAction(submit), actions.openEmployerFileAction(submit)]);
    const third = await actions.openEmployerFileAction(submit);
    const ids = [first, second, third].map((result) => (result as { data: { id: string } }).data.id);
    expect(new Set(ids).size).toBe(1);
    expect((await db.select({ value: count() }).from(businesses).where(eq(businesses.neq, '1170000002')))[0]!.value).toBe(1);
  });

  it.each([
    ['legalName', { legalName: '  ' }, 'required'],
    ['neq', { neq: '123' }, 'invalidNeq'],
    ['neq', { neq: '12345678901' }, 'invalidNeq'],
    ['neq', { neq: 'ABCDEFGHIJ' }, 'invalidNeq'],
    ['neq', { neq: '' }, 'required'],
    ['naicsSector', { naicsSector: '99' }, 'required'],
    ['sizeBand', { sizeBand: 'huge' }, 'invalid'],
    ['mrcId', { mrcId: 'la-vallee' }, 'invalid'],
    ['city', { city: '' }, 'required'],
    ['postalCode', { postalCode: '12345' }, 'invalidPostalCode'],
    ['openedOn', { openedOn: '2999-01-01' }, 'dateOutOfRange'],
    ['openedOn', { openedOn: '2098-01-01' }, 'dateInFuture'],
    ['contactName', { contactName: '' }, 'required'],
    ['contactEmail', { contactEmail: 'pas-un-courriel' }, 'email'],
    ['contactPhone', { contactPhone: '555-12' }, 'phone'],
    ['recruitmentChannels.0', { recruitmentChannels: ['by_pigeon'] }, 'invalid'],
    ['notes', { notes: 'x'.repeat(4001) }, 'tooLong'],
  ])('names the field %s and writes nothing', async (field, overrides, code) => {
    await actAs(db, ADVISER);
    const [beforeBusinesses, beforeFiles] = [await rowCount(businesses), await rowCount(employerFiles)];
    const result = await actions.openEmployerFileAction(newBusiness({ neq: '1170000099', legalName: 'Champ Fautif', ...overrides }));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect((result as { fieldErrors: Record<string, string> }).fieldErrors[field]).toBe(code);
    expect([await rowCount(businesses), await rowCount(employerFiles)]).toEqual([beforeBusinesses, beforeFiles]);
  });

  it('refuses an NEQ already taken, on the field', async () => {
    await actAs(db, ADVISER);
    const result = await actions.openEmployerFileAction(newBusiness({ legalName: 'Autre nom ltée', idempotencyKey: key() }));
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { neq: 'neqTaken' } });
    expect(await actions.findSimilarBusinessesAction({ legalName: 'Autre nom ltée', neq: '1170000001', mrcId: valdorMrcId })).toMatchObject({ ok: true, data: { sameNeq: { id: expect.any(String) } } });
  });

  it('warns of a close name in the same MRC (accents, case, punctuation aside), saves once the adviser confirms; another MRC is no match', async () => {
    await actAs(db, ADVISER);
    const lookalike = { legalName: 'METALLURGIE KINOJEVIS INC', neq: '1170000003' };
    const found = await actions.findSimilarBusinessesAction({ ...lookalike, mrcId: valdorMrcId });
    expect(found).toMatchObject({ ok: true, data: { sameNeq: null, similar: [{ legalName: 'Métallurgie Kinojévis inc.', neq: '1170000001' }] } });
    expect(await actions.openEmployerFileAction(newBusiness({ ...lookalike, idempotencyKey: key() }))).toMatchObject({ ok: false, fieldErrors: { confirmedNotDuplicate: 'possibleDuplicateBusiness' } });
    const elsewhere = await actions.findSimilarBusinessesAction({ ...lookalike, mrcId: abitibiMrcId });
    expect((elsewhere as { data: { similar: unknown[] } }).data.similar).toHaveLength(0);
    expect(await actions.openEmployerFileAction(newBusiness({ ...lookalike, idempotencyKey: key(), confirmedNotDuplicate: true }))).toMatchObject({ ok: true });
  });

  it('refuses an MRC of another region, a second open file for the same business, and the wrong roles', async () => {
    await actAs(db, ADVISER);
    expect(await actions.openEmployerFileAction(newBusiness({ neq: '1170000004', legalName: 'Hors région', mrcId: gatineauMrcId, idempotencyKey: key() }))).toMatchObject({ ok: false, fieldErrors: { mrcId: 'invalid' } });
    const { businessId } = await fileRow(fileId);
    const again = { businessMode: 'existing', businessId, openedOn: '2021-06-11', contactName: 'X', recruitmentChannels: [], idempotencyKey: key() };
    expect(await actions.openEmployerFileAction(again)).toMatchObject({ ok: false, fieldErrors: { businessId: 'employerFileAlreadyOpen' } });
    for (const email of ['direction@passerelle.test', 'agent.valdor@passerelle.test', 'admin@passerelle.test']) {
      await actAs(db, email);
      expect(await actions.openEmployerFileAction(newBusiness({ neq: '1170000005', idempotencyKey: key() }))).toMatchObject({ ok: false, error: 'forbidden' });
    }
    await actAs(db, OTHER_REGION_ADVISER);
    expect(await actions.openEmployerFileAction(again)).toMatchObject({ ok: false, error: 'not_found' });
  });
});

describe('the file', () => {
  let fileId: string;
  let businessId: string;

  beforeAll(async () => {
    fileId = await openFile({ legalName: 'Forage Harricana S.E.N.C.', neq: '1170000010', mrcId: abitibiMrcId, city: 'Amos', openedOn: '2021-06-01' });
    businessId = (await fileRow(fileId)).businessId;
  });

  it('records a need once per submit, refuses a bad NOC code and a bad number of positions', async () => {
    await actAs(db, ADVISER);
    const need = { employerFileId: fileId, jobTitle: 'Foreur', nocCode: '73402', positions: '3', wantedStartOn: '2021-09-01', idempotencyKey: key() };
    expect(await actions.addHiringNeedAction(need)).toMatchObject({ ok: true });
    expect(await actions.addHiringNeedAction(need)).toMatchObject({ ok: true });
    expect(await db.select().from(hiringNeeds).where(eq(hiringNeeds.employerFileId, fileId))).toMatchObject([{ positions: 3, status: 'open', nocCode: '73402' }]);
    for (const nocCode of ['7340', '734021', 'ABCDE', '73 40']) {
      expect(await actions.addHiringNeedAction({ ...need, nocCode, idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { nocCode: 'invalidNoc' } });
    }
    expect(await actions.addHiringNeedAction({ ...need, positions: '0', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { positions: 'invalid' } });
    expect(await actions.addHiringNeedAction({ ...need, jobTitle: '', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { jobTitle: 'required' } });
    expect(await db.select().from(hiringNeeds).where(eq(hiringNeeds.employerFileId, fileId))).toHaveLength(1);
  });

  it('changes a need’s status against its version; a stale version is a conflict', async () => {
    await actAs(db, ADVISER);
    const [need] = await db.select().from(hiringNeeds).where(eq(hiringNeeds.employerFileId, fileId));
    expect(await actions.setHiringNeedStatusAction({ id: need!.id, version: need!.version, status: 'filled' })).toMatchObject({ ok: true });
    expect(await actions.setHiringNeedStatusAction({ id: need!.id, version: need!.version, status: 'cancelled' })).toMatchObject({ ok: false, error: 'conflict' });
    expect((await db.select().from(hiringNeeds).where(eq(hiringNeeds.id, need!.id)))[0]!.status).toBe('filled');
    expect(await actions.setHiringNeedStatusAction({ id: need!.id, version: need!.version + 1, status: 'closed' })).toMatchObject({ ok: false, fieldErrors: { status: 'required' } });
  });

  it('logs interactions, never before the opening', async () => {
    await actAs(db, ADVISER);
    const interaction = { employerFileId: fileId, occurredOn: '2021-06-15', kind: 'site_visit', notes: 'Visite du chantier.', idempotencyKey: key() };
    expect(await actions.addInteractionAction(interaction)).toMatchObject({ ok: true });
    expect(await actions.addInteractionAction(interaction)).toMatchObject({ ok: true });
    expect(await db.select().from(employerInteractions).where(eq(employerInteractions.employerFileId, fileId))).toHaveLength(1);
    expect(await actions.addInteractionAction({ ...interaction, occurredOn: '2021-05-31', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { occurredOn: 'beforeFileOpening' } });
    expect(await actions.addInteractionAction({ ...interaction, kind: 'telepathy', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { kind: 'required' } });
  });

  it('refuses a hire linked to a person who did not consent to sharing, with a clear field message, and writes nothing', async () => {
    await actAs(db, ADVISER);
    const before = await rowCount(hires);
    const hire = { employerFileId: fileId, hiredOn: '2021-06-20', jobTitle: 'Foreur', channel: 'in_quebec', personId: nonConsentingPersonId, idempotencyKey: key() };
    expect(await actions.recordHireAction(hire)).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { personId: 'noHireConsent' } });
    expect(await actions.recordHireAction({ ...hire, personId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, fieldErrors: { personId: 'unknownAccompaniedPerson' } });
    expect(await actions.recordHireAction({ ...hire, personId: 'dossier 42' })).toMatchObject({ ok: false, fieldErrors: { personId: 'invalidFileNumber' } });
    expect(await actions.recordHireAction({ ...hire, personId: '', hiredOn: '2021-05-01' })).toMatchObject({ ok: false, fieldErrors: { hiredOn: 'beforeFileOpening' } });
    expect(await rowCount(hires)).toBe(before);
  });

  it('records a hire linked to a consenting person; the adviser then sees the name only', async () => {
    await actAs(db, ADVISER);
    const [need] = await db.select().from(hiringNeeds).where(eq(hiringNeeds.employerFileId, fileId));
    const hire = { employerFileId: fileId, hiredOn: '2021-06-20', jobTitle: 'Foreur', channel: 'interregional_mobility', hiringNeedId: need!.id, personId: consentingPersonId, idempotencyKey: key() };
    expect(await actions.recordHireAction(hire)).toMatchObject({ ok: true });
    expect(await actions.recordHireAction({ ...hire, personId: '', idempotencyKey: key() })).toMatchObject({ ok: true });
    const file = await getEmployerFile(db, await sessionOf(ADVISER), fileId);
    const [person] = await db.select().from(persons).where(eq(persons.id, consentingPersonId));
    const linked = file!.hires.find((row) => row.personLastName !== null)!;
    expect(Object.keys(linked).sort()).toEqual(['channel', 'hiredOn', 'hiringNeedId', 'id', 'jobTitle', 'personFirstName', 'personLastName']);
    expect(linked).toMatchObject({ personFirstName: person!.firstName, personLastName: person!.lastName });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'employer_file.viewed'), eq(auditEvents.entityId, fileId)));
    expect(event!.details).toMatchObject({ personIds: [consentingPersonId] });
    expect(await actions.recordHireAction({ ...hire, hiringNeedId: '00000000-0000-4000-8000-000000000000', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { hiringNeedId: 'invalid' } });
  });

  it('edits the business, its contacts and the file against their versions', async () => {
    await actAs(db, ADVISER);
    const [business] = await db.select().from(businesses).where(eq(businesses.id, businessId));
    const businessEdit = { id: businessId, version: business!.version, legalName: 'Forage Harricana S.E.N.C.', neq: '1170000010', naicsSector: '21', sizeBand: '5_19', mrcId: abitibiMrcId, city: 'Amos', address: '', postalCode: '' };
    expect(await actions.updateBusinessAction(businessEdit)).toMatchObject({ ok: true });
    expect(await actions.updateBusinessAction({ ...businessEdit, city: 'Barraute' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await actions.updateBusinessAction({ ...businessEdit, version: business!.version + 1, neq: '1170000001' })).toMatchObject({ ok: false, fieldErrors: { neq: 'neqTaken' } });
    expect(await actions.updateBusinessAction({ ...businessEdit, version: business!.version + 1, neq: '117000001' })).toMatchObject({ ok: false, fieldErrors: { neq: 'invalidNeq' } });
    expect((await db.select().from(businesses).where(eq(businesses.id, businessId)))[0]).toMatchObject({ naicsSector: '21', sizeBand: '5_19', city: 'Amos' });

    const contact = { businessId, name: 'Patrice Fortin', jobTitle: 'Directeur des opérations', email: 'pfortin@exemple.test', phone: '819 555 0190', idempotencyKey: key() };
    expect(await actions.addBusinessContactAction(contact)).toMatchObject({ ok: true });
    expect(await actions.addBusinessContactAction(contact)).toMatchObject({ ok: true });
    const [saved] = await db.select().from(businessContacts).where(eq(businessContacts.businessId, businessId));
    expect(saved).toMatchObject({ phone: '819-555-0190' });
    expect(await db.select().from(businessContacts).where(eq(businessContacts.businessId, businessId))).toHaveLength(1);
    expect(await actions.addBusinessContactAction({ ...contact, email: 'x', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { email: 'email' } });
    expect(await actions.updateBusinessContactAction({ id: saved!.id, version: saved!.version, name: 'Patrice Fortin', jobTitle: 'Président' })).toMatchObject({ ok: true });
    expect(await actions.updateBusinessContactAction({ id: saved!.id, version: saved!.version, name: 'Patrice F.' })).toMatchObject({ ok: false, error: 'conflict' });

    const file = await fileRow(fileId);
    const fileEdit = { id: fileId, version: file.version, contactName: 'Patrice Fortin', recruitmentChannels: ['interregional_mobility'], notes: '' };
    expect(await actions.updateEmployerFileAction(fileEdit)).toMatchObject({ ok: true });
    expect(await actions.updateEmployerFileAction({ ...fileEdit, contactName: 'Quelqu’un' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await fileRow(fileId)).toMatchObject({ contactName: 'Patrice Fortin', recruitmentChannels: ['interregional_mobility'], notes: null });
  });

  it('is out of reach of another region’s adviser (not found, nothing written) and read-only for the manager', async () => {
    await actAs(db, OTHER_REGION_ADVISER);
    expect(await actions.addInteractionAction({ employerFileId: fileId, occurredOn: '2021-06-15', kind: 'email', idempotencyKey: key() })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await actions.addBusinessContactAction({ businessId, name: 'Intrus', idempotencyKey: key() })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await getEmployerFile(db, await sessionOf(OTHER_REGION_ADVISER), fileId)).toBeNull();
    expect(await db.select().from(businessContacts).where(eq(businessContacts.name, 'Intrus'))).toHaveLength(0);
    const manager = await sessionOf('direction@passerelle.test');
    expect((await getEmployerFile(db, manager, fileId))!.business.neq).toBe('1170000010');
    expect(await actions.addInteractionAction({ employerFileId: fileId, occurredOn: '2021-06-15', kind: 'email', idempotencyKey: key() })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await getEmployerFile(db, await sessionOf('agent.valdor@passerelle.test'), fileId)).toBeNull();
  });

  it('closes with a reason (stale version refused), then reopens as a new file: the past period’s figure does not move', async () => {
    await actAs(db, ADVISER);
    const file = await fileRow(fileId);
    expect(await actions.closeEmployerFileAction({ id: fileId, version: file.version - 1, closedOn: '2021-06-25', closureReason: 'needs_filled' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await actions.closeEmployerFileAction({ id: fileId, version: file.version, closedOn: '2021-06-25', closureReason: 'sold' })).toMatchObject({ ok: false, fieldErrors: { closureReason: 'required' } });
    expect(await actions.closeEmployerFileAction({ id: fileId, version: file.version, closedOn: '2021-05-25', closureReason: 'needs_filled' })).toMatchObject({ ok: false, fieldErrors: { closedOn: 'beforeFileOpening' } });
    expect(await actions.closeEmployerFileAction({ id: fileId, version: file.version, closedOn: '2021-06-25', closureReason: 'needs_filled' })).toMatchObject({ ok: true });
    expect(await fileRow(fileId)).toMatchObject({ status: 'closed', closedOn: '2021-06-25', closureReason: 'needs_filled' });
    expect(await actions.addInteractionAction({ employerFileId: fileId, occurredOn: '2021-06-26', kind: 'email', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { employerFileId: 'employerFileClosed' } });
    const june = await headlineMetrics(db, PERIOD);

    expect(await actions.reopenEmployerFileAction({ id: fileId, openedOn: '2021-06-20', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { openedOn: 'beforeClosure' } });
    const reopen = { id: fileId, openedOn: '2021-09-01', idempotencyKey: key() };
    const first = await actions.reopenEmployerFileAction(reopen);
    const replay = await actions.reopenEmployerFileAction(reopen);
    expect(first).toMatchObject({ ok: true });
    expect((replay as { data: { id: string } }).data.id).toBe((first as { data: { id: string } }).data.id);
    const newId = (first as { data: { id: string } }).data.id;
    expect(newId).not.toBe(fileId);
    expect(await fileRow(newId)).toMatchObject({ status: 'open', openedOn: '2021-09-01', reopenedFromId: fileId, businessId, contactName: 'Patrice Fortin' });
    expect(await fileRow(fileId)).toMatchObject({ status: 'closed', closedOn: '2021-06-25' });
    expect(await actions.reopenEmployerFileAction({ id: fileId, openedOn: '2021-09-02', idempotencyKey: key() })).toMatchObject({ ok: false, fieldErrors: { id: 'employerFileAlreadyOpen' } });
    expect(await headlineMetrics(db, PERIOD)).toEqual(june);
  });
});

describe('the adviser’s home', () => {
  it('counts their open files, those with no interaction for 30 days and the needs still open, from the same rows', async () => {
    const adviser = await sessionOf(ADVISER);
    const fileId = await openFile({ legalName: 'Serres Laverdière coop', neq: '1170000020', openedOn: '2021-01-04' });
    await actions.addHiringNeedAction({ employerFileId: fileId, jobTitle: 'Ouvrier agricole', nocCode: '85100', positions: '2', idempotencyKey: key() });
    const home = await getAdviserHome(db, adviser, todayInQuebec());
    const [openCount] = await db.select({ value: count() }).from(employerFiles).where(and(eq(employerFiles.adviserId, adviser.id), eq(employerFiles.status, 'open')));
    expect(home.open).toHaveLength(openCount!.value);
    expect(home.inactive.map((row) => row.fileId)).toContain(fileId);
    expect(home.openNeeds.filter((need) => need.fileId === fileId)).toMatchObject([{ jobTitle: 'Ouvrier agricole', legalName: 'Serres Laverdière coop' }]);
    await actions.addInteractionAction({ employerFileId: fileId, occurredOn: todayInQuebec(), kind: 'phone_call', idempotencyKey: key() });
    const after = await getAdviserHome(db, adviser, todayInQuebec());
    expect(after.inactive.map((row) => row.fileId)).not.toContain(fileId);
    expect(after.open).toHaveLength(home.open.length);
    expect(after.inactive).toHaveLength(home.inactive.length - 1);
    const [other] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'conseil.rouyn@passerelle.test'));
    expect(after.open.every((row) => row.fileId !== other!.id)).toBe(true);
  });
});
