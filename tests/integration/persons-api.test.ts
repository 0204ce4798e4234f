import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOne } from '@/app/api/v1/persons/[id]/route';
import { GET as list } from '@/app/api/v1/persons/route';
import type { Db } from '@/db/client';
import { accompaniments, auditEvents, users } from '@/db/schema';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { addPerson } from '../helpers/fixtures';
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
