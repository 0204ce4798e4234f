import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMrcAction, createServicePointAction, updateContactLineAction, updateMrcAction, updateServicePointAction } from '@/app/(app)/admin/reference/actions';
import type { Db } from '@/db/client';
import { appSettings, mrcs, servicePoints, users } from '@/db/schema';
import { getTranslator } from '@/lib/i18n/translator';
import { staffByLocation, staffTotalsByRole } from '@/lib/staff/by-location';
import { auditCount as auditCount_, auditFor as auditFor_ } from '../helpers/audit';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs, staffAccount } from '../helpers/session';

// The reference data screens' actions (service points, MRCs, the shared contact line), the seed of the
// report's offices, and the staff-by-location count the bilan reuses. Same file on PGlite and PostgreSQL.

const ADMIN = 'admin@passerelle.test';
let db: Db;
let adminId: string;
const mrcIdByCode = new Map<string, string>();

beforeAll(async () => {
  db = await openSeededTestDatabase();
  adminId = (await staffAccount(db, ADMIN)).id;
  for (const row of await db.select({ id: mrcs.id, code: mrcs.code }).from(mrcs)) mrcIdByCode.set(row.code, row.id);
});
afterAll(closeTestDatabase);

const auditFor = (action: string, entityId: string) => auditFor_(db, action, entityId);
const auditCount = () => auditCount_(db);
const servicePointCount = async () => (await db.select({ id: servicePoints.id }).from(servicePoints)).length;
const servicePointRow = async (id: string) => (await db.select().from(servicePoints).where(eq(servicePoints.id, id)))[0]!;

function newOffice(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Services Québec – Senneterre',
    address: '551, 10e Avenue',
    city: 'Senneterre',
    postalCode: 'j0y2m0',
    mrcId: mrcIdByCode.get('la-vallee-de-l-or')!,
    email: ' Accompagnement_GC_DRNOQ@mifi.gouv.qc.ca ',
    phone: '1 833 274-4667',
    hours: 'Mardi et jeudi, 9 h à 12 h',
    active: true,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

describe('the seed', () => {
  it('holds the five offices of the report with their exact addresses, hours and the shared contact line', async () => {
    const rows = await db
      .select({ code: servicePoints.code, address: servicePoints.address, city: servicePoints.city, postalCode: servicePoints.postalCode, hours: servicePoints.hours, email: servicePoints.email, phone: servicePoints.phone })
      .from(servicePoints)
      .where(eq(servicePoints.regionCode, '08'))
      .orderBy(asc(servicePoints.code));
    const hours = 'Lundi au vendredi, 8 h 30 à 12 h et 13 h à 16 h 30';
    const contact = { email: 'accompagnement_gc_drnoq@mifi.gouv.qc.ca', phone: '1 833 274-4667', hours };
    expect(rows).toEqual([
      { code: 'amos', address: '262, 1re Avenue Est', city: 'Amos', postalCode: 'J9T 1H3', ...contact },
      { code: 'la-sarre', address: '655, 2e Rue Est', city: 'La Sarre', postalCode: 'J9Z 2Y9', ...contact },
      { code: 'rouyn-noranda', address: '189, rue Murdoch, 1er étage', city: 'Rouyn-Noranda', postalCode: 'J9X 1E3', ...contact },
      { code: 'val-dor', address: '186, avenue Perrault', city: "Val-d'Or", postalCode: 'J9P 2H5', ...contact },
      { code: 'ville-marie', address: '1B, rue Notre-Dame Nord', city: 'Ville-Marie', postalCode: 'J9V 1W5', ...contact },
    ]);
    const [settings] = await db.select({ contactEmail: appSettings.contactEmail, contactPhone: appSettings.contactPhone }).from(appSettings);
    expect(settings).toEqual({ contactEmail: 'accompagnement_gc_drnoq@mifi.gouv.qc.ca', contactPhone: '1 833 274-4667' });
  });
});

describe('createServicePointAction', () => {
  it('creates an office in the region of its MRC, normalizes the postal code and the e-mail, audits ids only, and creates once per key', async () => {
    await actAs(db, ADMIN);
    const input = newOffice();
    const result = await createServicePointAction(input);
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), replayed: false } });
    const id = (result as { data: { id: string } }).data.id;
    expect(await servicePointRow(id)).toMatchObject({
      name: 'Services Québec – Senneterre',
      code: 'services-quebec-senneterre',
      regionCode: '08',
      postalCode: 'J0Y 2M0',
      email: 'accompagnement_gc_drnoq@mifi.gouv.qc.ca',
      hours: 'Mardi et jeudi, 9 h à 12 h',
      active: true,
      version: 1,
    });
    const [audit] = await auditFor('service_point.created', id);
    expect(audit).toMatchObject({ actorId: adminId, entityType: 'service_point', details: { regionCode: '08', active: true } });
    expect(JSON.stringify(audit)).not.toMatch(/Senneterre|10e Avenue/);

    // A double submit (same key) gets the first office back and writes nothing.
    const before = await servicePointCount();
    const auditBefore = await auditCount();
    expect(await createServicePointAction(input)).toEqual({ ok: true, data: { id, replayed: true } });
    expect(await servicePointCount()).toBe(before);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('returns every field error at once and writes nothing', async () => {
    await actAs(db, ADMIN);
    const before = await servicePointCount();
    const auditBefore = await auditCount();
    const result = await createServicePointAction(
      newOffice({ name: '  ', address: '', city: 'x'.repeat(81), postalCode: '12345', mrcId: '', email: 'pas-un-courriel', phone: '555-1234', hours: 'Lundi\u0000', idempotencyKey: 'nope' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { name: 'required', address: 'required', city: 'tooLong', postalCode: 'postalCode', mrcId: 'required', email: 'email', phone: 'phone', hours: 'controlCharacters', idempotencyKey: 'invalid' },
    });
    expect(await servicePointCount()).toBe(before);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('names the MRC when it does not exist and the name when another office has it (accents and case ignored)', async () => {
    await actAs(db, ADMIN);
    const before = await servicePointCount();
    expect(await createServicePointAction(newOffice({ name: 'Bureau fantôme', mrcId: randomUUID() }))).toEqual({ ok: false, error: 'invalid', fieldErrors: { mrcId: 'invalid' } });
    expect(await createServicePointAction(newOffice({ name: 'SERVICES QUEBEC – AMOS' }))).toEqual({ ok: false, error: 'invalid', fieldErrors: { name: 'nameTaken' } });
    expect(await servicePointCount()).toBe(before);
  });

  it('refuses a manager and an agent', async () => {
    const before = await servicePointCount();
    for (const email of ['direction@passerelle.test', 'agent.valdor@passerelle.test']) {
      await actAs(db, email);
      expect(await createServicePointAction(newOffice({ name: `Par ${email}` }))).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await servicePointCount()).toBe(before);
  });
});

describe('updateServicePointAction', () => {
  async function amos() {
    const [row] = await db.select().from(servicePoints).where(eq(servicePoints.code, 'amos'));
    return row!;
  }
  const formOf = (row: Awaited<ReturnType<typeof amos>>) => ({
    id: row.id,
    version: row.version,
    name: row.name,
    address: row.address,
    city: row.city,
    postalCode: row.postalCode ?? '',
    mrcId: row.mrcId,
    email: row.email,
    phone: row.phone,
    hours: row.hours ?? '',
    active: row.active,
  });

  it('saves new hours, bumps the version and audits which fields changed, not their values', async () => {
    const before = await amos();
    await actAs(db, ADMIN);
    const result = await updateServicePointAction({ ...formOf(before), hours: 'Lundi au jeudi, 8 h 30 à 16 h 30\nVendredi, 8 h 30 à 12 h' });
    expect(result).toEqual({ ok: true, data: { id: before.id, version: before.version + 1 } });
    expect(await amos()).toMatchObject({ hours: 'Lundi au jeudi, 8 h 30 à 16 h 30\nVendredi, 8 h 30 à 12 h', version: before.version + 1, address: before.address });
    const [audit] = await auditFor('service_point.updated', before.id);
    expect(audit).toMatchObject({ actorId: adminId, details: { changed: ['hours'] } });
    expect(JSON.stringify(audit)).not.toContain('Vendredi');
  });

  it('answers conflict for a stale version and changes nothing', async () => {
    const before = await amos();
    await actAs(db, ADMIN);
    const auditBefore = await auditCount();
    expect(await updateServicePointAction({ ...formOf(before), version: before.version - 1, hours: 'Écrasé' })).toEqual({ ok: false, error: 'conflict' });
    expect(await amos()).toEqual(before);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('takes the region from the MRC, clears empty optional fields, and answers not_found for an unknown office', async () => {
    const before = await amos();
    await actAs(db, ADMIN);
    const moved = await updateServicePointAction({ ...formOf(before), mrcId: mrcIdByCode.get('gatineau')!, postalCode: '', hours: '   ', active: 'false' });
    expect(moved.ok).toBe(true);
    expect(await amos()).toMatchObject({ regionCode: '07', postalCode: null, hours: null, active: false });
    // And back, so the other tests find the report's office as it was.
    const back = await updateServicePointAction({ ...formOf(await amos()), mrcId: before.mrcId, postalCode: before.postalCode!, hours: before.hours!, active: true });
    expect(back.ok).toBe(true);
    expect(await amos()).toMatchObject({ regionCode: '08', postalCode: before.postalCode, active: true });
    expect(await updateServicePointAction({ ...formOf(before), id: randomUUID() })).toEqual({ ok: false, error: 'not_found' });
  });

  it('refuses a manager', async () => {
    const before = await amos();
    await actAs(db, 'direction@passerelle.test');
    expect(await updateServicePointAction({ ...formOf(before), hours: 'Par la direction' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await amos()).toEqual(before);
  });
});

describe('MRC actions', () => {
  it('creates an MRC in a region once per key, refuses a taken name in that region and an unknown region', async () => {
    await actAs(db, ADMIN);
    const key = randomUUID();
    const created = await createMrcAction({ name: 'Eeyou Istchee Baie-James', regionCode: '10', idempotencyKey: key });
    expect(created).toEqual({ ok: true, data: { id: expect.any(String), replayed: false } });
    const id = (created as { data: { id: string } }).data.id;
    expect(await createMrcAction({ name: 'Eeyou Istchee Baie-James', regionCode: '10', idempotencyKey: key })).toEqual({ ok: true, data: { id, replayed: true } });
    expect((await db.select().from(mrcs).where(eq(mrcs.name, 'Eeyou Istchee Baie-James'))).length).toBe(1);
    expect(await auditFor('mrc.created', id)).toEqual([expect.objectContaining({ actorId: adminId, details: { regionCode: '10' } })]);

    expect(await createMrcAction({ name: 'témiscamingue', regionCode: '08', idempotencyKey: randomUUID() })).toEqual({ ok: false, error: 'invalid', fieldErrors: { name: 'nameTaken' } });
    expect(await createMrcAction({ name: 'Nouvelle', regionCode: '99', idempotencyKey: randomUUID() })).toEqual({ ok: false, error: 'invalid', fieldErrors: { regionCode: 'unknownRegion' } });
    expect(await createMrcAction({ name: '', regionCode: 'x', idempotencyKey: randomUUID() })).toEqual({ ok: false, error: 'invalid', fieldErrors: { name: 'required', regionCode: 'required' } });
  });

  it('renames an MRC with optimistic locking', async () => {
    const [before] = await db.select().from(mrcs).where(eq(mrcs.code, 'pontiac'));
    await actAs(db, ADMIN);
    expect(await updateMrcAction({ id: before!.id, version: before!.version, name: 'MRC de Pontiac' })).toEqual({ ok: true, data: { id: before!.id, version: before!.version + 1 } });
    expect(await updateMrcAction({ id: before!.id, version: before!.version, name: 'Écrasé' })).toEqual({ ok: false, error: 'conflict' });
    const [after] = await db.select().from(mrcs).where(eq(mrcs.code, 'pontiac'));
    expect(after).toMatchObject({ name: 'MRC de Pontiac', regionCode: '07', version: before!.version + 1 });
    expect(await auditFor('mrc.updated', before!.id)).toHaveLength(1);
    await actAs(db, 'direction@passerelle.test');
    expect(await updateMrcAction({ id: before!.id, version: after!.version, name: 'Par la direction' })).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('updateContactLineAction', () => {
  const settings = async () => (await db.select().from(appSettings))[0]!;

  it('validates the e-mail and the North American phone, saves with optimistic locking and audits', async () => {
    const before = await settings();
    await actAs(db, ADMIN);
    expect(await updateContactLineAction({ version: before.version, contactEmail: 'pas un courriel', contactPhone: '274-4667' })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { contactEmail: 'email', contactPhone: 'phone' },
    });
    expect(await updateContactLineAction({ version: before.version, contactEmail: '', contactPhone: '+1 (819) 555-0199 poste 12' })).toEqual({ ok: false, error: 'invalid', fieldErrors: { contactEmail: 'required' } });
    expect(await settings()).toEqual(before);

    const saved = await updateContactLineAction({ version: before.version, contactEmail: 'Accueil.Region@mifi.gouv.qc.ca', contactPhone: '+1 (819) 555-0199 poste 12' });
    expect(saved).toEqual({ ok: true, data: { version: before.version + 1 } });
    expect(await settings()).toMatchObject({ contactEmail: 'accueil.region@mifi.gouv.qc.ca', contactPhone: '+1 (819) 555-0199 poste 12', defaultRegionCode: before.defaultRegionCode });
    expect(await auditFor('settings.contact_line_updated', '1')).toEqual([expect.objectContaining({ actorId: adminId, details: null })]);

    expect(await updateContactLineAction({ version: before.version, contactEmail: 'stale@mifi.gouv.qc.ca', contactPhone: '1 833 274-4667' })).toEqual({ ok: false, error: 'conflict' });
    await actAs(db, 'direction@passerelle.test');
    expect(await updateContactLineAction({ version: before.version + 1, contactEmail: 'direction@mifi.gouv.qc.ca', contactPhone: '1 833 274-4667' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await settings()).toMatchObject({ contactEmail: 'accueil.region@mifi.gouv.qc.ca', version: before.version + 1 });
  });
});

describe('staffByLocation', () => {
  it('counts the active accounts of each service point of the region by role: the report\'s two advisers and four agents', async () => {
    const rows = await staffByLocation(db, '08');
    expect(rows.map(({ servicePointName, city, role, count }) => ({ servicePointName, city, role, count }))).toEqual([
      { servicePointName: 'Services Québec – La Sarre', city: 'La Sarre', role: 'agent', count: 1 },
      { servicePointName: 'Services Québec – Rouyn-Noranda', city: 'Rouyn-Noranda', role: 'agent', count: 1 },
      { servicePointName: 'Services Québec – Rouyn-Noranda', city: 'Rouyn-Noranda', role: 'adviser', count: 1 },
      { servicePointName: 'Services Québec – Rouyn-Noranda', city: 'Rouyn-Noranda', role: 'manager', count: 1 },
      { servicePointName: "Services Québec – Val-d'Or", city: "Val-d'Or", role: 'agent', count: 1 },
      { servicePointName: "Services Québec – Val-d'Or", city: "Val-d'Or", role: 'adviser', count: 1 },
      { servicePointName: 'Services Québec – Ville-Marie', city: 'Ville-Marie', role: 'agent', count: 1 },
    ]);
    expect(staffTotalsByRole(rows)).toEqual({ agent: 4, adviser: 2, manager: 1 });
    expect(staffTotalsByRole(await staffByLocation(db, '07'))).toEqual({ agent: 1, adviser: 1 });
  });

  it('follows the staff table: a disabled account leaves the count, a new one enters it', async () => {
    const [valdor] = await db.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.code, 'val-dor'));
    await db.insert(users).values([
      { email: 'count.one@passerelle.test', displayName: 'Count One', role: 'agent', servicePointId: valdor!.id },
      { email: 'count.two@passerelle.test', displayName: 'Count Two', role: 'agent', servicePointId: valdor!.id, active: false },
    ]);
    const valdorAgents = (await staffByLocation(db, '08')).find((row) => row.servicePointId === valdor!.id && row.role === 'agent');
    expect(valdorAgents?.count).toBe(2);
    await db.delete(users).where(inArray(users.email, ['count.one@passerelle.test', 'count.two@passerelle.test']));
    expect((await staffByLocation(db, '08')).find((row) => row.servicePointId === valdor!.id && row.role === 'agent')?.count).toBe(1);
  });

  it('words the counts as the report does, with ICU plurals in French and English', () => {
    const fr = getTranslator('fr', 'reference.byLocation.roles').t;
    expect(fr('adviser', { count: 2 })).toBe('2 conseillères et conseillers en immigration régionale');
    expect(fr('agent', { count: 4 })).toBe('4 agentes et agents d’aide à l’intégration');
    expect(fr('agent', { count: 1 })).toBe('1 agente ou agent d’aide à l’intégration');
    expect(fr('adviser', { count: 1 })).toBe('1 conseillère ou conseiller en immigration régionale');
    const en = getTranslator('en', 'reference.byLocation.roles').t;
    expect(en('adviser', { count: 2 })).toBe('2 regional immigration advisers');
    expect(en('agent', { count: 1 })).toBe('1 integration agent');
  });
});
