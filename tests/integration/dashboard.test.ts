import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { countAgreementsSigned, headlineMetrics } from '@/lib/metrics/counts';
import { getDashboard } from '@/lib/metrics/dashboard';
import { resolveDashboardScope } from '@/lib/metrics/dashboard-scope';
import { businessBreakdowns, personBreakdowns, PERSON_DIMENSIONS, secondaryTotals } from '@/lib/metrics/figures';
import { toPersonListQuery, personListQuery } from '@/lib/persons/list-query';
import { listPersons } from '@/lib/persons/queries';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { addAccompaniment, addAgreement, addBusiness, addEmployerFile, addPerson, addRegion, type RegionFixture } from '../helpers/fixtures';
import { actAs } from '../helpers/session';

let db: Db;
let manager: SessionUser;
let admin: SessionUser;
beforeAll(async () => {
  db = await openSeededTestDatabase();
  await actAs(db, 'direction@passerelle.test');
  manager = (await getCurrentUser())!;
  await actAs(db, 'admin@passerelle.test');
  admin = (await getCurrentUser())!;
});
afterAll(closeTestDatabase);

const REPORT = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };

/** The persons list's total for a drill-down link, read as the manager (the list's own scope applies). */
async function listTotal(href: string): Promise<number> {
  const url = new URL(href, 'http://localhost');
  const parsed = personListQuery.parse(Object.fromEntries(url.searchParams));
  const result = await listPersons(db, manager, toPersonListQuery(parsed));
  expect(result.totalIsExact).toBe(true);
  return result.total;
}

describe('dashboard figures on the demo data (report period, region 08)', () => {
  it('gives the report’s 114 / 44 / 10, the same as the headline rules', async () => {
    const dashboard = await getDashboard(db, manager, REPORT);
    expect(dashboard.headline.personsAccompanied.current.count).toEqual({ value: 114, hidden: false });
    expect(dashboard.headline.businessesAccompanied.current.count).toEqual({ value: 44, hidden: false });
    expect(dashboard.headline.agreementsSigned.current.count).toEqual({ value: 10, hidden: false });
    expect(await headlineMetrics(db, REPORT)).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
    expect(dashboard.secondary.agreementsSigned).toBe(await countAgreementsSigned(db, REPORT));
  });

  it('puts last year’s same period beside them, counted by the same rules', async () => {
    const dashboard = await getDashboard(db, manager, REPORT);
    expect(dashboard.previousScope).toEqual({ from: '2018-08-01', to: '2019-03-31', regionCode: '08' });
    const previous = await headlineMetrics(db, dashboard.previousScope);
    const shown = dashboard.headline.personsAccompanied.previous;
    expect(shown.hidden ? null : shown.value).toBe(previous.personsAccompanied >= 1 && previous.personsAccompanied <= 4 ? null : previous.personsAccompanied);
    expect(dashboard.headline.businessesAccompanied.previous).toEqual({ value: previous.businessesAccompanied, hidden: false });
  });

  it('splits the persons so that partitions add up to the total (MRC of residence, country, category)', async () => {
    const raw = await personBreakdowns(db, REPORT);
    expect(raw.total).toBe(114);
    for (const dimension of ['mrc', 'country', 'category'] as const) {
      expect(raw.rows[dimension].reduce((sum, row) => sum + row.value, 0), dimension).toBe(114);
    }
    // Persons followed at two service points or with two needs count in each: at least the total.
    for (const dimension of ['servicePoint', 'agent', 'need'] as const) {
      expect(raw.rows[dimension].reduce((sum, row) => sum + row.value, 0), dimension).toBeGreaterThanOrEqual(114);
    }
    expect(raw.rows.servicePoint.every((row) => row.label)).toBe(true);
    expect(raw.rows.month.map((row) => row.key)).toEqual([...raw.rows.month.map((row) => row.key)].sort());
    expect(raw.rows.month.every((row) => row.key! >= '2019-08' && row.key! <= '2020-03')).toBe(true);
  });

  it('links every total and cell to the persons list whose count is the figure (the manager’s scope)', async () => {
    const dashboard = await getDashboard(db, manager, REPORT);
    const raw = await personBreakdowns(db, REPORT);
    expect(await listTotal(dashboard.headline.personsAccompanied.current.href!)).toBe(114);
    let checked = 0;
    for (const breakdown of dashboard.breakdowns.filter((b) => b.countsPersons)) {
      for (const cell of breakdown.cells) {
        const expected = raw.rows[breakdown.dimension as (typeof PERSON_DIMENSIONS)[number]].find((row) => row.key === cell.key)!.value;
        if (cell.href === null) {
          // Persons with no MRC of residence have no list filter, and a hidden count no link: no link.
          expect(cell.key === null || cell.count.hidden).toBe(true);
          continue;
        }
        expect(await listTotal(cell.href), `${breakdown.dimension} ${cell.key}`).toBe(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('links the businesses total to the employer files list with the period', async () => {
    const dashboard = await getDashboard(db, manager, REPORT);
    expect(dashboard.headline.businessesAccompanied.current.href).toBe('/employers?from=2019-08-01&to=2020-03-31');
    const byMrc = dashboard.breakdowns.find((b) => b.dimension === 'businessMrc')!;
    expect(byMrc.cells.reduce((sum, cell) => sum + (cell.count.value ?? 0), 0)).toBe(44);
    expect(byMrc.cells[0]!.href).toMatch(/^\/employers\?from=2019-08-01&to=2020-03-31&mrc=[0-9a-f-]{36}$/);
  });

  it('gives an admin the figures of any region without links (no case content), and keeps a manager to their region', async () => {
    const dashboard = await getDashboard(db, admin, REPORT);
    expect(dashboard.headline.personsAccompanied.current).toEqual({ count: { value: 114, hidden: false }, href: null });
    expect(dashboard.breakdowns.every((b) => b.cells.every((cell) => cell.href === null))).toBe(true);
    expect(await resolveDashboardScope(db, admin, { from: '2019-08-01', to: '2020-03-31', region: '07' })).toMatchObject({ ok: true, scope: { regionCode: '07' } });
    expect(await resolveDashboardScope(db, manager, { from: '2019-08-01', to: '2020-03-31', region: '07' })).toMatchObject({ ok: false, errors: { region: 'outsideScope' } });
    expect(await resolveDashboardScope(db, manager, { from: '2019-08-01', to: '2020-03-31' })).toMatchObject({ ok: true, scope: { regionCode: '08' } });
    // In another region's figures a manager has nothing to open.
    expect((await getDashboard(db, manager, { ...REPORT, regionCode: '07' })).headline.personsAccompanied.current.href).toBeNull();
  });

  it('refuses a reversed or invalid period by naming the field', async () => {
    expect(await resolveDashboardScope(db, manager, { from: '2020-04-01', to: '2020-03-31' })).toMatchObject({ ok: false, errors: { from: 'notAfterTo' } });
    expect(await resolveDashboardScope(db, manager, { from: '2019-02-30', to: '2020-03-31' })).toMatchObject({ ok: false, errors: { from: 'invalidDate' } });
    expect(await resolveDashboardScope(db, manager, { from: '2019-08-01', to: 'demain' })).toMatchObject({ ok: false, errors: { to: 'invalidDate' } });
    expect(await resolveDashboardScope(db, manager, { from: ['2019-08-01', '2019-09-01'] })).toMatchObject({ ok: false, errors: { from: 'repeated' } });
  });
});

describe('dashboard figures on records made here (region 96)', () => {
  let region: RegionFixture;
  let other: RegionFixture;
  const PERIOD = { from: '2030-04-01', to: '2031-03-31', regionCode: '96' };

  beforeAll(async () => {
    region = await addRegion(db, '96');
    other = await addRegion(db, '95');
    // 7 persons overlapping the period at the region's service point, one before it, one in another region.
    for (let i = 0; i < 6; i += 1) await addAccompaniment(db, region, await addPerson(db), '2030-05-10', null);
    const closedInPeriod = await addPerson(db);
    await addAccompaniment(db, region, closedInPeriod, '2029-01-01', '2030-04-01');
    await addAccompaniment(db, region, await addPerson(db), '2029-01-01', '2030-03-31');
    await addAccompaniment(db, other, await addPerson(db), '2030-05-10', null);
    const [followUp] = await db.select().from(schema.accompaniments).where(eq(schema.accompaniments.personId, closedInPeriod));
    await db.insert(schema.interventions).values([
      { accompanimentId: followUp!.id, authorId: region.agentId, occurredOn: '2030-04-01', kind: 'meeting' },
      { accompanimentId: followUp!.id, authorId: region.agentId, occurredOn: '2030-03-31', kind: 'meeting' },
    ]);
    const business = await addBusiness(db, region);
    await addEmployerFile(db, region, business, '2030-06-01', null);
    await addEmployerFile(db, other, business, '2030-07-01', null);
    await addAgreement(db, [region], 'signed', '2030-05-01');
    await addAgreement(db, [region, other], 'active', '2030-06-01');
    await addAgreement(db, [region], 'cancelled', '2030-06-01');
    await addAgreement(db, [region], 'signed', '2031-04-01');
  });

  it('counts persons overlapping the period in the region, and hides the small cells', async () => {
    const raw = await personBreakdowns(db, PERIOD);
    expect(raw.total).toBe(7);
    // Six opened in May 2030, one opened before the period (no month of opening in it).
    expect(raw.rows.month).toEqual([{ key: '2030-05', label: null, value: 6 }]);
    expect(raw.rows.country).toEqual([{ key: 'FR', label: null, value: 7 }]);
    const dashboard = await getDashboard(db, admin, PERIOD);
    expect(dashboard.headline.personsAccompanied.current.count).toEqual({ value: 7, hidden: false });
    expect(dashboard.breakdowns.find((b) => b.dimension === 'country')!.cells[0]!.count).toEqual({ value: 7, hidden: false });
  });

  it('counts interventions, businesses and agreements with their amounts in cents', async () => {
    const totals = await secondaryTotals(db, PERIOD);
    expect(totals.interventions).toBe(1);
    expect(totals.agreementsSigned).toBe(2);
    expect(totals.amountCommittedCents).toBe(200_000);
    expect(Number.isInteger(totals.amountCommittedCents)).toBe(true);
    const businesses = await businessBreakdowns(db, PERIOD);
    expect(businesses.total).toBe(1);
    // Followed by two advisers: counted once in total, once under each adviser.
    expect(businesses.rows.adviser.map((row) => row.value)).toEqual([1, 1]);
  });
});

describe('the dashboard through its routes', () => {
  it('answers /api/v1/metrics?include=breakdowns to a manager for their region, hidden counts as null', async () => {
    const { GET } = await import('@/app/api/v1/metrics/route');
    await actAs(db, 'direction@passerelle.test');
    const response = await GET(new Request('http://localhost/api/v1/metrics?from=2019-08-01&to=2020-03-31&include=breakdowns'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ region: '08', personsAccompanied: 114, headline: { personsAccompanied: { count: 114 } }, secondary: { agreementsSigned: 10 } });
    const hidden = body.breakdowns.country.cells.filter((cell: { hidden?: boolean }) => cell.hidden);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hidden.every((cell: { count: unknown }) => cell.count === null)).toBe(true);
    // Another region is refused by name; the plain totals stay open to every role.
    const other = await GET(new Request('http://localhost/api/v1/metrics?region=07&include=breakdowns'));
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ parameter: 'region', errors: { region: 'outsideScope' } });
    await actAs(db, 'agent.valdor@passerelle.test');
    expect((await GET(new Request('http://localhost/api/v1/metrics?include=breakdowns'))).status).toBe(403);
    expect((await GET(new Request('http://localhost/api/v1/metrics?from=2019-08-01&to=2020-03-31&region=08'))).status).toBe(200);
  });

  it('exports a breakdown as CSV and XLSX with the small counts hidden, and audits each export', async () => {
    const { GET } = await import('@/app/(app)/metrics/export/route');
    await actAs(db, 'direction@passerelle.test');
    const csv = await GET(new Request('http://localhost/metrics/export?from=2019-08-01&to=2020-03-31&breakdown=country&format=csv'));
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // The UTF-8 byte-order mark Excel in French needs.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('< 5');
    expect(text).not.toMatch(/,[1-4]\r\n/);
    const xlsx = await GET(new Request('http://localhost/metrics/export?from=2019-08-01&to=2020-03-31&breakdown=month&format=xlsx'));
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const audited = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, 'metrics.exported'));
    expect(audited.map((event) => (event.details as { breakdown: string; format: string }).format).sort()).toEqual(['csv', 'xlsx']);
    expect(audited[0]!.details).toMatchObject({ from: '2019-08-01', to: '2020-03-31', region: '08' });
    // A manager cannot export another region.
    expect((await GET(new Request('http://localhost/metrics/export?region=07&breakdown=mrc&format=csv'))).status).toBe(400);
  });
});
