import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getOne } from '@/app/api/v1/persons/[id]/route';
import { GET as list } from '@/app/api/v1/persons/route';
import type { Db } from '@/db/client';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

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
});
