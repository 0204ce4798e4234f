import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOne } from '@/app/api/v1/persons/[id]/route';
import { GET as list } from '@/app/api/v1/persons/route';
import type { Db } from '@/db/client';
import { accompaniments, auditEvents, employerFiles, hires, mrcs, persons, users } from '@/db/schema';
import type { Need } from '@/db/enums/persons';
import { COUNT_LIMIT, MAX_PAGE, PAGE_SIZE } from '@/lib/persons/list-query';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { addBusiness, addPerson, addRegion, type RegionFixture } from '../helpers/fixtures';
import { actAs } from '../helpers/session';

let db: Db;
/** Followed at Val-d'Or (open) and La Sarre (closed) in region 08, and at Gatineau in region 07. */
let followedInTwoRegions: string;

async function follow(personId: string, agentEmail: string, openedOn: string, closedOn: string | null) {
  const [agent] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, agentEmail));
  await db.insert(accompaniments).values({
    personId,
    servicePointId: agent!.servicePointId!,
    agentId: agent!.id,
    openedOn,
    closedOn,
    status: closedOn ? 'closed' : 'open',
    closureReason: closedOn ? 'goals_met' : null,
    needs: ['employment'],
  });
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  followedInTwoRegions = await addPerson(db);
  await follow(followedInTwoRegions, 'agent.valdor@passerelle.test', '2020-01-10', null);
  await follow(followedInTwoRegions, 'agent.lasarre@passerelle.test', '2019-09-01', '2019-12-20');
  await follow(followedInTwoRegions, 'agent.gatineau@passerelle.test', '2020-02-03', null);
});
afterAll(closeTestDatabase);

const fileAs = async (email: string, id = followedInTwoRegions) => {
  await actAs(db, email);
  const response = await getOne(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as { accompaniments?: Record<string, unknown>[] } };
};
const lastEvent = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

type Page = { rows: Record<string, unknown>[]; total: number; page: number; pageSize: number };
const listAs = async (query = '') => (await (await list(new Request(`http://localhost/api/v1/persons${query}`))).json()) as Page;

describe('GET /api/v1/persons', () => {
  it('paginates the scope of the caller: an agent sees only the persons of their service point', async () => {
    await actAs(db, 'agent.villemarie@passerelle.test');
    const first = await listAs();
    expect(first.total).toBeGreaterThanOrEqual(18);
    expect(first.rows.length).toBe(Math.min(first.pageSize, first.total));
    await actAs(db, 'direction@passerelle.test');
    const region = await listAs();
    expect(region.total).toBeGreaterThan(first.total);
  });

  it('searches names literally: % and _ are not wildcards', async () => {
    await actAs(db, 'direction@passerelle.test');
    const all = await listAs();
    expect((await listAs('?q=%25')).total).toBe(0);
    expect((await listAs('?q=_')).total).toBe(0);
    const someone = all.rows[0] as { lastName: string };
    const found = await listAs(`?q=${encodeURIComponent(someone.lastName.toUpperCase())}`);
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((row) => `${row.firstName} ${row.lastName}`.toLowerCase().includes(someone.lastName.toLowerCase()))).toBe(true);
  });

  it('gives an adviser names only, never identity or case details', async () => {
    await actAs(db, 'conseil.valdor@passerelle.test');
    const page = await listAs();
    expect(page.total).toBeGreaterThan(0);
    for (const row of page.rows) expect(Object.keys(row).sort()).toEqual(['firstName', 'id', 'lastName']);
    const id = page.rows[0]!.id as string;
    const detail = await (await getOne(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) })).json();
    expect(Object.keys(detail).sort()).toEqual(['firstName', 'id', 'lastName']);
  });

  it('answers 400 naming a malformed parameter', async () => {
    await actAs(db, 'direction@passerelle.test');
    const response = await list(new Request('http://localhost/api/v1/persons?page=zero'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'page' });
    const bad = await getOne(new Request('http://localhost/api/v1/persons/not-a-uuid'), { params: Promise.resolve({ id: 'not-a-uuid' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: 'id' });
  });

  it('refuses a parameter given twice, array-shaped or unknown, naming it', async () => {
    await actAs(db, 'direction@passerelle.test');
    for (const [query, parameter] of [['?page=1&page=2', 'page'], ['?q[]=a', 'q[]'], ['?q=a&q=b', 'q'], ['?pge=2', 'pge']]) {
      const response = await list(new Request(`http://localhost/api/v1/persons${query}`));
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ parameter });
    }
  });

  it('refuses a search with control characters instead of failing in the database', async () => {
    await actAs(db, 'direction@passerelle.test');
    for (const q of ['%00', 'Tremblay%00', 'a%1Bb', 'a%0Ab', 'a%C2%85b']) {
      const response = await list(new Request(`http://localhost/api/v1/persons?q=${q}`));
      expect(response.status, q).toBe(400);
      expect(await response.json()).toMatchObject({ parameter: 'q', message: 'q must not contain control characters' });
    }
  });

  it('audits a list read: filters, how many rows, which persons, never the searched name', async () => {
    await actAs(db, 'direction@passerelle.test');
    const page = await listAs('?q=tremblay&page=1');
    const event = await lastEvent();
    expect(event).toMatchObject({ action: 'persons.listed', details: { page: 1, search: true, total: page.total, shown: page.rows.length } });
    expect((event!.details as { personIds: string[] }).personIds).toEqual(page.rows.map((row) => row.id));
    expect(JSON.stringify(event)).not.toMatch(/tremblay/i);
  });
});

describe('follow-ups of a file, filtered by the reader\'s scope', () => {
  it('gives the agent their own follow-up in full, only where and whether open for another service point of the region, nothing of another region', async () => {
    const { status, body } = await fileAs('agent.valdor@passerelle.test');
    expect(status).toBe(200);
    const [own, elsewhere, ...rest] = body.accompaniments!;
    expect(own).toMatchObject({ servicePoint: expect.stringContaining('Val-d'), status: 'open', openedOn: '2020-01-10', needs: ['employment'] });
    expect(elsewhere).toEqual({ heldElsewhere: true, servicePoint: expect.stringContaining('La Sarre'), status: 'closed' });
    expect(rest).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/Gatineau|2019-09-01|2019-12-20|2020-02-03/);
  });

  it('gives the manager every follow-up of their region in full, nothing of another region', async () => {
    const { body } = await fileAs('direction@passerelle.test');
    expect(body.accompaniments!.map((followUp) => followUp.heldElsewhere ?? false)).toEqual([false, false]);
    expect(JSON.stringify(body)).not.toMatch(/Gatineau|2020-02-03/);
  });

  it('gives the agent of the other region only their own follow-up', async () => {
    const { status, body } = await fileAs('agent.gatineau@passerelle.test');
    expect(status).toBe(200);
    expect(body.accompaniments).toHaveLength(1);
    expect(body.accompaniments![0]).toMatchObject({ openedOn: '2020-02-03' });
    expect(JSON.stringify(body)).not.toMatch(/Val-d|La Sarre|2020-01-10/);
  });

  it('never names the agent of a follow-up held elsewhere', async () => {
    const { body } = await fileAs('agent.valdor@passerelle.test');
    const [lasarre] = await db.select({ name: users.displayName }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
    expect(JSON.stringify(body)).not.toContain(lasarre!.name);
  });
});

// The list's filters, sorts and search on a region of its own (97), where every person is placed to tell a
// right answer from a near miss. Service point 1 has agents A1 and A2, service point 2 agent B; the manager
// covers the region; the adviser sees P1 through a hire.
describe('GET /api/v1/persons: filters, sorts, search, scope', () => {
  let sp1: RegionFixture;
  let sp2: RegionFixture;
  let mrcB: string;
  let a2: string;
  const email = { a1: '', a2: 'list.a2@example.test', b: '', manager: 'list.manager@example.test', adviser: '' };
  const p: Record<string, string> = {};

  async function person(key: string, firstName: string, lastName: string, mrcId: string) {
    const [row] = await db
      .insert(persons)
      .values({ firstName, lastName, birthDate: '1990-01-01', countryOfBirth: 'FR', immigrationStatus: 'permanent_resident', collectionConsentOn: '2019-01-01', residenceMrcId: mrcId })
      .returning({ id: persons.id });
    p[key] = row!.id;
  }
  async function followUp(key: string, servicePointId: string, agentId: string, openedOn: string, closedOn: string | null, needs: Need[]) {
    await db.insert(accompaniments).values({
      personId: p[key]!,
      servicePointId,
      agentId,
      openedOn,
      closedOn,
      status: closedOn ? 'closed' : 'open',
      closureReason: closedOn ? 'goals_met' : null,
      needs,
    });
  }
  const emailOf = async (id: string) => (await db.select({ email: users.email }).from(users).where(eq(users.id, id)))[0]!.email;
  const names = (page: Page) => page.rows.map((row) => Object.entries(p).find(([, id]) => id === row.id)?.[0] ?? '?');
  const listFor = async (who: keyof typeof email, query = '') => {
    await actAs(db, email[who]);
    const response = await list(new Request(`http://localhost/api/v1/persons${query}`));
    expect(response.status, query).toBe(200);
    return (await response.json()) as Page & { totalIsExact: boolean; pageCount: number; sort: string };
  };

  beforeAll(async () => {
    sp1 = await addRegion(db, '97');
    sp2 = await addRegion(db, '97');
    const [second] = await db.insert(mrcs).values({ code: 'mrc-97-b', name: 'MRC 97 B', regionCode: '97' }).returning({ id: mrcs.id });
    mrcB = second!.id;
    const [agent2] = await db.insert(users).values({ email: email.a2, displayName: 'Agent 2', role: 'agent', servicePointId: sp1.servicePointId }).returning({ id: users.id });
    a2 = agent2!.id;
    await db.insert(users).values({ email: email.manager, displayName: 'Manager 97', role: 'manager', servicePointId: sp1.servicePointId });
    email.a1 = await emailOf(sp1.agentId);
    email.b = await emailOf(sp2.agentId);
    email.adviser = await emailOf(sp1.adviserId);

    await person('P1', 'Hélène', 'Tremblay-Ouellet', sp1.mrcId);
    await followUp('P1', sp1.servicePointId, sp1.agentId, '2024-03-10', null, ['francization', 'employment']);
    await person('P2', 'Helene', 'Tremblay', mrcB);
    await followUp('P2', sp1.servicePointId, a2, '2023-01-05', '2023-06-30', ['health']);
    await person('P3', 'Marc', "D'Amours", sp1.mrcId);
    await followUp('P3', sp1.servicePointId, sp1.agentId, '2022-02-01', '2022-05-01', ['employment']);
    await followUp('P3', sp1.servicePointId, a2, '2025-01-15', null, ['francization']);
    await person('P4', 'Ngọc', 'Nguyễn', mrcB);
    await followUp('P4', sp1.servicePointId, sp1.agentId, '2024-11-20', null, ['installation_housing']);
    await person('P5', 'Zoé', 'Émond', sp1.mrcId);
    await followUp('P5', sp2.servicePointId, sp2.agentId, '2024-05-01', null, ['health']);
    await person('P6', 'Anne', 'Œuvrard', sp1.mrcId);
    await followUp('P6', sp1.servicePointId, sp1.agentId, '2021-01-01', '2021-12-31', ['schooling']);
    await followUp('P6', sp2.servicePointId, sp2.agentId, '2024-02-02', null, ['employment']);
    await person('P7', 'Élise', 'Abadie', sp1.mrcId);
    await followUp('P7', sp1.servicePointId, sp1.agentId, '2024-03-10', null, []);

    // The adviser of region 97 sees P1 through a hire by a business of the region.
    const business = await addBusiness(db, sp1);
    const [file] = await db
      .insert(employerFiles)
      .values({ businessId: business, adviserId: sp1.adviserId, servicePointId: sp1.servicePointId, openedOn: '2024-01-01', contactName: 'RH' })
      .returning({ id: employerFiles.id });
    await db.insert(hires).values({ employerFileId: file!.id, personId: p.P1!, hiredOn: '2024-06-01', jobTitle: 'Soudeuse', channel: 'in_quebec' });
  });

  it('lists the service point of an agent in name order, accents and case ignored, with each row\'s latest opening and status', async () => {
    const page = await listFor('a1');
    expect(names(page)).toEqual(['P7', 'P3', 'P4', 'P6', 'P2', 'P1']);
    expect(page).toMatchObject({ total: 6, totalIsExact: true, page: 1, pageSize: PAGE_SIZE, pageCount: 1, sort: 'name' });
    const byId = new Map(page.rows.map((row) => [row.id, row]));
    expect(byId.get(p.P3)).toMatchObject({ status: 'open', latestOpenedOn: '2025-01-15', lastName: "D'Amours" });
    // P6 is followed (open) at service point 2: from service point 1 the file is closed.
    expect(byId.get(p.P6)).toMatchObject({ status: 'closed', latestOpenedOn: '2021-01-01' });
    expect(names(await listFor('a1', '?sort=name_desc'))).toEqual(['P1', 'P2', 'P6', 'P4', 'P3', 'P7']);
  });

  it('sorts by latest opening, ties by name', async () => {
    expect(names(await listFor('a1', '?sort=opened_desc'))).toEqual(['P3', 'P4', 'P7', 'P1', 'P2', 'P6']);
    expect(names(await listFor('a1', '?sort=opened_asc'))).toEqual(['P6', 'P2', 'P7', 'P1', 'P4', 'P3']);
  });

  it('filters on status: an open follow-up in scope, or only closed ones', async () => {
    expect(names(await listFor('a1', '?status=open'))).toEqual(['P7', 'P3', 'P4', 'P1']);
    expect(names(await listFor('a1', '?status=closed'))).toEqual(['P6', 'P2']);
    // The manager sees P6's open follow-up at service point 2.
    expect(names(await listFor('manager', '?status=closed'))).toEqual(['P2']);
  });

  it('filters on a need, an agent, and both with the status on one same follow-up', async () => {
    expect(names(await listFor('a1', '?need=francization'))).toEqual(['P3', 'P1']);
    expect(names(await listFor('a1', '?need=employment'))).toEqual(['P3', 'P1']);
    // P3's employment need was on the closed 2022 follow-up; the open one is about francization.
    expect(names(await listFor('a1', '?status=open&need=employment'))).toEqual(['P1']);
    expect(names(await listFor('a1', `?agent=${a2}`))).toEqual(['P3', 'P2']);
    expect(names(await listFor('a1', `?agent=${a2}&status=open`))).toEqual(['P3']);
    // The latest opening shown is that of the follow-ups the filters kept.
    const byAgent1 = await listFor('a1', `?agent=${sp1.agentId}&sort=opened_desc`);
    expect(names(byAgent1)).toEqual(['P4', 'P7', 'P1', 'P3', 'P6']);
    expect(byAgent1.rows.find((row) => row.id === p.P3)).toMatchObject({ latestOpenedOn: '2022-02-01' });
  });

  it('filters on the MRC of residence', async () => {
    expect(names(await listFor('a1', `?mrc=${sp1.mrcId}`))).toEqual(['P7', 'P3', 'P6', 'P1']);
    expect(names(await listFor('a1', `?mrc=${mrcB}`))).toEqual(['P4', 'P2']);
    expect(names(await listFor('manager', `?mrc=${sp1.mrcId}`))).toEqual(['P7', 'P3', 'P5', 'P6', 'P1']);
  });

  it('filters on opening and closing dates of follow-ups in scope, bounds included', async () => {
    expect(names(await listFor('a1', '?openedFrom=2024-01-01&openedTo=2024-12-31'))).toEqual(['P7', 'P4', 'P1']);
    expect(names(await listFor('a1', '?openedFrom=2024-03-10&openedTo=2024-03-10'))).toEqual(['P7', 'P1']);
    expect(names(await listFor('a1', '?closedFrom=2022-01-01&closedTo=2023-12-31'))).toEqual(['P3', 'P2']);
    expect(names(await listFor('a1', '?closedFrom=2023-06-30'))).toEqual(['P2']);
    // P6's 2024 follow-up is at service point 2: in the manager's scope only.
    expect(names(await listFor('manager', '?openedFrom=2024-01-01&openedTo=2024-12-31'))).toEqual(['P7', 'P5', 'P4', 'P6', 'P1']);
  });

  it('searches names without accents, case, hyphens or apostrophes, words in any order', async () => {
    for (const q of ['helene tremblay', 'tremblay helene', 'HÉLÈNE  TREMBLAY ', 'tremb hél']) {
      expect(names(await listFor('a1', `?q=${encodeURIComponent(q)}`)), q).toEqual(['P2', 'P1']);
    }
    for (const q of ['tremblay-ouellet', 'Tremblay Ouellet', 'hélène ouellet', 'ouellet']) expect(names(await listFor('a1', `?q=${encodeURIComponent(q)}`)), q).toEqual(['P1']);
    for (const q of ["d'amours", 'd’amours', 'D AMOURS', 'amours marc']) expect(names(await listFor('a1', `?q=${encodeURIComponent(q)}`)), q).toEqual(['P3']);
    for (const q of ['nguyen', 'NGỌC', 'ngoc nguyễn']) expect(names(await listFor('a1', `?q=${encodeURIComponent(q)}`)), q).toEqual(['P4']);
    for (const q of ['oeuvrard', 'Œuvrard']) expect(names(await listFor('a1', `?q=${encodeURIComponent(q)}`)), q).toEqual(['P6']);
    // Out of the agent's scope: Zoé Émond is followed at service point 2 only.
    expect((await listFor('a1', '?q=zoe')).total).toBe(0);
    expect(names(await listFor('manager', '?q=zoe emond'))).toEqual(['P5']);
    // Search and filters together.
    expect(names(await listFor('a1', '?q=helene&status=open'))).toEqual(['P1']);
  });

  it('keeps each role to its scope: agent of another service point, manager, adviser (names only, no follow-up criteria)', async () => {
    expect(names(await listFor('b'))).toEqual(['P5', 'P6']);
    expect((await listFor('b', '?q=tremblay')).total).toBe(0);
    // Another service point's agent filter reaches nothing outside the scope.
    expect((await listFor('b', `?agent=${sp1.agentId}`)).total).toBe(0);
    expect(names(await listFor('manager'))).toEqual(['P7', 'P3', 'P5', 'P4', 'P6', 'P2', 'P1']);
    expect((await listFor('manager')).rows.find((row) => row.id === p.P6)).toMatchObject({ status: 'open', latestOpenedOn: '2024-02-02' });
    const adviser = await listFor('adviser');
    expect(names(adviser)).toEqual(['P1']);
    for (const row of adviser.rows) expect(Object.keys(row).sort()).toEqual(['firstName', 'id', 'lastName']);
    expect(names(await listFor('adviser', '?q=helene'))).toEqual(['P1']);
    expect(await listFor('adviser', '?sort=opened_desc')).toMatchObject({ total: 1, sort: 'name' });
    for (const query of ['?status=open', '?need=francization', `?agent=${sp1.agentId}`, '?openedFrom=2000-01-01']) {
      expect((await listFor('adviser', query)).total, query).toBe(0);
    }
  });

  it('audits the read with its filters as codes, ids and dates, never the searched name', async () => {
    const page = await listFor('a1', `?q=Tremblay&status=open&need=francization&mrc=${sp1.mrcId}&openedFrom=2024-01-01&openedTo=2024-12-31&sort=opened_desc`);
    expect(names(page)).toEqual(['P1']);
    const event = await lastEvent();
    expect(event).toMatchObject({
      action: 'persons.listed',
      details: {
        page: 1,
        sort: 'opened_desc',
        search: true,
        status: 'open',
        need: 'francization',
        mrc: sp1.mrcId,
        openedFrom: '2024-01-01',
        openedTo: '2024-12-31',
        total: 1,
        totalIsExact: true,
        shown: 1,
        personIds: [p.P1],
      },
    });
    expect(JSON.stringify(event)).not.toMatch(/tremblay/i);
  });

  it('answers 400 naming each malformed filter', async () => {
    await actAs(db, email.a1);
    const cases: [string, string, string?][] = [
      ['?status=pending', 'status'],
      ['?need=cooking', 'need'],
      ['?agent=not-a-uuid', 'agent'],
      ['?mrc=123', 'mrc'],
      ['?openedFrom=2024-02-30', 'openedFrom', 'openedFrom must be a real calendar date written YYYY-MM-DD'],
      ['?closedTo=24-01-01', 'closedTo'],
      ['?openedFrom=2024-05-01&openedTo=2024-01-01', 'openedFrom', 'openedFrom must not be after "openedTo"'],
      ['?closedFrom=2024-05-01&closedTo=2024-01-01', 'closedFrom', 'closedFrom must not be after "closedTo"'],
      ['?sort=age', 'sort'],
      [`?page=${MAX_PAGE + 1}`, 'page', `page must be at most ${MAX_PAGE}: the list shows the first 1,000 persons; narrow it with q or the filters`],
      ['?status=open&status=closed', 'status', 'status must be given once'],
      ['?need[]=health', 'need[]', 'need[] is not a parameter of this request'],
      ['?agents=x', 'agents'],
    ];
    for (const [query, parameter, message] of cases) {
      const response = await list(new Request(`http://localhost/api/v1/persons${query}`));
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ parameter, ...(message ? { message } : {}) });
    }
  });
});

describe('GET /api/v1/persons: a count bounded at 1,000', () => {
  it('counts exactly up to 1,000, then says "more", and offers 40 pages', async () => {
    // 1,010 persons followed at a service point of region 96, made in one statement each.
    const region = await addRegion(db, '96');
    await db.execute(sql`
      with made as (
        insert into persons (first_name, last_name, birth_date, country_of_birth, immigration_status, collection_consent_on)
        select 'Personne', 'Nombreuse ' || lpad(n::text, 4, '0'), '1990-01-01', 'FR', 'other', '2020-01-01' from generate_series(1, ${COUNT_LIMIT + 10}) n
        returning id
      )
      insert into accompaniments (person_id, service_point_id, agent_id, opened_on, status)
      select id, ${region.servicePointId}, ${region.agentId}, '2020-01-01', 'open' from made`);
    await actAs(db, (await db.select({ email: users.email }).from(users).where(eq(users.id, region.agentId)))[0]!.email);
    const first = (await listAs()) as Page & { totalIsExact: boolean; pageCount: number };
    expect(first).toMatchObject({ total: COUNT_LIMIT, totalIsExact: false, pageCount: MAX_PAGE });
    expect(first.rows[0]).toMatchObject({ lastName: 'Nombreuse 0001' });
    const last = (await listAs(`?page=${MAX_PAGE}`)) as Page;
    expect(last.rows.map((row) => row.lastName)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `Nombreuse ${String(COUNT_LIMIT - PAGE_SIZE + 1 + i).padStart(4, '0')}`));
    expect((await lastEvent())!.details).toMatchObject({ page: MAX_PAGE, total: COUNT_LIMIT, totalIsExact: false, shown: PAGE_SIZE });
    // A narrower list is counted exactly again.
    expect(await listAs('?q=nombreuse 100')).toMatchObject({ total: 11, totalIsExact: true });
  });
});
