import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, businesses, employerFiles, mrcs, users } from '@/db/schema';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { employerFilesListParams, toEmployerListQuery, type EmployerFileListQuery } from '@/lib/employers/list-params';
import { listEmployerFiles } from '@/lib/employers/queries';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

let db: Db;
let adviser: SessionUser;
let manager: SessionUser;
let otherRegionAdviser: SessionUser;
const base: EmployerFileListQuery = { page: 1, pageSize: 100, sort: 'opened_desc' };

async function sessionOf(email: string): Promise<SessionUser> {
  await actAs(db, email);
  return (await getCurrentUser())!;
}

/** Every file of the list (all pages). */
async function all(user: SessionUser, query: Partial<EmployerFileListQuery> = {}) {
  const rows = [];
  for (let page = 1; ; page++) {
    const result = await listEmployerFiles(db, user, { ...base, ...query, page });
    rows.push(...result.rows);
    if (result.rows.length < base.pageSize) return rows;
  }
}

/** The test's own reading of the scope: the files of businesses located in the region, by plain SQL. */
async function filesOfRegion(regionCode: string) {
  const rows = await db
    .select({ id: employerFiles.id })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .where(eq(mrcs.regionCode, regionCode));
  return rows.map((row) => row.id).sort();
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  adviser = await sessionOf('conseil.valdor@passerelle.test');
  manager = await sessionOf('direction@passerelle.test');
  otherRegionAdviser = await sessionOf('conseil.gatineau@passerelle.test');
  // A business whose name has accents and punctuation, for the search.
  const [mrc] = await db.select({ id: mrcs.id }).from(mrcs).where(eq(mrcs.code, 'abitibi'));
  const [business] = await db.insert(businesses).values({ legalName: 'Scierie Château-d’Eau ltée', neq: '2299887766', naicsSector: '11', mrcId: mrc!.id, city: 'Amos' }).returning();
  await db.insert(employerFiles).values({ businessId: business!.id, adviserId: adviser.id, servicePointId: adviser.servicePointId!, openedOn: '2022-02-02', contactName: 'Contact' });
});
afterAll(closeTestDatabase);

describe('the employer files list', () => {
  it('shows exactly the files of the businesses of the adviser’s region, the manager’s the same, and nothing of it to another region', async () => {
    expect((await all(adviser)).map((row) => row.id).sort()).toEqual(await filesOfRegion('08'));
    expect((await all(manager)).map((row) => row.id).sort()).toEqual(await filesOfRegion('08'));
    const other = (await all(otherRegionAdviser)).map((row) => row.id).sort();
    expect(other).toEqual(await filesOfRegion('07'));
    const region08 = new Set(await filesOfRegion('08'));
    expect(other.length).toBeGreaterThan(0);
    expect(other.filter((id) => region08.has(id))).toHaveLength(0);
    for (const email of ['agent.valdor@passerelle.test', 'admin@passerelle.test']) {
      expect((await listEmployerFiles(db, await sessionOf(email), base)).rows).toHaveLength(0);
    }
  });

  it('filters by status, MRC, sector, adviser and opening dates, in SQL', async () => {
    const rows = await all(adviser);
    const open = await all(adviser, { status: 'open' });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((row) => row.status === 'open')).toBe(true);
    expect(open.length + (await all(adviser, { status: 'closed' })).length).toBe(rows.length);
    const [abitibi] = await db.select({ id: mrcs.id, name: mrcs.name }).from(mrcs).where(eq(mrcs.code, 'abitibi'));
    const inAbitibi = await all(adviser, { mrcId: abitibi!.id });
    expect(inAbitibi.length).toBeGreaterThan(0);
    expect(inAbitibi.every((row) => row.mrc === abitibi!.name)).toBe(true);
    const mining = await all(adviser, { naicsSector: '21' });
    expect(mining.length).toBeGreaterThan(0);
    expect(mining.every((row) => row.naicsSector === '21')).toBe(true);
    const [rouyn] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.email, 'conseil.rouyn@passerelle.test'));
    const followedByRouyn = await all(adviser, { adviserId: rouyn!.id });
    expect(followedByRouyn.length).toBeGreaterThan(0);
    expect(followedByRouyn.every((row) => row.adviser === rouyn!.name)).toBe(true);
    const reportPeriod = await all(adviser, { openedFrom: '2019-08-01', openedTo: '2020-03-31' });
    expect(reportPeriod.length).toBeGreaterThan(0);
    expect(reportPeriod.every((row) => row.openedOn >= '2019-08-01' && row.openedOn <= '2020-03-31')).toBe(true);
    expect(reportPeriod.length).toBe(rows.filter((row) => row.openedOn >= '2019-08-01' && row.openedOn <= '2020-03-31').length);
  });

  it('searches the legal name ignoring accents, case, punctuation and word order, and the NEQ by its digits', async () => {
    for (const q of ['chateau d eau', 'CHÂTEAU-D’EAU', "d'eau scierie", 'scierie chat']) {
      expect((await all(adviser, { search: q })).map((row) => row.legalName), q).toEqual(['Scierie Château-d’Eau ltée']);
    }
    expect((await all(adviser, { search: '2299 887' })).map((row) => row.neq)).toEqual(['2299887766']);
    expect(await all(adviser, { search: '%' })).toHaveLength(0);
    expect(await all(otherRegionAdviser, { search: 'chateau' })).toHaveLength(0);
  });

  it('sorts by name or opening date, with a total order, and pages without overlap', async () => {
    const byName = await all(adviser, { sort: 'name_asc' });
    const names = byName.map((row) => row.legalName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    expect(names).toEqual([...names].sort());
    const byDate = await all(adviser, { sort: 'opened_asc' });
    expect(byDate.map((row) => row.openedOn)).toEqual(byDate.map((row) => row.openedOn).sort());
    const page1 = await listEmployerFiles(db, adviser, { ...base, pageSize: 10, page: 1 });
    const page2 = await listEmployerFiles(db, adviser, { ...base, pageSize: 10, page: 2 });
    expect(page1.rows.filter((row) => page2.rows.some((other) => other.id === row.id))).toHaveLength(0);
    expect(page1.total).toBe(byName.length);
    expect(page1.totalIsExact).toBe(true);
  });

  it('reads its URL leniently on the page and strictly in the export', async () => {
    const values = employerFilesListParams.withDefaults({});
    expect(toEmployerListQuery(values)).toMatchObject({ page: 1, pageSize: 25, sort: 'opened_desc' });
    const { GET } = await import('@/app/(app)/employers/export/route');
    await actAs(db, 'conseil.valdor@passerelle.test');
    expect((await GET(new Request('http://localhost/employers/export?status=maybe'))).status).toBe(400);
    expect((await GET(new Request('http://localhost/employers/export?openedFrom=2020-01-01&openedTo=2019-01-01'))).status).toBe(400);
    const response = await GET(new Request('http://localhost/employers/export?q=chateau'));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain('Scierie Château-d’Eau ltée,2299887766,Ouvert,2022-02-02');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'employer_files.exported'), sql`${auditEvents.details}->>'rows' = '1'`));
    expect(event!.details).toMatchObject({ search: true, rows: 1 });
    await actAs(db, 'agent.valdor@passerelle.test');
    expect((await GET(new Request('http://localhost/employers/export'))).status).toBe(403);
  });
});
