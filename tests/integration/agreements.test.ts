import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedActions from '@/app/(app)/agreements/actions';
import type { Db } from '@/db/client';
import { agreements, agreementTerritories, auditEvents, fundedProjects, fundedProjectTerritories, mrcs, partners, users } from '@/db/schema';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { getAgreement, listAgreements, listFundedProjects } from '@/lib/agreements/queries';
import { headlineMetrics } from '@/lib/metrics/counts';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// Called with raw inputs, as a browser (or an attacker) would post them.
const actions = typedActions as unknown as Record<keyof typeof typedActions, (raw: unknown) => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string>; data?: { id: string } }>>;

const ADMIN = 'admin@passerelle.test';
const MANAGER = 'direction@passerelle.test'; // region 08
const key = () => crypto.randomUUID();

let db: Db;
const mrc = new Map<string, string>();
let mosaiqueId: string;
let gatineauAgreementId: string;
let abitibiAgreementId: string;

async function userOf(email: string): Promise<SessionUser> {
  await actAs(db, email);
  return (await getCurrentUser())!;
}

function agreementInput(overrides: Record<string, unknown> = {}) {
  return {
    reference: `PASI-2026-08-${Math.floor(Math.random() * 1e6)}`,
    title: 'Accueil et intégration à Rouyn-Noranda et au Témiscamingue',
    partnerId: mosaiqueId,
    program: 'PASI',
    programComponent: 'Volet 2',
    amount: '12 345,67 $',
    status: 'signed',
    signedOn: '2026-06-15',
    startsOn: '2026-07-01',
    endsOn: '2027-06-30',
    mrcIds: [mrc.get('rouyn-noranda'), mrc.get('temiscamingue')],
    deliverables: 'Deux cercles de conversation par mois.\nUn bilan en fin d’entente.',
    idempotencyKey: key(),
    ...overrides,
  };
}

const CURRENT_FISCAL_YEAR = { from: '2026-04-01', to: '2027-03-31', regionCode: '08' };

async function rowCounts() {
  const [[a], [t], [p]] = await Promise.all([
    db.select({ n: count() }).from(agreements),
    db.select({ n: count() }).from(agreementTerritories),
    db.select({ n: count() }).from(fundedProjects),
  ]);
  return { agreements: a!.n, territories: t!.n, projects: p!.n };
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  for (const row of await db.select({ id: mrcs.id, code: mrcs.code }).from(mrcs)) mrc.set(row.code, row.id);
  const [mosaique] = await db.select({ id: partners.id }).from(partners).where(eq(partners.name, 'La Mosaïque'));
  mosaiqueId = mosaique!.id;
  const [gatineau] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.reference, 'PAC-2019-07-018'));
  gatineauAgreementId = gatineau!.id;
  const [abitibi] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.reference, 'PAC-2019-08-001'));
  abitibiAgreementId = abitibi!.id;
});
afterAll(closeTestDatabase);

describe('recording an agreement', () => {
  let createdId: string;

  it('records a signed agreement covering two MRCs in one transaction, audited, and the period counter goes up by one', async () => {
    const before = await headlineMetrics(db, CURRENT_FISCAL_YEAR);
    await actAs(db, ADMIN);
    const input = agreementInput();
    const result = await actions.createAgreementAction(input);
    expect(result).toMatchObject({ ok: true });
    createdId = result.data!.id;
    const [row] = await db.select().from(agreements).where(eq(agreements.id, createdId));
    expect(row).toMatchObject({ reference: input.reference, amountCents: 1_234_567, status: 'signed', signedOn: '2026-06-15', program: 'PASI', programComponent: 'Volet 2', version: 1 });
    const territories = await db.select({ mrcId: agreementTerritories.mrcId }).from(agreementTerritories).where(eq(agreementTerritories.agreementId, createdId));
    expect(territories.map((t) => t.mrcId).sort()).toEqual([mrc.get('rouyn-noranda'), mrc.get('temiscamingue')].sort());
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'agreement.created'), eq(auditEvents.entityId, createdId)));
    expect(event?.details).toMatchObject({ program: 'PASI', status: 'signed', partnerId: mosaiqueId });
    const after = await headlineMetrics(db, CURRENT_FISCAL_YEAR);
    expect(after.agreementsSigned).toBe(before.agreementsSigned + 1);
  });

  it('records once when the same form is submitted twice', async () => {
    await actAs(db, ADMIN);
    const input = agreementInput();
    const before = await rowCounts();
    const [first, second] = await Promise.all([actions.createAgreementAction(input), actions.createAgreementAction(input)]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true, data: { id: first.data!.id } });
    const after = await rowCounts();
    expect(after.agreements).toBe(before.agreements + 1);
    expect(after.territories).toBe(before.territories + 2);
  });

  it('keeps amounts exact: 0,10 $ and 0,20 $ add up to 30 cents, not 0.30000000000000004 dollars', async () => {
    await actAs(db, ADMIN);
    const ids: string[] = [];
    for (const amount of ['0,10', '0.2']) {
      const result = await actions.createAgreementAction(agreementInput({ amount, status: 'draft', signedOn: '' }));
      expect(result).toMatchObject({ ok: true });
      ids.push(result.data!.id);
    }
    const [sum] = await db.select({ cents: sql<string>`sum(${agreements.amountCents})::text` }).from(agreements).where(inArray(agreements.id, ids));
    expect(sum!.cents).toBe('30');
    const [big] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.id, createdId));
    expect(big).toBeDefined();
  });

  it.each([
    ['reference', { reference: '' }, 'required'],
    ['reference', { reference: '=cmd()' }, 'referenceFormat'],
    ['title', { title: '   ' }, 'required'],
    ['title', { title: 'x'.repeat(201) }, 'tooLong'],
    ['partnerId', { partnerId: 'not-an-id' }, 'invalid'],
    ['program', { program: 'PAS' }, 'required'],
    ['programComponent', { programComponent: 'x'.repeat(101) }, 'tooLong'],
    ['amount', { amount: '' }, 'required'],
    ['amount', { amount: '-100' }, 'amountNegative'],
    ['amount', { amount: '12,345' }, 'amountDecimals'],
    ['amount', { amount: '0.1+0.2' }, 'amountInvalid'],
    ['amount', { amount: '1e9' }, 'amountInvalid'],
    ['amount', { amount: '999 999 999 999' }, 'amountTooLarge'],
    ['amount', { amount: '0,00' }, 'amountZero'],
    ['amount', { amount: 12 }, 'required'],
    ['status', { status: 'completed' }, 'required'],
    ['signedOn', { signedOn: '' }, 'signedDateRequired'],
    ['signedOn', { signedOn: '2019-02-29' }, 'invalidDate'],
    ['signedOn', { signedOn: '2099-01-01' }, 'dateInFuture'],
    ['startsOn', { startsOn: '01/07/2026' }, 'invalidDate'],
    ['endsOn', { endsOn: '2026-06-30' }, 'endsBeforeStart'],
    ['mrcIds', { mrcIds: [] }, 'mrcRequired'],
    ['mrcIds', { mrcIds: ['x'] }, 'invalid'],
    ['deliverables', { deliverables: 'x'.repeat(4001) }, 'tooLong'],
    ['idempotencyKey', { idempotencyKey: 'again' }, 'invalid'],
  ])('refuses a bad %s (%j) with a field message, writing nothing', async (field, overrides, code) => {
    await actAs(db, ADMIN);
    const before = await rowCounts();
    const result = await actions.createAgreementAction(agreementInput(overrides));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(result.fieldErrors?.[field]).toBe(code);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses what only the database knows, on its field: a taken reference, an unknown partner or MRC, an inactive partner', async () => {
    await actAs(db, ADMIN);
    const before = await rowCounts();
    expect((await actions.createAgreementAction(agreementInput({ reference: 'PAC-2019-08-001' }))).fieldErrors).toEqual({ reference: 'referenceTaken' });
    expect((await actions.createAgreementAction(agreementInput({ partnerId: crypto.randomUUID() }))).fieldErrors).toEqual({ partnerId: 'invalid' });
    expect((await actions.createAgreementAction(agreementInput({ mrcIds: [mrc.get('abitibi'), crypto.randomUUID()] }))).fieldErrors).toEqual({ mrcIds: 'invalid' });
    const [inactive] = await db.insert(partners).values({ name: 'Organisme fermé (test)', kind: 'other', regionCode: '08', active: false }).returning();
    expect((await actions.createAgreementAction(agreementInput({ partnerId: inactive!.id }))).fieldErrors).toEqual({ partnerId: 'partnerInactive' });
    expect(await rowCounts()).toEqual(before);
  });

  it.each(['direction@passerelle.test', 'agent.valdor@passerelle.test', 'conseil.valdor@passerelle.test'])('refuses %s (no agreement:write), writing nothing', async (email) => {
    await actAs(db, email);
    const before = await rowCounts();
    expect(await actions.createAgreementAction(agreementInput())).toEqual({ ok: false, error: 'forbidden' });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('editing an agreement', () => {
  async function fresh(status: 'draft' | 'signed' | 'active' = 'draft') {
    await actAs(db, ADMIN);
    const input = agreementInput({ status, signedOn: status === 'draft' ? '' : '2026-06-15' });
    const result = await actions.createAgreementAction(input);
    const [row] = await db.select().from(agreements).where(eq(agreements.id, result.data!.id));
    return { input, row: row! };
  }
  const edit = (input: Record<string, unknown>, row: { id: string; version: number }, overrides: Record<string, unknown> = {}) =>
    actions.updateAgreementAction({ ...input, idempotencyKey: undefined, id: row.id, version: row.version, ...overrides });

  it('moves along the allowed transitions only, and replaces the territories', async () => {
    const { input, row } = await fresh('draft');
    const signed = await edit(input, row, { status: 'signed', signedOn: '2026-08-01', mrcIds: [mrc.get('abitibi')], amount: '20 000 $' });
    expect(signed).toMatchObject({ ok: true });
    const [after] = await db.select().from(agreements).where(eq(agreements.id, row.id));
    expect(after).toMatchObject({ status: 'signed', amountCents: 2_000_000, version: 2 });
    const territories = await db.select({ mrcId: agreementTerritories.mrcId }).from(agreementTerritories).where(eq(agreementTerritories.agreementId, row.id));
    expect(territories).toEqual([{ mrcId: mrc.get('abitibi') }]);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'agreement.updated'), eq(auditEvents.entityId, row.id)));
    expect(event?.details).toMatchObject({ status: 'signed', previousStatus: 'draft' });
    // signed → completed skips "active": refused on the status field.
    const skipped = await edit(input, after!, { status: 'completed', signedOn: '2026-08-01' });
    expect(skipped).toEqual({ ok: false, error: 'invalid', fieldErrors: { status: 'forbiddenTransition' } });
    expect(await edit(input, after!, { status: 'active', signedOn: '2026-08-01' })).toMatchObject({ ok: true });
    expect(await edit(input, { id: row.id, version: 3 }, { status: 'completed', signedOn: '2026-08-01' })).toMatchObject({ ok: true });
    // Completed is final.
    for (const status of ['active', 'cancelled', 'draft', 'signed']) {
      expect(await edit(input, { id: row.id, version: 4 }, { status, signedOn: '2026-08-01' })).toEqual({ ok: false, error: 'invalid', fieldErrors: { status: 'forbiddenTransition' } });
    }
  });

  it('refuses draft → active and a cancelled agreement coming back', async () => {
    const { input, row } = await fresh('draft');
    expect((await edit(input, row, { status: 'active', signedOn: '2026-06-15' })).fieldErrors).toEqual({ status: 'forbiddenTransition' });
    expect(await edit(input, row, { status: 'cancelled' })).toMatchObject({ ok: true });
    expect((await edit(input, { id: row.id, version: 2 }, { status: 'draft' })).fieldErrors).toEqual({ status: 'forbiddenTransition' });
  });

  it('needs the signing date to be signed, active or completed', async () => {
    const { input, row } = await fresh('draft');
    expect((await edit(input, row, { status: 'signed', signedOn: '' })).fieldErrors).toEqual({ signedOn: 'signedDateRequired' });
  });

  it('refuses a stale version as a conflict, changing nothing', async () => {
    const { input, row } = await fresh('signed');
    expect(await edit(input, row, { title: 'Première modification' })).toMatchObject({ ok: true });
    const before = await db.select().from(agreements).where(eq(agreements.id, row.id));
    expect(await edit(input, row, { title: 'Modification sur une page périmée', mrcIds: [mrc.get('abitibi')] })).toEqual({ ok: false, error: 'conflict' });
    expect(await db.select().from(agreements).where(eq(agreements.id, row.id))).toEqual(before);
    const territories = await db.select().from(agreementTerritories).where(eq(agreementTerritories.agreementId, row.id));
    expect(territories).toHaveLength(2);
  });

  it('answers not found for an agreement that does not exist, and refuses managers', async () => {
    const { input, row } = await fresh('draft');
    await actAs(db, ADMIN);
    expect(await edit(input, { id: crypto.randomUUID(), version: 1 })).toEqual({ ok: false, error: 'not_found' });
    await actAs(db, MANAGER);
    expect(await edit(input, row, { title: 'Par la direction' })).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('funded projects', () => {
  let agreementId: string;
  let projectId: string;

  beforeAll(async () => {
    await actAs(db, ADMIN);
    const result = await actions.createAgreementAction(agreementInput());
    agreementId = result.data!.id;
  });

  const project = (overrides: Record<string, unknown> = {}) => ({
    agreementId,
    type: 'womens_circle',
    title: 'Cercle des femmes (test)',
    description: 'Rencontres mensuelles.',
    startsOn: '2026-09-01',
    endsOn: '2027-06-30',
    participants: '24',
    mrcIds: [mrc.get('rouyn-noranda')],
    idempotencyKey: key(),
    ...overrides,
  });

  it('adds a project under the agreement, audited, listed on its page and in the projects list', async () => {
    await actAs(db, ADMIN);
    const result = await actions.createFundedProjectAction(project());
    expect(result).toMatchObject({ ok: true });
    projectId = result.data!.id;
    const [row] = await db.select().from(fundedProjects).where(eq(fundedProjects.id, projectId));
    expect(row).toMatchObject({ agreementId, type: 'womens_circle', participants: 24, endsOn: '2027-06-30' });
    expect(await db.select({ mrcId: fundedProjectTerritories.mrcId }).from(fundedProjectTerritories).where(eq(fundedProjectTerritories.fundedProjectId, projectId))).toEqual([{ mrcId: mrc.get('rouyn-noranda') }]);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'funded_project.created'), eq(auditEvents.entityId, projectId)));
    expect(event?.details).toMatchObject({ agreementId, type: 'womens_circle' });
    const manager = await userOf(MANAGER);
    const detail = await getAgreement(db, manager, agreementId);
    expect(detail?.projects.map((p) => p.id)).toEqual([projectId]);
    const circles = await listFundedProjects(db, manager, { page: 1, pageSize: 100, sort: { column: 'starts', direction: 'desc' }, type: 'womens_circle', mrc: mrc.get('rouyn-noranda') });
    expect(circles.rows.map((p) => p.id)).toContain(projectId);
    expect(circles.rows.every((p) => p.type === 'womens_circle' && p.mrcs.some((m) => m.id === mrc.get('rouyn-noranda')))).toBe(true);
    const elsewhere = await listFundedProjects(db, manager, { page: 1, pageSize: 100, sort: { column: 'starts', direction: 'desc' }, mrc: mrc.get('abitibi') });
    expect(elsewhere.rows.map((p) => p.id)).not.toContain(projectId);
  });

  it.each([
    ['type', { type: 'festival' }, 'required'],
    ['title', { title: '' }, 'required'],
    ['description', { description: 'x'.repeat(4001) }, 'tooLong'],
    ['startsOn', { startsOn: '2026-02-30' }, 'invalidDate'],
    ['endsOn', { endsOn: '2026-08-31' }, 'endsBeforeStart'],
    ['participants', { participants: '-3' }, 'notNegative'],
    ['participants', { participants: '2.5' }, 'wholeNumber'],
    ['participants', { participants: '5000000' }, 'tooLarge'],
    ['mrcIds', { mrcIds: [] }, 'mrcRequired'],
    ['mrcIds', { mrcIds: [mrc.get('abitibi') ?? crypto.randomUUID()] }, 'mrcNotCovered'],
  ])('refuses a bad %s with a field message, writing nothing', async (field, overrides, code) => {
    await actAs(db, ADMIN);
    // mrc is filled in beforeAll: resolve the MRC case now.
    const resolved = field === 'mrcIds' && code === 'mrcNotCovered' ? { mrcIds: [mrc.get('abitibi')] } : overrides;
    const before = await rowCounts();
    const result = await actions.createFundedProjectAction(project(resolved));
    expect(result.fieldErrors?.[field]).toBe(code);
    expect(await rowCounts()).toEqual(before);
  });

  it('edits a project with its version; a stale one is a conflict; a manager may not', async () => {
    await actAs(db, ADMIN);
    const edit = { ...project({ title: 'Cercle des femmes de Rouyn-Noranda (test)', participants: '30', mrcIds: [mrc.get('rouyn-noranda'), mrc.get('temiscamingue')] }), idempotencyKey: undefined, agreementId: undefined, id: projectId, version: 1 };
    expect(await actions.updateFundedProjectAction(edit)).toMatchObject({ ok: true });
    const [row] = await db.select().from(fundedProjects).where(eq(fundedProjects.id, projectId));
    expect(row).toMatchObject({ participants: 30, version: 2 });
    expect(await db.select().from(fundedProjectTerritories).where(eq(fundedProjectTerritories.fundedProjectId, projectId))).toHaveLength(2);
    expect(await actions.updateFundedProjectAction({ ...edit, title: 'Périmé' })).toEqual({ ok: false, error: 'conflict' });
    await actAs(db, MANAGER);
    expect(await actions.updateFundedProjectAction({ ...edit, version: 2 })).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('who reads which agreements (agreementScope)', () => {
  const query = { page: 1, pageSize: 100, sort: { column: 'signed' as const, direction: 'desc' as const } };

  it('gives a manager the agreements covering an MRC of their region, in the list and in the detail alike', async () => {
    const manager = await userOf(MANAGER);
    const list = await listAgreements(db, manager, query);
    expect(list.total).toBeGreaterThan(0);
    const ids = new Set(list.rows.map((row) => row.id));
    expect(ids.has(abitibiAgreementId)).toBe(true);
    expect(ids.has(gatineauAgreementId)).toBe(false);
    for (const row of list.rows) expect(row.mrcs.length).toBeGreaterThan(0);
    // Every agreement of the list covers region 08; the region 07 agreement is refused by the detail too.
    const covered = await db
      .selectDistinct({ id: agreementTerritories.agreementId })
      .from(agreementTerritories)
      .innerJoin(mrcs, eq(mrcs.id, agreementTerritories.mrcId))
      .where(eq(mrcs.regionCode, '08'));
    expect(list.total).toBe(covered.length);
    expect(await getAgreement(db, manager, abitibiAgreementId)).toMatchObject({ reference: 'PAC-2019-08-001' });
    expect(await getAgreement(db, manager, gatineauAgreementId)).toBeNull();
    const gatineauProjects = await listFundedProjects(db, manager, { page: 1, pageSize: 100, sort: { column: 'starts', direction: 'asc' }, mrc: mrc.get('gatineau') });
    expect(gatineauProjects.total).toBe(0);
  });

  it('gives an admin all of them, and an agent or an adviser none', async () => {
    const admin = await userOf(ADMIN);
    const [all] = await db.select({ n: count() }).from(agreements);
    expect((await listAgreements(db, admin, query)).total).toBe(all!.n);
    expect(await getAgreement(db, admin, gatineauAgreementId)).not.toBeNull();
    for (const email of ['agent.valdor@passerelle.test', 'conseil.valdor@passerelle.test']) {
      const user = await userOf(email);
      expect((await listAgreements(db, user, query)).total).toBe(0);
      expect(await getAgreement(db, user, abitibiAgreementId)).toBeNull();
    }
  });

  it('filters by program, status, MRC and signing period, and searches title, reference and partner ignoring accents', async () => {
    const manager = await userOf(MANAGER);
    const period = await listAgreements(db, manager, { ...query, signedFrom: '2019-08-01', signedTo: '2020-03-31' });
    const counted = period.rows.filter((row) => row.status !== 'draft' && row.status !== 'cancelled');
    expect(counted).toHaveLength(10); // the report's 10 agreements
    const pasi = await listAgreements(db, manager, { ...query, program: 'PASI', status: 'completed' });
    expect(pasi.rows.length).toBeGreaterThan(0);
    expect(pasi.rows.every((row) => row.program === 'PASI' && row.status === 'completed')).toBe(true);
    const temiscamingue = await listAgreements(db, manager, { ...query, mrc: mrc.get('temiscamingue') });
    expect(temiscamingue.rows.every((row) => row.mrcs.some((m) => m.id === mrc.get('temiscamingue')))).toBe(true);
    const search = await listAgreements(db, manager, { ...query, q: 'mosaique' });
    expect(search.rows.length).toBeGreaterThan(0);
    expect(search.rows.every((row) => row.partnerName === 'La Mosaïque')).toBe(true);
    expect((await listAgreements(db, manager, { ...query, q: 'pac-2019-08-001' })).rows.map((row) => row.reference)).toEqual(['PAC-2019-08-001']);
    expect((await listAgreements(db, manager, { ...query, q: '%' })).total).toBe(0);
  });

  it('sorts by amount on the integer cents, and pages never overlap', async () => {
    const admin = await userOf(ADMIN);
    const sorted = await listAgreements(db, admin, { ...query, sort: { column: 'amount', direction: 'asc' } });
    const amounts = sorted.rows.map((row) => row.amountCents);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    const first = await listAgreements(db, admin, { page: 1, pageSize: 10, sort: { column: 'title', direction: 'asc' } });
    const second = await listAgreements(db, admin, { page: 2, pageSize: 10, sort: { column: 'title', direction: 'asc' } });
    expect(first.rows.filter((row) => second.rows.some((other) => other.id === row.id))).toEqual([]);
  });
});

describe('CSV export', () => {
  it('exports the manager’s filtered agreements with exact amounts, and audits it', async () => {
    await actAs(db, MANAGER);
    const { GET } = await import('@/app/(app)/agreements/export/route');
    const response = await GET(new Request('http://localhost/agreements/export?signedFrom=2019-08-01&signedTo=2020-03-31&status=completed'));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel in French needs
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('PAC-2019-08-001');
    expect(text).not.toContain('PAC-2019-07-018');
    const [agreement] = await db.select({ amountCents: agreements.amountCents }).from(agreements).where(eq(agreements.reference, 'PAC-2019-08-001'));
    expect(text).toContain(`${Math.trunc(agreement!.amountCents / 100)},${String(agreement!.amountCents % 100).padStart(2, '0')}`);
    const [manager] = await db.select({ id: users.id }).from(users).where(eq(users.email, MANAGER));
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'agreements.exported'), eq(auditEvents.actorId, manager!.id)));
    expect(event?.details).toMatchObject({ status: 'completed', signedFrom: '2019-08-01', signedTo: '2020-03-31', search: false });
    expect((await GET(new Request('http://localhost/agreements/export?status=open'))).status).toBe(400);
  });
});
