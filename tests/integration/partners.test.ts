import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedPartnerActions from '@/app/(app)/partners/actions';
import * as typedPersonActions from '@/app/(app)/persons/actions';
import type { Db } from '@/db/client';
import { accompaniments, auditEvents, mrcs, partners, referrals, users } from '@/db/schema';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { getPartner, listPartners } from '@/lib/partners/queries';
import { listReferralPartners } from '@/lib/persons/options';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string>; data?: { id: string } };
const actions = typedPartnerActions as unknown as Record<keyof typeof typedPartnerActions, (raw: unknown) => Promise<Result>>;
const personActions = typedPersonActions as unknown as Record<keyof typeof typedPersonActions, (raw: unknown) => Promise<Result>>;

const ADMIN = 'admin@passerelle.test';
const AGENT = 'agent.valdor@passerelle.test';
const key = () => crypto.randomUUID();
const REPORT_RESOURCES = [
  'Carrefour jeunesse emploi Abitibi-Est',
  "Mouvement de la Relève d'Amos-Région",
  'Carrefour jeunesse emploi Abitibi-Ouest',
  'La Mosaïque',
  'Carrefour jeunesse emploi Témiscamingue',
];

let db: Db;
const mrc = new Map<string, string>();

async function userOf(email: string): Promise<SessionUser> {
  await actAs(db, email);
  return (await getCurrentUser())!;
}

let counter = 0;
function partnerInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Centre d’accueil des nouveaux arrivants ${++counter}`,
    kind: 'community_organization',
    regionCode: '08',
    mrcId: mrc.get('la-vallee-de-l-or'),
    services: 'Accueil, francisation, aide au logement',
    territory: 'Val-d’Or et Malartic',
    address: '123, 3e Avenue, Val-d’Or',
    contactName: 'Responsable de l’accueil',
    email: 'Accueil@Exemple.QC.CA',
    phone: '(819) 555-0199',
    website: 'https://accueil.exemple.qc.ca',
    listedAsResource: 'on',
    idempotencyKey: key(),
    ...overrides,
  };
}

const partnerCount = async () => (await db.select({ n: count() }).from(partners))[0]!.n;
const query = { page: 1, pageSize: 100, sort: { column: 'name' as const, direction: 'asc' as const } };

beforeAll(async () => {
  db = await openSeededTestDatabase();
  for (const row of await db.select({ id: mrcs.id, code: mrcs.code }).from(mrcs)) mrc.set(row.code, row.id);
});
afterAll(closeTestDatabase);

describe('the directory', () => {
  it('holds the report’s five resources, with their services, listed as resources', async () => {
    const agent = await userOf(AGENT);
    const resources = await listPartners(db, agent, { ...query, resource: 'yes' });
    expect(resources.rows.map((row) => row.name).sort()).toEqual([...REPORT_RESOURCES].sort());
    for (const row of resources.rows) {
      expect(row.services).toBeTruthy();
      expect(row.active).toBe(true);
      expect(row.regionCode).toBe('08');
    }
  });

  it('is read by every role with partner:read, searched ignoring accents and filtered by kind, region and MRC', async () => {
    for (const email of [AGENT, 'conseil.valdor@passerelle.test', 'direction@passerelle.test', ADMIN]) {
      const user = await userOf(email);
      const all = await listPartners(db, user, query);
      expect(all.total).toBeGreaterThanOrEqual(REPORT_RESOURCES.length);
      expect((await listPartners(db, user, { ...query, q: 'mosaique' })).rows.map((row) => row.name)).toEqual(['La Mosaïque']);
    }
    const agent = await userOf(AGENT);
    expect((await listPartners(db, agent, { ...query, q: 'temiscamingue emploi' })).rows.map((row) => row.name)).toEqual(['Carrefour jeunesse emploi Témiscamingue']);
    const centres = await listPartners(db, agent, { ...query, kind: 'youth_employment_centre' });
    expect(centres.rows.length).toBe(3);
    expect(centres.rows.every((row) => row.kind === 'youth_employment_centre')).toBe(true);
    const outaouais = await listPartners(db, agent, { ...query, region: '07' });
    expect(outaouais.rows.every((row) => row.regionCode === '07')).toBe(true);
    expect(outaouais.total).toBeGreaterThan(0);
    const abitibi = await listPartners(db, agent, { ...query, mrc: mrc.get('abitibi') });
    expect(abitibi.rows.every((row) => row.mrcId === mrc.get('abitibi'))).toBe(true);
    expect((await listPartners(db, agent, { ...query, q: '_' })).total).toBe(0);
  });

  it('gives nobody without partner:read anything (the privacy officer)', async () => {
    const officer = { ...(await userOf(AGENT)), role: 'privacy_officer' as const };
    expect((await listPartners(db, officer, query)).total).toBe(0);
    const [any] = await db.select({ id: partners.id }).from(partners).limit(1);
    expect(await getPartner(db, officer, any!.id)).toBeNull();
  });
});

describe('keeping the directory (admins)', () => {
  let partnerId: string;

  it('adds a partner, normalizing its contact details, audited, once per form', async () => {
    await actAs(db, ADMIN);
    const before = await partnerCount();
    const input = partnerInput();
    const [first, replay] = await Promise.all([actions.createPartnerAction(input), actions.createPartnerAction(input)]);
    expect(first).toMatchObject({ ok: true });
    expect(replay).toMatchObject({ ok: true, data: { id: first.data!.id } });
    expect(await partnerCount()).toBe(before + 1);
    partnerId = first.data!.id;
    const [row] = await db.select().from(partners).where(eq(partners.id, partnerId));
    expect(row).toMatchObject({ email: 'accueil@exemple.qc.ca', phone: '819-555-0199', listedAsResource: true, active: true, version: 1 });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'partner.created'), eq(auditEvents.entityId, partnerId)));
    expect(event?.details).toEqual({ kind: 'community_organization', regionCode: '08' });
  });

  it.each([
    ['name', { name: '' }, 'required'],
    ['name', { name: 'x'.repeat(201) }, 'tooLong'],
    ['kind', { kind: 'company' }, 'required'],
    ['regionCode', { regionCode: 'AT' }, 'required'],
    ['mrcId', { mrcId: 'abitibi' }, 'invalid'],
    ['services', { services: 'x'.repeat(2001) }, 'tooLong'],
    ['email', { email: 'accueil@' }, 'email'],
    ['phone', { phone: '555-01' }, 'phone'],
    ['website', { website: 'javascript:alert(1)' }, 'website'],
    ['website', { website: 'accueil' }, 'website'],
    ['address', { address: 'rue\u0000' }, 'controlCharacters'],
  ])('refuses a bad %s with a field message, writing nothing', async (field, overrides, code) => {
    await actAs(db, ADMIN);
    const before = await partnerCount();
    const result = await actions.createPartnerAction(partnerInput(overrides));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(result.fieldErrors?.[field]).toBe(code);
    expect(await partnerCount()).toBe(before);
  });

  it('refuses a taken name, an unknown region and an MRC of another region, on their fields', async () => {
    await actAs(db, ADMIN);
    const before = await partnerCount();
    expect((await actions.createPartnerAction(partnerInput({ name: 'La Mosaïque' }))).fieldErrors).toEqual({ name: 'partnerNameTaken' });
    expect((await actions.createPartnerAction(partnerInput({ regionCode: '99', mrcId: '' }))).fieldErrors).toEqual({ regionCode: 'invalid' });
    expect((await actions.createPartnerAction(partnerInput({ regionCode: '07' }))).fieldErrors).toEqual({ mrcId: 'mrcNotInRegion' });
    expect(await partnerCount()).toBe(before);
  });

  it.each([AGENT, 'conseil.valdor@passerelle.test', 'direction@passerelle.test'])('refuses %s (no reference:manage)', async (email) => {
    await actAs(db, email);
    const before = await partnerCount();
    expect(await actions.createPartnerAction(partnerInput())).toEqual({ ok: false, error: 'forbidden' });
    const [row] = await db.select().from(partners).where(eq(partners.id, partnerId));
    expect(await actions.updatePartnerAction({ ...partnerInput(), id: partnerId, version: row!.version })).toEqual({ ok: false, error: 'forbidden' });
    expect(await actions.setPartnerActiveAction({ id: partnerId, version: row!.version, active: false })).toEqual({ ok: false, error: 'forbidden' });
    expect(await partnerCount()).toBe(before);
  });

  it('edits with its version; a stale version is a conflict and changes nothing', async () => {
    await actAs(db, ADMIN);
    const edit = { ...partnerInput({ name: 'Centre d’accueil de Val-d’Or', mrcId: '' }), idempotencyKey: undefined, id: partnerId, version: 1 };
    expect(await actions.updatePartnerAction(edit)).toMatchObject({ ok: true });
    const [after] = await db.select().from(partners).where(eq(partners.id, partnerId));
    expect(after).toMatchObject({ name: 'Centre d’accueil de Val-d’Or', mrcId: null, version: 2 });
    expect(await actions.updatePartnerAction({ ...edit, territory: 'Périmé' })).toEqual({ ok: false, error: 'conflict' });
    expect(await actions.setPartnerActiveAction({ id: partnerId, version: 1, active: false })).toEqual({ ok: false, error: 'conflict' });
    const [unchanged] = await db.select().from(partners).where(eq(partners.id, partnerId));
    expect(unchanged).toEqual(after);
    expect(await actions.updatePartnerAction({ ...edit, id: crypto.randomUUID() })).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('an inactive partner and referrals', () => {
  let accompanimentId: string;
  let partnerId: string;

  beforeAll(async () => {
    await actAs(db, AGENT);
    const [agent] = await db.select({ id: users.id }).from(users).where(eq(users.email, AGENT));
    const registered = await personActions.registerPersonAction({
      firstName: 'Nadia',
      lastName: 'Benali',
      birthDate: '1991-03-14',
      countryOfBirth: 'MA',
      languages: ['fr', 'ar'],
      immigrationCategory: 'permanent_resident_economic',
      collectionConsentOn: '2026-09-01',
      sharingConsent: true,
      sharingConsentOn: '2026-09-01',
      needs: ['employment'],
      openedOn: '2026-09-01',
      agentId: agent!.id,
      idempotencyKey: key(),
      confirmedNotDuplicate: true,
    });
    expect(registered).toMatchObject({ ok: true });
    const [followUp] = await db.select({ id: accompaniments.id }).from(accompaniments).where(eq(accompaniments.personId, registered.data!.id));
    accompanimentId = followUp!.id;
    await actAs(db, ADMIN);
    const created = await actions.createPartnerAction(partnerInput({ name: 'Organisme qui fermera', regionCode: '08' }));
    partnerId = created.data!.id;
  });

  it('takes referrals while active, then, once deactivated, is refused on the server with a field message and left out of the choices', async () => {
    await actAs(db, AGENT);
    const agent = await userOf(AGENT);
    expect((await listReferralPartners(db, agent)).map((row) => row.id)).toContain(partnerId);
    expect(await personActions.addReferralAction({ accompanimentId, partnerId, need: 'employment', sentOn: '2026-09-02', idempotencyKey: key() })).toMatchObject({ ok: true });

    await actAs(db, ADMIN);
    const [row] = await db.select().from(partners).where(eq(partners.id, partnerId));
    expect(await actions.setPartnerActiveAction({ id: partnerId, version: row!.version, active: 'false' })).toMatchObject({ ok: true });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'partner.deactivated'), eq(auditEvents.entityId, partnerId)));
    expect(event).toBeDefined();

    await actAs(db, AGENT);
    expect((await listReferralPartners(db, agent)).map((row) => row.id)).not.toContain(partnerId);
    // A form opened before the deactivation still posts the partner: the server refuses it.
    const before = await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId));
    expect(await personActions.addReferralAction({ accompanimentId, partnerId, need: 'employment', sentOn: '2026-09-03', idempotencyKey: key() })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { partnerId: 'partnerUnavailable' },
    });
    expect(await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId))).toEqual(before);
    // The past referral keeps its partner; the directory lists it among the inactive ones only.
    expect(before.every((referral) => referral.partnerId === partnerId)).toBe(true);
    expect((await listPartners(db, agent, query)).rows.map((p) => p.id)).not.toContain(partnerId);
    expect((await listPartners(db, agent, { ...query, status: 'inactive' })).rows.map((p) => p.id)).toContain(partnerId);
    expect(await getPartner(db, agent, partnerId)).toMatchObject({ active: false });

    await actAs(db, ADMIN);
    expect(await actions.setPartnerActiveAction({ id: partnerId, version: row!.version + 1, active: true })).toMatchObject({ ok: true });
    await actAs(db, AGENT);
    expect(await personActions.addReferralAction({ accompanimentId, partnerId, need: 'employment', sentOn: '2026-09-04', idempotencyKey: key() })).toMatchObject({ ok: true });
  });
});
