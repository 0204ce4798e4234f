import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/staff/route';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { staffListParams, type StaffListQuery } from '@/lib/staff/list-params';
import { listStaff } from '@/lib/staff/queries';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

const ADMIN = 'admin@passerelle.test';
// The demo staff in French dictionary order of their names (Éric with the E's).
const BY_NAME = [
  'Anne Agente',
  'Claire Conseillère',
  'Éric Conseiller',
  'Hélène Protection',
  'Julie Agente',
  'Lise Conseillère',
  'Luc Agent',
  'Marc Agent',
  'Martine Direction',
  'Nadia Agente',
  'Paul Agent',
  'Sophie Administratrice',
];

let db: Db;
let admin: SessionUser;

beforeAll(async () => {
  db = await openSeededTestDatabase();
  await actAs(db, ADMIN);
  admin = (await getCurrentUser())!;
  // Two sign-ins, so the "last sign-in" order has dates and nulls to place.
  await db.update(users).set({ lastSignInAt: new Date('2026-01-10T15:00:00Z') }).where(eq(users.email, 'agent.lasarre@passerelle.test'));
  await db.update(users).set({ lastSignInAt: new Date('2026-02-03T13:00:00Z') }).where(eq(users.email, 'conseil.valdor@passerelle.test'));
  await db.update(users).set({ active: false }).where(eq(users.email, 'agent.villemarie@passerelle.test'));
});
afterAll(closeTestDatabase);

const query = (overrides: Partial<StaffListQuery> = {}): StaffListQuery => ({ ...staffListParams.withDefaults({}), ...overrides });
const names = async (overrides: Partial<StaffListQuery> = {}) => (await listStaff(db, admin, query(overrides))).rows.map((row) => row.displayName);

describe('listStaff', () => {
  it('opens on the first page, in French order of the names', async () => {
    const result = await listStaff(db, admin, query());
    expect(result).toMatchObject({ total: BY_NAME.length, page: 1, pageSize: 25 });
    expect(result.rows.map((row) => row.displayName)).toEqual(BY_NAME);
    expect(result.rows.find((row) => row.email === ADMIN)).toMatchObject({ role: 'admin', servicePointName: null, active: true });
  });

  it('sorts each way by every sortable column, accounts without a value last both ways', async () => {
    expect(await names({ sort: { column: 'name', direction: 'desc' } })).toEqual([...BY_NAME].reverse());
    const emails = (await listStaff(db, admin, query({ sort: { column: 'email', direction: 'desc' } }))).rows.map((row) => row.email);
    expect(emails).toEqual([...emails].sort().reverse());
    for (const direction of ['asc', 'desc'] as const) {
      const rows = (await listStaff(db, admin, query({ sort: { column: 'servicePoint', direction } }))).rows;
      // The two accounts without a service point (the admin, the privacy officer) come last.
      expect(rows.slice(-2).map((row) => row.displayName).sort()).toEqual(['Hélène Protection', 'Sophie Administratrice']);
      expect(rows.slice(-2).map((row) => row.servicePointName)).toEqual([null, null]);
      const points = rows.slice(0, -2).map((row) => row.servicePointName!);
      const ordered = [...points].sort((a, b) => a.localeCompare(b, 'fr'));
      expect(points).toEqual(direction === 'asc' ? ordered : ordered.reverse());
    }
    expect((await names({ sort: { column: 'lastSignIn', direction: 'desc' } })).slice(0, 3)).toEqual(['Éric Conseiller', 'Marc Agent', 'Anne Agente']);
    expect((await names({ sort: { column: 'lastSignIn', direction: 'asc' } })).slice(0, 3)).toEqual(['Marc Agent', 'Éric Conseiller', 'Anne Agente']);
  });

  it('paginates in SQL: pages neither overlap nor skip, and a page past the end is empty', async () => {
    const first = await listStaff(db, admin, query({ pageSize: 10 }));
    const second = await listStaff(db, admin, query({ pageSize: 10, page: 2 }));
    expect([first.rows.length, second.rows.length, first.total, second.total]).toEqual([10, 2, 12, 12]);
    expect([...first.rows, ...second.rows].map((row) => row.displayName)).toEqual(BY_NAME);
    expect(await listStaff(db, admin, query({ pageSize: 10, page: 3 }))).toMatchObject({ rows: [], total: 12, page: 3 });
  });

  it('searches the name without accents or case, and the e-mail address, literally', async () => {
    expect(await names({ q: 'eric' })).toEqual(['Éric Conseiller']);
    expect(await names({ q: 'CONSEILLÈRE' })).toEqual(['Claire Conseillère', 'Lise Conseillère']);
    expect(await names({ q: 'agent.valdor@' })).toEqual(['Julie Agente']);
    expect(await names({ q: 'conseil' })).toEqual(['Claire Conseillère', 'Éric Conseiller', 'Lise Conseillère']);
    expect(await listStaff(db, admin, query({ q: '%' }))).toMatchObject({ rows: [], total: 0 });
    expect(await listStaff(db, admin, query({ q: 'a_e' }))).toMatchObject({ rows: [], total: 0 });
  });

  it('filters by role and status, with the total of the filtered list', async () => {
    expect(await names({ role: 'adviser' })).toEqual(['Claire Conseillère', 'Éric Conseiller', 'Lise Conseillère']);
    expect(await names({ status: 'disabled' })).toEqual(['Luc Agent']);
    expect(await listStaff(db, admin, query({ role: 'agent', status: 'active', pageSize: 10 }))).toMatchObject({ total: 5 });
  });

  it('gives nothing to anyone but an admin', async () => {
    for (const email of ['direction@passerelle.test', 'agent.valdor@passerelle.test', 'conseil.valdor@passerelle.test']) {
      await actAs(db, email);
      const user = (await getCurrentUser())!;
      expect(await listStaff(db, user, query())).toEqual({ rows: [], total: 0, page: 1, pageSize: 25 });
    }
  });
});

describe('GET /api/v1/staff', () => {
  const call = (search: string) => GET(new Request(`http://localhost/api/v1/staff${search}`));

  it('answers the page the same parameters give on screen', async () => {
    await actAs(db, ADMIN);
    const response = await call('?sort=name.desc&pageSize=10&page=2');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 12, page: 2, pageSize: 10 });
    expect(body.rows.map((row: { displayName: string }) => row.displayName)).toEqual(['Claire Conseillère', 'Anne Agente']);
    expect(Object.keys(body.rows[0]).sort()).toEqual(['active', 'displayName', 'email', 'id', 'lastSignInAt', 'mustChangePassword', 'role', 'servicePointName']);
  });

  it('refuses a repeated, array-shaped, unknown or invalid parameter by name', async () => {
    await actAs(db, ADMIN);
    for (const [search, parameter] of [
      ['?sort=name.asc&sort=email.desc', 'sort'],
      ['?role[]=agent', 'role[]'],
      ['?notice=created', 'notice'],
      ['?role=superuser', 'role'],
      ['?pageSize=1000', 'pageSize'],
      ['?sort=passwordHash.asc', 'sort'],
    ]) {
      const response = await call(search!);
      expect(response.status, search).toBe(400);
      expect(await response.json(), search).toMatchObject({ error: 'invalid_parameter', parameter });
    }
  });

  it('is for admins only', async () => {
    await actAs(db, 'direction@passerelle.test');
    expect((await call('')).status).toBe(403);
    await actAs(db, null);
    expect((await call('')).status).toBe(401);
  });
});
