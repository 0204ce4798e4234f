import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { accompaniments, businesses, employerFiles, hires, mrcs, servicePoints, users, type StaffRole } from '@/db/schema';
import { can, type Permission } from '@/lib/authz';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// next-auth's signIn/signOut need a live request; the matrix only checks who gets past the gate.
vi.mock('@/lib/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn(), handlers: { GET: vi.fn(), POST: vi.fn() } }));

const ROOT = path.resolve(import.meta.dirname, '../..');

// ---- Every server action and route handler in the code base --------------------------------------
function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

async function discoverEndpoints(): Promise<string[]> {
  const endpoints: string[] = [];
  for (const file of [...sourceFiles('app'), ...sourceFiles('lib')]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const isActions = /^\s*['"]use server['"]/.test(text);
    const isRoute = path.basename(file) === 'route.ts' && file.startsWith(`app${path.sep}api`);
    if (!isActions && !isRoute) continue;
    const exported = await import(/* @vite-ignore */ path.join(ROOT, file));
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== 'function') continue;
      if (isRoute && !['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(name)) continue;
      endpoints.push(`${file.split(path.sep).join('/')}#${name}`);
    }
  }
  return endpoints.sort();
}

// ---- Actors and records ---------------------------------------------------------------------------
const ACTORS = {
  anonymous: null,
  'agent of the record': 'agent.valdor@passerelle.test',
  'agent of another service point': 'agent.rouyn@passerelle.test',
  adviser: 'conseil.valdor@passerelle.test',
  manager: 'direction@passerelle.test',
  admin: 'admin@passerelle.test',
} as const;
type Actor = keyof typeof ACTORS;
type RecordKind = 'own' | 'other';
type Outcome = 'passed' | 'unauthenticated' | 'forbidden' | 'not_found';

interface StaffFacts {
  id: string;
  role: StaffRole;
  servicePointId: string | null;
  regionCode: string | null;
}
interface PersonFacts {
  id: string;
  servicePointIds: string[];
  regionCodes: string[];
  hiredInRegions: string[];
}

let db: Db;
const staff = new Map<Actor, StaffFacts>();
const personRecords = new Map<RecordKind, PersonFacts>();
const staffRecords = new Map<RecordKind, string>();

async function personFacts(personId: string): Promise<PersonFacts> {
  const held = await db
    .select({ servicePointId: accompaniments.servicePointId, regionCode: servicePoints.regionCode })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(eq(accompaniments.personId, personId));
  const hiredIn = await db
    .select({ regionCode: mrcs.regionCode })
    .from(hires)
    .innerJoin(employerFiles, eq(employerFiles.id, hires.employerFileId))
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .where(eq(hires.personId, personId));
  return {
    id: personId,
    servicePointIds: held.map((row) => row.servicePointId),
    regionCodes: held.map((row) => row.regionCode),
    hiredInRegions: hiredIn.map((row) => row.regionCode),
  };
}

/** The test's own reading of RECORD_SCOPES in lib/authz.ts, written independently of the SQL scope. */
function personVisibleTo(actor: StaffFacts, person: PersonFacts): boolean {
  switch (actor.role) {
    case 'agent':
      return person.servicePointIds.includes(actor.servicePointId!);
    case 'manager':
      return person.regionCodes.includes(actor.regionCode!);
    case 'adviser':
      return person.hiredInRegions.includes(actor.regionCode!);
    case 'admin':
      return false;
  }
}

// ---- The matrix rows: one per endpoint ------------------------------------------------------------
type Access = { public: true } | { permissions: Permission[]; scope?: 'person' };

interface Row {
  access: Access;
  call: (record: RecordKind, actor: Actor) => Promise<Outcome>;
}

function fromActionResult(result: unknown): Outcome {
  const error = (result as { ok?: boolean; error?: string } | undefined)?.error;
  if (error === 'unauthenticated' || error === 'forbidden' || error === 'not_found') return error;
  return 'passed';
}

function fromStatus(response: Response): Outcome {
  if (response.status === 401) return 'unauthenticated';
  if (response.status === 403) return 'forbidden';
  if (response.status === 404) return 'not_found';
  return 'passed';
}

async function staffTarget(record: RecordKind, actor: Actor) {
  const id = record === 'own' && staff.get(actor) ? staff.get(actor)!.id : staffRecords.get('other')!;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

let uniqueCounter = 0;
const GOOD_PASSWORD = 'matrix-temporary-passphrase';

const ROWS: Record<string, Row> = {
  'app/(auth)/sign-in/actions.ts#signInWithPassword': {
    access: { public: true },
    call: async () => {
      const { signInWithPassword } = await import('@/app/(auth)/sign-in/actions');
      await signInWithPassword({ email: '' }, new FormData());
      return 'passed';
    },
  },
  'app/(auth)/sign-in/actions.ts#signInWithMicrosoft': {
    access: { public: true },
    call: async () => {
      const { signInWithMicrosoft } = await import('@/app/(auth)/sign-in/actions');
      // With SSO configured, so that the action goes as far as next-auth's signIn (mocked here).
      vi.stubEnv('AUTH_MICROSOFT_ENTRA_ID_ID', 'matrix-client');
      vi.stubEnv('AUTH_MICROSOFT_ENTRA_ID_SECRET', 'matrix-secret');
      vi.stubEnv('AUTH_MICROSOFT_ENTRA_ID_ISSUER', 'http://127.0.0.1:9/tenant/v2.0');
      try {
        await signInWithMicrosoft(new FormData());
      } finally {
        vi.unstubAllEnvs();
      }
      return 'passed';
    },
  },
  'lib/i18n/actions.ts#setLocale': {
    access: { public: true },
    call: async () => {
      const { setLocale } = await import('@/lib/i18n/actions');
      const form = new FormData();
      form.set('locale', 'en');
      await setLocale(form);
      return 'passed';
    },
  },
  'lib/auth/actions.ts#signOutAction': {
    access: { public: true },
    call: async () => {
      const { signOutAction } = await import('@/lib/auth/actions');
      await signOutAction();
      return 'passed';
    },
  },
  'app/(app)/account/actions.ts#changePasswordAction': {
    access: { permissions: ['account:self'] },
    call: async () => {
      const { changePasswordAction } = await import('@/app/(app)/account/actions');
      // A wrong current password: reaching this check is "passed the gate" and changes nothing.
      return fromActionResult(await changePasswordAction({ currentPassword: 'wrong-current-password', newPassword: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }));
    },
  },
  'app/(app)/account/actions.ts#signOutEverywhereAction': {
    access: { permissions: ['account:self'] },
    call: async () => {
      const { signOutEverywhereAction } = await import('@/app/(app)/account/actions');
      return fromActionResult(await signOutEverywhereAction({}));
    },
  },
  'app/(app)/admin/staff/actions.ts#createStaffAction': {
    access: { permissions: ['staff:manage'] },
    call: async () => {
      const { createStaffAction } = await import('@/app/(app)/admin/staff/actions');
      return fromActionResult(
        await createStaffAction({ email: `matrix${++uniqueCounter}@passerelle.test`, displayName: 'Matrix', role: 'admin', servicePointId: null, temporaryPassword: GOOD_PASSWORD }),
      );
    },
  },
  'app/(app)/admin/staff/actions.ts#updateStaffAction': {
    access: { permissions: ['staff:manage'] },
    call: async (record, actor) => {
      const { updateStaffAction } = await import('@/app/(app)/admin/staff/actions');
      const target = await staffTarget(record, actor);
      return fromActionResult(
        await updateStaffAction({ id: target.id, version: target.version, displayName: target.displayName, role: target.role, servicePointId: target.servicePointId }),
      );
    },
  },
  'app/(app)/admin/staff/actions.ts#setStaffActiveAction': {
    access: { permissions: ['staff:manage'] },
    call: async (record, actor) => {
      const { setStaffActiveAction } = await import('@/app/(app)/admin/staff/actions');
      const target = await staffTarget(record, actor);
      return fromActionResult(await setStaffActiveAction({ id: target.id, version: target.version, active: true }));
    },
  },
  'app/(app)/admin/staff/actions.ts#resetStaffPasswordAction': {
    access: { permissions: ['staff:manage'] },
    call: async (record, actor) => {
      const { resetStaffPasswordAction } = await import('@/app/(app)/admin/staff/actions');
      const target = await staffTarget(record, actor);
      return fromActionResult(await resetStaffPasswordAction({ id: target.id, version: target.version, temporaryPassword: GOOD_PASSWORD }));
    },
  },
  'app/api/auth/[...nextauth]/route.ts#GET': {
    // next-auth's own endpoints (CSRF token, session, providers): public by design; driven by the e2e tests.
    access: { public: true },
    call: async () => 'passed',
  },
  'app/api/auth/[...nextauth]/route.ts#POST': {
    access: { public: true },
    call: async () => 'passed',
  },
  'app/api/health/route.ts#GET': {
    access: { public: true },
    call: async () => {
      const { GET } = await import('@/app/api/health/route');
      return fromStatus(await GET());
    },
  },
  'app/api/v1/metrics/route.ts#GET': {
    access: { permissions: ['metrics:read'] },
    call: async () => {
      const { GET } = await import('@/app/api/v1/metrics/route');
      return fromStatus(await GET(new Request('http://localhost/api/v1/metrics?from=2019-08-01&to=2020-03-31&region=08')));
    },
  },
  'app/api/v1/persons/route.ts#GET': {
    access: { permissions: ['person:read', 'person:read-hire'], scope: 'person' },
    call: async (record) => {
      const { GET } = await import('@/app/api/v1/persons/route');
      const person = personRecords.get(record)!;
      // Page through the caller's whole list: the record is either in it or not.
      for (let page = 1; ; page++) {
        const response = await GET(new Request(`http://localhost/api/v1/persons?page=${page}`));
        if (response.status !== 200) return fromStatus(response);
        const body = (await response.json()) as { rows: { id: string }[]; total: number; pageSize: number };
        if (body.rows.some((row) => row.id === person.id)) return 'passed';
        if (page * body.pageSize >= body.total) return 'not_found';
      }
    },
  },
  'app/api/v1/persons/[id]/route.ts#GET': {
    access: { permissions: ['person:read', 'person:read-hire'], scope: 'person' },
    call: async (record) => {
      const { GET } = await import('@/app/api/v1/persons/[id]/route');
      const { id } = personRecords.get(record)!;
      return fromStatus(await GET(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) }));
    },
  },
};

function expected(row: Row, actor: Actor, record: RecordKind): Outcome {
  if ('public' in row.access) return 'passed';
  const facts = staff.get(actor);
  if (!facts) return 'unauthenticated';
  if (!row.access.permissions.some((permission) => can(facts.role, permission))) return 'forbidden';
  if (row.access.scope === 'person') return personVisibleTo(facts, personRecords.get(record)!) ? 'passed' : 'not_found';
  return 'passed';
}

// ---- Setup -----------------------------------------------------------------------------------------
beforeAll(async () => {
  db = await openSeededTestDatabase();
  for (const [actor, email] of Object.entries(ACTORS) as [Actor, string | null][]) {
    if (!email) continue;
    const [row] = await db
      .select({ id: users.id, role: users.role, servicePointId: users.servicePointId, regionCode: servicePoints.regionCode })
      .from(users)
      .leftJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
      .where(eq(users.email, email));
    staff.set(actor, row!);
  }
  const valdor = staff.get('agent of the record')!;
  // Own record: a person of the Val-d'Or agent who was also hired by a business of region 08, so the
  // adviser's "through a hire" scope is exercised too. Other record: a person held only in region 07.
  const [own] = await db
    .select({ id: accompaniments.personId })
    .from(accompaniments)
    .innerJoin(hires, eq(hires.personId, accompaniments.personId))
    .where(eq(accompaniments.servicePointId, valdor.servicePointId!))
    .limit(1);
  const [other] = await db
    .select({ id: accompaniments.personId })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(and(eq(servicePoints.regionCode, '07'), sql`not exists (select 1 from hires h where h.person_id = ${accompaniments.personId})`))
    .limit(1);
  personRecords.set('own', await personFacts(own!.id));
  personRecords.set('other', await personFacts(other!.id));
  const [lasarre] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
  staffRecords.set('other', lasarre!.id);
});
afterAll(closeTestDatabase);

// ---- The tests -------------------------------------------------------------------------------------
describe('authorization matrix', () => {
  it('has a row for every server action and route handler, and no row for something that is gone', async () => {
    expect(Object.keys(ROWS).sort()).toEqual(await discoverEndpoints());
  });

  it('exercises both sides of the person scope (the fixtures are meaningful)', () => {
    const own = personRecords.get('own')!;
    expect(personVisibleTo(staff.get('agent of the record')!, own)).toBe(true);
    expect(personVisibleTo(staff.get('adviser')!, own)).toBe(true);
    expect(personVisibleTo(staff.get('agent of another service point')!, own)).toBe(false);
    expect(personVisibleTo(staff.get('manager')!, personRecords.get('other')!)).toBe(false);
  });

  const cases = Object.keys(ROWS).flatMap((endpoint) =>
    (Object.keys(ACTORS) as Actor[]).flatMap((actor) => (['own', 'other'] as RecordKind[]).map((record) => ({ endpoint, actor, record }))),
  );

  it.each(cases)('$endpoint × $actor × $record record', async ({ endpoint, actor, record }) => {
    const row = ROWS[endpoint]!;
    await actAs(db, ACTORS[actor]);
    expect(await row.call(record, actor)).toBe(expected(row, actor, record));
  });
});
