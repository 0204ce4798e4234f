import { and, eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { accompaniments, actionPlanItems, agreements, businessContacts, businesses, confidentialityIncidents, employerFiles, fundedProjects, hires, hiringNeeds, importBatches, mrcs, partners, referrals, servicePoints, users, type StaffRole } from '@/db/schema';
import { can, type Permission } from '@/lib/authz';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { discoverEndpoints, filesMentioningUseServer, importPage, pageModules, pageRoute, serverActionModules } from '../helpers/endpoints';
import { actAs } from '../helpers/session';

// next-auth's signIn/signOut need a live request (the matrix only checks who gets past the gate); its route
// handlers are the real ones, driven with real requests.
vi.mock('@/lib/auth', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/auth')>()), signIn: vi.fn(), signOut: vi.fn() }));

// ---- Actors and records ---------------------------------------------------------------------------
const ACTORS = {
  anonymous: null,
  'agent of the record': 'agent.valdor@passerelle.test',
  'agent of another service point': 'agent.rouyn@passerelle.test',
  adviser: 'conseil.valdor@passerelle.test',
  manager: 'direction@passerelle.test',
  admin: 'admin@passerelle.test',
  // An agent whose password an admin reset: only their own account is open until they choose a new one.
  'agent who must change their password': 'agent.chibougamau@passerelle.test',
  'privacy officer': 'protection@passerelle.test',
} as const;
type Actor = keyof typeof ACTORS;
type RecordKind = 'own' | 'other';
type Outcome = 'passed' | 'unauthenticated' | 'forbidden' | 'not_found';
type PageOutcome = 'shown' | 'not_found' | `redirect ${string}`;

interface StaffFacts {
  id: string;
  role: StaffRole;
  servicePointId: string | null;
  regionCode: string | null;
  mustChangePassword: boolean;
}
interface FollowUpFacts {
  servicePointId: string;
  servicePoint: string;
  regionCode: string;
}
interface PersonFacts {
  id: string;
  followUps: FollowUpFacts[];
  hiredInRegions: string[];
}

let db: Db;
const staff = new Map<Actor, StaffFacts>();
const personRecords = new Map<RecordKind, PersonFacts>();
const staffRecords = new Map<RecordKind, string>();
/** An incident of the register, for the privacy officer's edit and its page. */
let incidentId: string;
/** Per record kind: the follow-up the writes aim at, one of its plan items and one of its referrals. */
const childRecords = new Map<RecordKind, { accompanimentId: string; planItemId: string; referralId: string }>();
/** Per record kind: an open employer file of a business of region 08 (own) or 07 (other), with a contact and a need. */
interface EmployerFacts {
  fileId: string;
  businessId: string;
  mrcId: string;
  neq: string;
  contactId: string;
  needId: string;
  regionCode: string;
}
const employerRecords = new Map<RecordKind, EmployerFacts>();

/** The test's own reading of RECORD_SCOPES for the employer workflow: advisers and managers, the business's region. */
function employerVisibleTo(actor: StaffFacts, record: EmployerFacts): boolean {
  return (actor.role === 'adviser' || actor.role === 'manager') && actor.regionCode === record.regionCode;
}

async function personFacts(personId: string): Promise<PersonFacts> {
  const followUps = await db
    .select({ servicePointId: accompaniments.servicePointId, servicePoint: servicePoints.name, regionCode: servicePoints.regionCode })
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
  return { id: personId, followUps, hiredInRegions: hiredIn.map((row) => row.regionCode) };
}

/** The test's own reading of RECORD_SCOPES in lib/authz.ts, written independently of the SQL scope. */
function followUpVisibleTo(actor: StaffFacts, followUp: FollowUpFacts): 'full' | 'summary' | 'none' {
  if (actor.role === 'agent') {
    if (followUp.servicePointId === actor.servicePointId) return 'full';
    return followUp.regionCode === actor.regionCode ? 'summary' : 'none';
  }
  return actor.role === 'manager' && followUp.regionCode === actor.regionCode ? 'full' : 'none';
}

function personVisibleTo(actor: StaffFacts, person: PersonFacts): boolean {
  if (actor.role === 'adviser') return person.hiredInRegions.includes(actor.regionCode!);
  return person.followUps.some((followUp) => followUpVisibleTo(actor, followUp) === 'full');
}

/** What a file must show of its follow-ups to this actor, as comparable strings. */
function expectedFollowUps(actor: StaffFacts, person: PersonFacts): string[] {
  if (actor.role === 'adviser') return [];
  return person.followUps
    .map((followUp) => ({ followUp, visibility: followUpVisibleTo(actor, followUp) }))
    .filter(({ visibility }) => visibility !== 'none')
    .map(({ followUp, visibility }) => `${visibility} ${followUp.servicePoint}`)
    .sort();
}

// ---- The matrix rows: one per endpoint ------------------------------------------------------------
type Access = { public: true } | { permissions: Permission[]; scope?: 'person' | 'employer' | 'agreement' };

interface Row {
  access: Access;
  call: (record: RecordKind, actor: Actor) => Promise<Outcome>;
}

function fromActionResult(result: unknown): Outcome {
  const error = (result as { ok?: boolean; error?: string } | undefined)?.error;
  // A crash behind the gate is not "passed": it is a defect.
  if (error === 'unexpected') throw new Error(`the action failed unexpectedly: ${JSON.stringify(result)}`);
  if (error === 'unauthenticated' || error === 'forbidden' || error === 'not_found') return error;
  return 'passed';
}

function fromStatus(response: Response): Outcome {
  if (response.status >= 500) throw new Error(`the route answered ${response.status}`);
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
  'app/_actions/language.ts#setLocale': {
    access: { public: true },
    call: async () => {
      const { setLocale } = await import('@/app/_actions/language');
      const form = new FormData();
      form.set('locale', 'en');
      await setLocale(form);
      return 'passed';
    },
  },
  'app/_actions/sign-out.ts#signOutAction': {
    access: { public: true },
    call: async () => {
      const { signOutAction } = await import('@/app/_actions/sign-out');
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
        await createStaffAction({ email: `matrix${++uniqueCounter}@passerelle.test`, displayName: 'Matrix', role: 'admin', servicePointId: null, idempotencyKey: crypto.randomUUID() }),
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
      return fromActionResult(await resetStaffPasswordAction({ id: target.id, version: target.version }));
    },
  },
  'app/api/auth/[...nextauth]/route.ts#GET': {
    // next-auth's own endpoints: public by design, driven for real; none may fail or hand out a session.
    access: { public: true },
    call: async () => {
      const { GET } = await import('@/app/api/auth/[...nextauth]/route');
      for (const action of ['session', 'csrf', 'providers', 'signout', 'signin', 'error', 'callback/credentials', 'unknown']) {
        const response = await GET(new NextRequest(`http://localhost/api/auth/${action}`));
        fromStatus(response);
        if (action === 'session') expect(await response.json()).toBeNull();
      }
      return 'passed';
    },
  },
  'app/api/auth/[...nextauth]/route.ts#POST': {
    access: { public: true },
    call: async () => {
      const { POST } = await import('@/app/api/auth/[...nextauth]/route');
      for (const action of ['signout', 'callback/credentials', 'session', 'unknown']) {
        const body = new URLSearchParams({ csrfToken: 'forged', email: 'direction@passerelle.test', password: 'demo-passerelle-2019' });
        const response = await POST(new NextRequest(`http://localhost/api/auth/${action}`, { method: 'POST', body }));
        fromStatus(response);
        // Without a valid CSRF token nothing signs in: no session cookie is set.
        expect(response.headers.getSetCookie().some((cookie) => cookie.includes('session-token=ey'))).toBe(false);
      }
      return 'passed';
    },
  },
  'app/api/health/route.ts#GET': {
    access: { public: true },
    call: async () => {
      const { GET } = await import('@/app/api/health/route');
      return fromStatus(await GET());
    },
  },
  'app/api/health/live/route.ts#GET': {
    access: { public: true },
    call: async () => {
      const { GET } = await import('@/app/api/health/live/route');
      return fromStatus(GET());
    },
  },
  'app/api/health/ready/route.ts#GET': {
    access: { public: true },
    call: async () => {
      const { GET } = await import('@/app/api/health/ready/route');
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
    call: async (record, actor) => {
      const { GET } = await import('@/app/api/v1/persons/[id]/route');
      const person = personRecords.get(record)!;
      const response = await GET(new Request(`http://localhost/api/v1/persons/${person.id}`), { params: Promise.resolve({ id: person.id }) });
      if (response.status !== 200) return fromStatus(response);
      // The file opened: each of its follow-ups must be shown as the reader's scope says, no more.
      const body = (await response.json()) as { accompaniments?: { servicePoint: string; heldElsewhere?: boolean; agent?: string }[] };
      const shown = (body.accompaniments ?? []).map((followUp) => `${followUp.heldElsewhere ? 'summary' : 'full'} ${followUp.servicePoint}`).sort();
      expect(shown).toEqual(expectedFollowUps(staff.get(actor)!, person));
      for (const followUp of body.accompaniments ?? []) if (followUp.heldElsewhere) expect(Object.keys(followUp).sort()).toEqual(['heldElsewhere', 'servicePoint', 'status']);
      return 'passed';
    },
  },
  'app/api/v1/staff/route.ts#GET': {
    access: { permissions: ['staff:manage'] },
    call: async () => {
      const { GET } = await import('@/app/api/v1/staff/route');
      return fromStatus(await GET(new Request('http://localhost/api/v1/staff?sort=lastSignIn.desc&pageSize=10')));
    },
  },
  // Reference data (admins): each call passes the gate, then stops at a rule or a stale version, so nothing changes.
  'app/(app)/admin/reference/actions.ts#createServicePointAction': {
    access: { permissions: ['reference:manage'] },
    call: async () => {
      const { createServicePointAction } = await import('@/app/(app)/admin/reference/actions');
      const input = { name: `Matrix ${++uniqueCounter}`, address: '1, rue Matrix', city: 'Matrix', postalCode: '', mrcId: crypto.randomUUID(), email: 'matrix@passerelle.test', phone: '819 555-0123', hours: '', active: true };
      return fromActionResult(await createServicePointAction({ ...input, idempotencyKey: crypto.randomUUID() }));
    },
  },
  'app/(app)/admin/reference/actions.ts#updateServicePointAction': {
    access: { permissions: ['reference:manage'] },
    call: async () => {
      const { updateServicePointAction } = await import('@/app/(app)/admin/reference/actions');
      const [point] = await db.select().from(servicePoints).where(eq(servicePoints.id, referenceRecords.get('servicePoint')!));
      const input = { name: point!.name, address: point!.address, city: point!.city, postalCode: point!.postalCode ?? '', mrcId: point!.mrcId, email: point!.email, phone: point!.phone, hours: point!.hours ?? '', active: point!.active };
      return fromActionResult(await updateServicePointAction({ ...input, id: point!.id, version: 999 }));
    },
  },
  'app/(app)/admin/reference/actions.ts#createMrcAction': {
    access: { permissions: ['reference:manage'] },
    call: async () => {
      const { createMrcAction } = await import('@/app/(app)/admin/reference/actions');
      return fromActionResult(await createMrcAction({ name: 'Matrix', regionCode: '99', idempotencyKey: crypto.randomUUID() }));
    },
  },
  'app/(app)/admin/reference/actions.ts#updateMrcAction': {
    access: { permissions: ['reference:manage'] },
    call: async () => {
      const { updateMrcAction } = await import('@/app/(app)/admin/reference/actions');
      return fromActionResult(await updateMrcAction({ id: referenceRecords.get('mrc')!, version: 999, name: 'Matrix' }));
    },
  },
  'app/(app)/admin/reference/actions.ts#updateContactLineAction': {
    access: { permissions: ['reference:manage'] },
    call: async () => {
      const { updateContactLineAction } = await import('@/app/(app)/admin/reference/actions');
      return fromActionResult(await updateContactLineAction({ version: 999, contactEmail: 'matrix@passerelle.test', contactPhone: '1 833 274-4667' }));
    },
  },
  'app/api/live/figures/route.ts#GET': {
    access: { permissions: ['metrics:read'] },
    call: async () => {
      const { GET } = await import('@/app/api/live/figures/route');
      const response = await GET(new Request('http://localhost/api/live/figures'));
      // An open stream: read its first event, then leave (which unsubscribes it).
      if (response.status === 200) {
        const reader = response.body!.getReader();
        expect(new TextDecoder().decode((await reader.read()).value)).toContain('retry:');
        await reader.cancel();
      }
      return fromStatus(response);
    },
  },
  'app/(app)/bilan/pdf/route.ts#GET': {
    access: { permissions: ['bilan:read'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/bilan/pdf/route');
      // No region: a manager's own, an admin's default (08).
      return fromStatus(await GET(new Request('http://localhost/bilan/pdf?from=2019-08-01&to=2020-03-31')));
    },
  },
  'app/(app)/metrics/export/route.ts#GET': {
    access: { permissions: ['dashboard:read'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/metrics/export/route');
      // No region: a manager's own, an admin's default; both may read it.
      return fromStatus(await GET(new Request('http://localhost/metrics/export?from=2019-08-01&to=2020-03-31&breakdown=mrc&format=csv')));
    },
  },
};

/** Records the reference data rows and pages aim at: one service point and one MRC of the seed. */
const referenceRecords = new Map<'servicePoint' | 'mrc', string>();


// ---- Persons workflow writes: each call passes the gate and the scope, then stops at a rule or a stale
// version, so that the fixture stays as it is for the other rows.
const STALE = 999;
const KEY = () => crypto.randomUUID();
function personWrite(name: string, input: (record: RecordKind) => Record<string, unknown>, scoped = true): Row {
  return {
    access: { permissions: ['person:write'], ...(scoped ? { scope: 'person' as const } : {}) },
    call: async (record) => {
      const actions = (await import('@/app/(app)/persons/actions')) as unknown as Record<string, (raw: unknown) => Promise<unknown>>;
      return fromActionResult(await actions[name]!(input(record)));
    },
  };
}
const child = (record: RecordKind) => childRecords.get(record)!;

const PERSON_WRITE_ROWS: Record<string, Row> = {
  'app/(app)/persons/export/route.ts#GET': {
    access: { permissions: ['person:read'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/persons/export/route');
      return fromStatus(await GET(new Request('http://localhost/persons/export?status=open')));
    },
  },
  'app/(app)/persons/actions.ts#registerPersonAction': personWrite(
    'registerPersonAction',
    () => ({ firstName: 'Matrix', lastName: `Person ${++uniqueCounter}`, birthDate: '1990-05-05', countryOfBirth: 'FR', immigrationCategory: 'other', collectionConsentOn: '2020-01-01', sharingConsent: false, needs: ['employment'], openedOn: '2020-01-01', agentId: '00000000-0000-4000-8000-000000000000', idempotencyKey: KEY(), confirmedNotDuplicate: true }),
    false,
  ),
  'app/(app)/persons/actions.ts#findDuplicatesAction': personWrite('findDuplicatesAction', () => ({ firstName: 'Matrix', lastName: 'Person', birthDate: '1990-05-05' }), false),
  'app/(app)/persons/actions.ts#updatePersonAction': personWrite('updatePersonAction', (record) => ({
    id: personRecords.get(record)!.id, version: STALE, firstName: 'Matrix', lastName: 'Stale', birthDate: '1990-05-05', countryOfBirth: 'FR', immigrationCategory: 'other', collectionConsentOn: '2020-01-01', sharingConsent: false,
  })),
  'app/(app)/persons/actions.ts#addInterventionAction': personWrite('addInterventionAction', (record) => ({ accompanimentId: child(record).accompanimentId, occurredOn: '1900-01-01', kind: 'follow_up', idempotencyKey: KEY() })),
  'app/(app)/persons/actions.ts#addActionPlanItemAction': personWrite('addActionPlanItemAction', (record) => ({ accompanimentId: child(record).accompanimentId, need: 'employment', goal: 'Matrix', idempotencyKey: KEY() })),
  'app/(app)/persons/actions.ts#setActionPlanStatusAction': personWrite('setActionPlanStatusAction', (record) => ({ id: child(record).planItemId, version: STALE, status: 'achieved' })),
  'app/(app)/persons/actions.ts#addReferralAction': personWrite('addReferralAction', (record) => ({ accompanimentId: child(record).accompanimentId, partnerId: '00000000-0000-4000-8000-000000000000', need: 'employment', sentOn: '1900-01-01', idempotencyKey: KEY() })),
  'app/(app)/persons/actions.ts#setReferralStatusAction': personWrite('setReferralStatusAction', (record) => ({ id: child(record).referralId, version: STALE, status: 'sent' })),
  'app/(app)/persons/actions.ts#transferAccompanimentAction': personWrite('transferAccompanimentAction', (record) => ({ accompanimentId: child(record).accompanimentId, version: STALE, toAgentId: '00000000-0000-4000-8000-000000000000', reason: 'Matrix', transferredOn: '2020-01-01' })),
  'app/(app)/persons/actions.ts#closeAccompanimentAction': personWrite('closeAccompanimentAction', (record) => ({ accompanimentId: child(record).accompanimentId, version: STALE, closedOn: '1900-01-01', closureReason: 'other' })),
  'app/(app)/persons/actions.ts#reopenAccompanimentAction': personWrite('reopenAccompanimentAction', (record) => ({ accompanimentId: child(record).accompanimentId, openedOn: '1900-01-01', needs: ['employment'], idempotencyKey: KEY() })),
};

// ---- Privacy: the officer's registers and retention, consent on the file, the access-request export. Each
// call passes the gate, then stops at a rule or a stale version (nothing anonymized, nothing recorded).
function privacyAction(name: string, permission: Permission, input: () => Record<string, unknown>): Row {
  return {
    access: { permissions: [permission] },
    call: async () => {
      const actions = (await import('@/app/(app)/privacy/actions')) as unknown as Record<string, (raw: unknown) => Promise<unknown>>;
      return fromActionResult(await actions[name]!(input()));
    },
  };
}
const PRIVACY_ROWS: Record<string, Row> = {
  'app/(app)/privacy/actions.ts#recordIncidentAction': privacyAction('recordIncidentAction', 'privacy:registers', () => ({
    informationConcerned: 'Matrix', circumstances: 'Matrix', occurredFrom: '2020-01-02', discoveredOn: '2020-01-01', personsConcerned: 1, riskLevel: 'low', idempotencyKey: KEY(),
  })),
  'app/(app)/privacy/actions.ts#updateIncidentAction': privacyAction('updateIncidentAction', 'privacy:registers', () => ({
    id: incidentId, version: STALE, informationConcerned: 'Matrix', circumstances: 'Matrix', occurredFrom: '2020-01-01', discoveredOn: '2020-01-01', personsConcerned: 1, riskLevel: 'not_assessed',
  })),
  'app/(app)/privacy/actions.ts#updateRetentionRuleAction': privacyAction('updateRetentionRuleAction', 'privacy:retention', () => ({ kind: 'person_file', version: STALE, years: 7, reason: 'Matrix' })),
  'app/(app)/privacy/actions.ts#applyRetentionAction': privacyAction('applyRetentionAction', 'privacy:retention', () => ({ asOf: '2099-12-31' })),
  'app/(app)/privacy/incidents/export/route.ts#GET': {
    access: { permissions: ['privacy:registers'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/privacy/incidents/export/route');
      return fromStatus(await GET(new Request('http://localhost/privacy/incidents/export')));
    },
  },
  'app/(app)/persons/actions.ts#withdrawSharingConsentAction': personWrite('withdrawSharingConsentAction', (record) => ({ personId: personRecords.get(record)!.id, version: STALE, effectiveOn: '2020-01-01' })),
  'app/(app)/persons/actions.ts#giveSharingConsentAction': personWrite('giveSharingConsentAction', (record) => ({ personId: personRecords.get(record)!.id, version: STALE, effectiveOn: '2020-01-01' })),
  'app/api/v1/persons/[id]/export/route.ts#GET': {
    access: { permissions: ['person:read'], scope: 'person' },
    call: async (record) => {
      const { GET } = await import('@/app/api/v1/persons/[id]/export/route');
      const person = personRecords.get(record)!;
      const response = await GET(new Request(`http://localhost/api/v1/persons/${person.id}/export`), { params: Promise.resolve({ id: person.id }) });
      if (response.status === 200) expect(((await response.json()) as { person: { id: string } }).person.id).toBe(person.id);
      return fromStatus(response);
    },
  },
  'app/(app)/persons/[id]/export/pdf/route.ts#GET': {
    access: { permissions: ['person:read'], scope: 'person' },
    call: async (record) => {
      const { GET } = await import('@/app/(app)/persons/[id]/export/pdf/route');
      const person = personRecords.get(record)!;
      const response = await GET(new Request(`http://localhost/persons/${person.id}/export/pdf`), { params: Promise.resolve({ id: person.id }) });
      if (response.status === 200) expect(response.headers.get('content-type')).toBe('application/pdf');
      return fromStatus(response);
    },
  },
};

function expected(row: Row, actor: Actor, record: RecordKind): Outcome {
  if ('public' in row.access) return 'passed';
  const facts = staff.get(actor);
  if (!facts) return 'unauthenticated';
  const open = (permission: Permission) => can(facts.role, permission) && (!facts.mustChangePassword || permission === 'account:self');
  if (!row.access.permissions.some(open)) return 'forbidden';
  if (row.access.scope === 'person') return personVisibleTo(facts, personRecords.get(record)!) ? 'passed' : 'not_found';
  if (row.access.scope === 'employer') return employerVisibleTo(facts, employerRecords.get(record)!) ? 'passed' : 'not_found';
  if (row.access.scope === 'agreement') return agreementVisibleTo(facts, record) ? 'passed' : 'not_found';
  return 'passed';
}

// ---- Employer workflow: each write passes the gate and the scope, then stops at a rule or a stale version
// (or, for the harmless creates of a contact and a need, writes them), so the fixture stays usable.
function employerWrite(name: string, input: (record: RecordKind) => Record<string, unknown>, scoped = true): Row {
  return {
    access: { permissions: ['employer:write'], ...(scoped ? { scope: 'employer' as const } : {}) },
    call: async (record) => {
      const actions = (await import('@/app/(app)/employers/actions')) as unknown as Record<string, (raw: unknown) => Promise<unknown>>;
      return fromActionResult(await actions[name]!(input(record)));
    },
  };
}

// ---- Agreements, funded projects and partners ------------------------------------------------------
// The own record is an agreement of region 08 (the manager's), the other one of region 07. Writes stop at a
// rule or a stale version once past the gate, so that the fixture stays as it is for the other rows.
/** Per record kind: an agreement and one of its funded projects. */
const agreementRecords = new Map<RecordKind, { agreementId: string; projectId: string }>();
let matrixPartnerId = '';

/** The test's own reading of agreementScope: admins all, a manager those covering their region (08 here). */
function agreementVisibleTo(actor: StaffFacts, record: RecordKind): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'manager' && actor.regionCode === '08' && record === 'own';
}

function agreementWrite(name: string, input: (record: RecordKind) => Record<string, unknown>): Row {
  return {
    access: { permissions: ['agreement:write'], scope: 'agreement' },
    call: async (record) => {
      const actions = (await import('@/app/(app)/agreements/actions')) as unknown as Record<string, (raw: unknown) => Promise<unknown>>;
      return fromActionResult(await actions[name]!(input(record)));
    },
  };
}
const employer = (record: RecordKind) => employerRecords.get(record)!;

const EMPLOYER_ROWS: Record<string, Row> = {
  'app/(app)/employers/export/route.ts#GET': {
    access: { permissions: ['employer:read'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/employers/export/route');
      return fromStatus(await GET(new Request('http://localhost/employers/export?status=open')));
    },
  },
  'app/(app)/employers/actions.ts#findSimilarBusinessesAction': employerWrite('findSimilarBusinessesAction', (record) => ({ legalName: 'Matrix inc.', mrcId: employer(record).mrcId }), false),
  // The business has an open file: a second one is refused by rule, after the scope.
  'app/(app)/employers/actions.ts#openEmployerFileAction': employerWrite('openEmployerFileAction', (record) => ({ businessMode: 'existing', businessId: employer(record).businessId, openedOn: '2020-01-01', contactName: 'Matrix', recruitmentChannels: [], idempotencyKey: KEY() })),
  'app/(app)/employers/actions.ts#updateBusinessAction': employerWrite('updateBusinessAction', (record) => ({ id: employer(record).businessId, version: STALE, legalName: 'Matrix', neq: employer(record).neq, naicsSector: '21', mrcId: employer(record).mrcId, city: 'Matrix' })),
  'app/(app)/employers/actions.ts#addBusinessContactAction': employerWrite('addBusinessContactAction', (record) => ({ businessId: employer(record).businessId, name: 'Matrix', idempotencyKey: KEY() })),
  'app/(app)/employers/actions.ts#updateBusinessContactAction': employerWrite('updateBusinessContactAction', (record) => ({ id: employer(record).contactId, version: STALE, name: 'Matrix' })),
  'app/(app)/employers/actions.ts#updateEmployerFileAction': employerWrite('updateEmployerFileAction', (record) => ({ id: employer(record).fileId, version: STALE, contactName: 'Matrix', recruitmentChannels: [] })),
  'app/(app)/employers/actions.ts#addHiringNeedAction': employerWrite('addHiringNeedAction', (record) => ({ employerFileId: employer(record).fileId, jobTitle: 'Matrix', nocCode: '72106', positions: 1, idempotencyKey: KEY() })),
  'app/(app)/employers/actions.ts#setHiringNeedStatusAction': employerWrite('setHiringNeedStatusAction', (record) => ({ id: employer(record).needId, version: STALE, status: 'filled' })),
  'app/(app)/employers/actions.ts#addInteractionAction': employerWrite('addInteractionAction', (record) => ({ employerFileId: employer(record).fileId, occurredOn: '1900-01-01', kind: 'email', idempotencyKey: KEY() })),
  'app/(app)/employers/actions.ts#recordHireAction': employerWrite('recordHireAction', (record) => ({ employerFileId: employer(record).fileId, hiredOn: '1900-01-01', jobTitle: 'Matrix', channel: 'in_quebec', idempotencyKey: KEY() })),
  'app/(app)/employers/actions.ts#closeEmployerFileAction': employerWrite('closeEmployerFileAction', (record) => ({ id: employer(record).fileId, version: STALE, closedOn: '2020-01-01', closureReason: 'other' })),
  // The file is open: reopening it is refused by rule, after the scope.
  'app/(app)/employers/actions.ts#reopenEmployerFileAction': employerWrite('reopenEmployerFileAction', (record) => ({ id: employer(record).fileId, openedOn: '2020-01-01', idempotencyKey: KEY() })),
};


function partnerWrite(name: string, input: () => Record<string, unknown>): Row {
  return {
    access: { permissions: ['reference:manage'] },
    call: async () => {
      const actions = (await import('@/app/(app)/partners/actions')) as unknown as Record<string, (raw: unknown) => Promise<unknown>>;
      return fromActionResult(await actions[name]!(input()));
    },
  };
}

const NO_MRC = '00000000-0000-4000-8000-000000000000';
const agreementFields = () => ({
  partnerId: matrixPartnerId,
  program: 'PAC',
  title: 'Matrix',
  amount: '1 000 $',
  status: 'draft',
  startsOn: '2026-05-01',
  endsOn: '2026-12-31',
});
const projectFields = () => ({ type: 'other', title: 'Matrix', startsOn: '2026-05-01', mrcIds: [NO_MRC] });
const partnerFields = () => ({ kind: 'other', regionCode: '08', listedAsResource: false });

const AGREEMENT_ROWS: Record<string, Row> = {
  'app/(app)/agreements/export/route.ts#GET': {
    access: { permissions: ['agreement:read'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/agreements/export/route');
      return fromStatus(await GET(new Request('http://localhost/agreements/export?status=completed')));
    },
  },
  'app/(app)/agreements/actions.ts#createAgreementAction': {
    ...agreementWrite('createAgreementAction', () => ({ ...agreementFields(), reference: `MATRIX-${++uniqueCounter}`, mrcIds: [NO_MRC], idempotencyKey: KEY() })),
    // A create names no existing agreement: the gate is the permission.
    access: { permissions: ['agreement:write'] },
  },
  'app/(app)/agreements/actions.ts#updateAgreementAction': agreementWrite('updateAgreementAction', (record) => ({
    ...agreementFields(),
    reference: `MATRIX-STALE-${record}`,
    mrcIds: [NO_MRC],
    id: agreementRecords.get(record)!.agreementId,
    version: STALE,
  })),
  'app/(app)/agreements/actions.ts#createFundedProjectAction': agreementWrite('createFundedProjectAction', (record) => ({
    ...projectFields(),
    agreementId: agreementRecords.get(record)!.agreementId,
    idempotencyKey: KEY(),
  })),
  'app/(app)/agreements/actions.ts#updateFundedProjectAction': agreementWrite('updateFundedProjectAction', (record) => ({
    ...projectFields(),
    id: agreementRecords.get(record)!.projectId,
    version: STALE,
  })),
  'app/(app)/partners/actions.ts#createPartnerAction': partnerWrite('createPartnerAction', () => ({ ...partnerFields(), name: `Matrix partner ${++uniqueCounter}`, idempotencyKey: KEY() })),
  'app/(app)/partners/actions.ts#updatePartnerAction': partnerWrite('updatePartnerAction', () => ({ ...partnerFields(), name: 'Matrix stale', id: matrixPartnerId, version: STALE })),
  'app/(app)/partners/actions.ts#setPartnerActiveAction': partnerWrite('setPartnerActiveAction', () => ({ id: matrixPartnerId, version: STALE, active: false })),
};

// ---- Spreadsheet imports: persons for agents, employer files for advisers, each into their own service
// point; admins either kind into a service point they name. The preview and the commit get a file whose only
// row is invalid (nothing is created; an admin stops at the service point it did not name); the undo gets a
// batch of a kind the caller imports, already undone, so that past the gate it stops at that rule.
function importFile(kind: 'persons' | 'employer_files'): () => FormData {
  return () => {
    const form = new FormData();
    const csv =
      kind === 'persons'
        ? '\uFEFFNom;Prénom;Date de naissance;Pays de naissance;Catégorie d’immigration;Consentement à la collecte;Besoins;Ouverture du dossier\r\nMatrix;Row;1990-13-01;FR;other;2020-01-01;Emploi;2020-01-01\r\n'
        : '\uFEFFRaison sociale;NEQ;Secteur SCIAN;MRC;Municipalité;Ouverture du dossier;Personne-ressource\r\nMatrix;123;21;Abitibi;Amos;2020-13-01;Matrix\r\n';
    form.set('file', new File([csv], 'matrix.csv'));
    return form;
  };
}
function importAction(name: string, permissions: Permission[], input: (actor: Actor) => Promise<unknown> | unknown): Row {
  return {
    access: { permissions },
    call: async (_record, actor) => {
      const actions = (await import('@/app/(app)/imports/actions')) as unknown as Record<string, (raw: unknown) => Promise<unknown>>;
      return fromActionResult(await actions[name]!(await input(actor)));
    },
  };
}
async function undoneBatchOf(actor: Actor): Promise<{ id: string }> {
  const facts = staff.get(actor);
  if (!facts) return { id: '00000000-0000-4000-8000-000000000000' };
  // An admin has no service point of its own: its batch went into one it named.
  const servicePointId = facts.servicePointId ?? referenceRecords.get('servicePoint')!;
  const [batch] = await db
    .insert(importBatches)
    .values({ kind: facts.role === 'adviser' ? 'employer_files' : 'persons', importerId: facts.id, servicePointId, fileName: 'matrix.csv', fileSha256: '0', status: 'undone', rowsRead: 0, created: 0, rejected: 0, duplicatesSkipped: 0, alreadyImported: 0 })
    .returning({ id: importBatches.id });
  return { id: batch!.id };
}
const ANY_IMPORT: Permission[] = ['import:persons', 'import:employer-files'];
const IMPORT_ROWS: Record<string, Row> = {
  'app/(app)/imports/template/route.ts#GET': {
    access: { permissions: ['import:persons'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/imports/template/route');
      return fromStatus(await GET(new Request('http://localhost/imports/template?format=csv')));
    },
  },
  'app/(app)/imports/employer-files/template/route.ts#GET': {
    access: { permissions: ['import:employer-files'] },
    call: async () => {
      const { GET } = await import('@/app/(app)/imports/employer-files/template/route');
      return fromStatus(await GET(new Request('http://localhost/imports/employer-files/template?format=csv')));
    },
  },
  'app/(app)/imports/progress/route.ts#GET': {
    access: { permissions: ANY_IMPORT },
    call: async () => {
      const { GET } = await import('@/app/(app)/imports/progress/route');
      return fromStatus(await GET(new Request(`http://localhost/imports/progress?id=${crypto.randomUUID()}`)));
    },
  },
  'app/(app)/imports/actions.ts#previewPersonsImportAction': importAction('previewPersonsImportAction', ['import:persons'], importFile('persons')),
  'app/(app)/imports/actions.ts#commitPersonsImportAction': importAction('commitPersonsImportAction', ['import:persons'], importFile('persons')),
  'app/(app)/imports/actions.ts#previewEmployerFilesImportAction': importAction('previewEmployerFilesImportAction', ['import:employer-files'], importFile('employer_files')),
  'app/(app)/imports/actions.ts#commitEmployerFilesImportAction': importAction('commitEmployerFilesImportAction', ['import:employer-files'], importFile('employer_files')),
  'app/(app)/imports/actions.ts#undoImportBatchAction': importAction('undoImportBatchAction', ANY_IMPORT, undoneBatchOf),
};

const ALL_ROWS: Record<string, Row> = { ...ROWS, ...PERSON_WRITE_ROWS, ...EMPLOYER_ROWS, ...AGREEMENT_ROWS, ...PRIVACY_ROWS, ...IMPORT_ROWS };

// ---- Setup -----------------------------------------------------------------------------------------
beforeAll(async () => {
  db = await openSeededTestDatabase();
  await db.update(users).set({ mustChangePassword: true }).where(eq(users.email, ACTORS['agent who must change their password']));
  for (const [actor, email] of Object.entries(ACTORS) as [Actor, string | null][]) {
    if (!email) continue;
    const [row] = await db
      .select({ id: users.id, role: users.role, servicePointId: users.servicePointId, regionCode: servicePoints.regionCode, mustChangePassword: users.mustChangePassword })
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
  // The same person is also followed by another service point of the region (La Sarre) and by one of
  // another region (Gatineau, 07): what each reader sees of those follow-ups is part of the policy.
  for (const email of ['agent.lasarre@passerelle.test', 'agent.gatineau@passerelle.test']) {
    const [agent] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, email));
    await db.insert(accompaniments).values({ personId: own!.id, servicePointId: agent!.servicePointId!, agentId: agent!.id, openedOn: '2020-01-15', needs: ['employment'] });
  }
  personRecords.set('own', await personFacts(own!.id));
  personRecords.set('other', await personFacts(other!.id));
  const [lasarre] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
  staffRecords.set('other', lasarre!.id);
  // The own record's Val-d'Or follow-up, and the other record's (region 07), each with a plan item and a referral.
  for (const [kind, personId, servicePointId] of [['own', own!.id, valdor.servicePointId!], ['other', other!.id, null]] as const) {
    const [followUp] = await db
      .select({ id: accompaniments.id, needs: accompaniments.needs })
      .from(accompaniments)
      .where(and(eq(accompaniments.personId, personId), servicePointId ? eq(accompaniments.servicePointId, servicePointId) : sql`true`))
      .limit(1);
    const [planItem] = await db.insert(actionPlanItems).values({ accompanimentId: followUp!.id, need: 'employment', goal: 'Matrix' }).returning();
    const [partner] = await db.select({ id: partners.id }).from(partners).limit(1);
    const [referral] = await db.insert(referrals).values({ accompanimentId: followUp!.id, partnerId: partner!.id, need: 'employment', sharingConsentOn: '2019-01-01', sentOn: '2019-01-02' }).returning();
    childRecords.set(kind, { accompanimentId: followUp!.id, planItemId: planItem!.id, referralId: referral!.id });
  }
  // An open employer file of a business of region 08 (own) and of region 07 (other), each with a contact and a need.
  const adviserOf = { '08': staff.get('adviser')!, '07': null } as const;
  for (const [kind, regionCode] of [['own', '08'], ['other', '07']] as const) {
    const [mrc] = await db.select({ id: mrcs.id }).from(mrcs).where(eq(mrcs.regionCode, regionCode)).limit(1);
    const [adviser] = adviserOf[regionCode]
      ? [adviserOf[regionCode]!]
      : await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, 'conseil.gatineau@passerelle.test'));
    const neq = regionCode === '08' ? '9900000008' : '9900000007';
    const [business] = await db.insert(businesses).values({ legalName: `Matrix ${regionCode} inc.`, neq, naicsSector: '21', mrcId: mrc!.id, city: 'Matrix' }).returning();
    const [file] = await db.insert(employerFiles).values({ businessId: business!.id, adviserId: adviser!.id, servicePointId: adviser!.servicePointId!, openedOn: '2019-09-01', contactName: 'Matrix' }).returning();
    const [contact] = await db.insert(businessContacts).values({ businessId: business!.id, name: 'Matrix' }).returning();
    const [need] = await db.insert(hiringNeeds).values({ employerFileId: file!.id, jobTitle: 'Matrix', nocCode: '72106', positions: 1 }).returning();
    employerRecords.set(kind, { fileId: file!.id, businessId: business!.id, mrcId: mrc!.id, neq, contactId: contact!.id, needId: need!.id, regionCode });
  }
  // An agreement of region 08 (own) and one of region 07 (other), each with a funded project.
  for (const [kind, reference] of [['own', 'PAC-2019-08-001'], ['other', 'PAC-2019-07-018']] as const) {
    const [agreement] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.reference, reference));
    let [project] = await db.select({ id: fundedProjects.id }).from(fundedProjects).where(eq(fundedProjects.agreementId, agreement!.id)).limit(1);
    project ??= (await db.insert(fundedProjects).values({ agreementId: agreement!.id, type: 'other', title: 'Matrix', startsOn: '2019-11-01' }).returning({ id: fundedProjects.id }))[0];
    agreementRecords.set(kind, { agreementId: agreement!.id, projectId: project!.id });
  }
  const [mosaique] = await db.select({ id: partners.id }).from(partners).where(eq(partners.name, 'La Mosaïque'));
  matrixPartnerId = mosaique!.id;
  const [incident] = await db
    .insert(confidentialityIncidents)
    .values({ informationConcerned: 'Matrix', circumstances: 'Matrix', occurredFrom: '2020-01-01', discoveredOn: '2020-01-02', personsConcerned: 1, recordedById: staff.get('admin')!.id })
    .returning({ id: confidentialityIncidents.id });
  incidentId = incident!.id;
});
afterAll(closeTestDatabase);
beforeAll(async () => {
  const [point] = await db.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.code, 'amos'));
  const [mrc] = await db.select({ id: mrcs.id }).from(mrcs).where(eq(mrcs.code, 'abitibi'));
  referenceRecords.set('servicePoint', point!.id);
  referenceRecords.set('mrc', mrc!.id);
});

// ---- The tests -------------------------------------------------------------------------------------
describe('authorization matrix', () => {
  it('has a row for every server action and route handler, and no row for something that is gone', async () => {
    expect(Object.keys(ALL_ROWS).sort()).toEqual((await discoverEndpoints()).map((endpoint) => endpoint.key));
  });

  it('finds every server action in app/, as a whole module: none inline, none in lib/ or components/', () => {
    expect(filesMentioningUseServer().sort()).toEqual(serverActionModules().sort());
    for (const file of serverActionModules()) expect(file.startsWith('app/'), file).toBe(true);
  });

  it('exercises both sides of the person scope (the fixtures are meaningful)', () => {
    const own = personRecords.get('own')!;
    expect(new Set(own.followUps.map((followUp) => followUp.regionCode))).toEqual(new Set(['08', '07']));
    expect(expectedFollowUps(staff.get('agent of the record')!, own).map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['full', 'summary']));
    expect(personVisibleTo(staff.get('agent of the record')!, own)).toBe(true);
    expect(personVisibleTo(staff.get('adviser')!, own)).toBe(true);
    expect(personVisibleTo(staff.get('agent of another service point')!, own)).toBe(false);
    expect(personVisibleTo(staff.get('manager')!, personRecords.get('other')!)).toBe(false);
  });

  const cases = Object.keys(ALL_ROWS).flatMap((endpoint) =>
    (Object.keys(ACTORS) as Actor[]).flatMap((actor) => (['own', 'other'] as RecordKind[]).map((record) => ({ endpoint, actor, record }))),
  );

  it.each(cases)('$endpoint × $actor × $record record', async ({ endpoint, actor, record }) => {
    const row = ALL_ROWS[endpoint]!;
    await actAs(db, ACTORS[actor]);
    expect(await row.call(record, actor)).toBe(expected(row, actor, record));
  });

  // ---- Pages: every page.tsx under app/, opened by every actor ------------------------------------
  it('has a row for every page', () => {
    expect(Object.keys(PAGES).sort()).toEqual(pageModules().map(pageRoute).sort());
  });

  const pageCases = Object.keys(PAGES).flatMap((route) => (Object.keys(ACTORS) as Actor[]).map((actor) => ({ route, actor })));

  it.each(pageCases)('page $route × $actor', async ({ route, actor }) => {
    const file = pageModules().find((candidate) => pageRoute(candidate) === route)!;
    const Page = await importPage(file);
    await actAs(db, ACTORS[actor]);
    const params = Promise.resolve<Record<string, string>>(route.includes('[id]') ? { id: pageRecordId(route) } : {});
    expect(await openPage(() => Page({ params, searchParams: Promise.resolve({}) }))).toBe(expectedPage(PAGES[route]!, actor));
  });
});

// ---- Page rows ---------------------------------------------------------------------------------------
/** Who may open a page: anyone (the sign-in page), any signed-in user, or the holders of a permission. */
type PageAccess = { public: true } | { signedIn: true; passwordChange?: boolean } | { permission: Permission } | { permissions: Permission[]; scope: 'person' | 'employer' | 'agreement' };

const PAGES: Record<string, PageAccess> = {
  '/sign-in': { public: true },
  '/': { signedIn: true },
  '/account': { signedIn: true, passwordChange: true },
  '/admin/staff': { permission: 'staff:manage' },
  '/admin/staff/new': { permission: 'staff:manage' },
  '/admin/staff/[id]': { permission: 'staff:manage' },
  '/persons': { permission: 'person:read' },
  '/persons/new': { permission: 'person:write' },
  '/persons/[id]': { permissions: ['person:read', 'person:read-hire'], scope: 'person' },
  '/employers': { permission: 'employer:read' },
  '/employers/new': { permission: 'employer:write' },
  '/employers/[id]': { permissions: ['employer:read'], scope: 'employer' },
  '/agreements': { permission: 'agreement:read' },
  '/agreements/new': { permission: 'agreement:write' },
  '/agreements/[id]': { permissions: ['agreement:read'], scope: 'agreement' },
  '/agreements/[id]/edit': { permission: 'agreement:write' },
  '/projects': { permission: 'agreement:read' },
  '/partners': { permission: 'partner:read' },
  '/partners/new': { permission: 'reference:manage' },
  '/partners/[id]': { permission: 'partner:read' },
  '/partners/[id]/edit': { permission: 'reference:manage' },
  '/admin/reference': { permission: 'reference:manage' },
  '/admin/reference/service-points': { permission: 'reference:manage' },
  '/admin/reference/service-points/new': { permission: 'reference:manage' },
  '/admin/reference/service-points/[id]': { permission: 'reference:manage' },
  '/admin/reference/mrcs': { permission: 'reference:manage' },
  '/admin/reference/mrcs/new': { permission: 'reference:manage' },
  '/admin/reference/mrcs/[id]': { permission: 'reference:manage' },
  '/staff-by-location': { permission: 'staff:read-by-location' },
  '/persons/[id]/export': { permissions: ['person:read'], scope: 'person' },
  '/privacy': { permission: 'privacy:registers' },
  '/privacy/incidents': { permission: 'privacy:registers' },
  '/privacy/incidents/new': { permission: 'privacy:registers' },
  '/privacy/incidents/[id]': { permission: 'privacy:registers' },
  '/privacy/retention': { permission: 'privacy:retention' },
  '/privacy/communications': { permission: 'privacy:registers' },
  '/privacy/corrections': { permission: 'privacy:registers' },
  '/privacy/access-log': { permission: 'privacy:registers' },
  '/bilan': { permission: 'bilan:read' },
  '/imports': { permission: 'import:persons' },
  '/imports/employer-files': { permission: 'import:employer-files' },
};

/** The record a page with an [id] opens: the own person for persons, another agent's account for staff. */
const pageRecordId = (route: string) => {
  if (route.startsWith('/admin/reference/service-points/')) return referenceRecords.get('servicePoint')!;
  if (route.startsWith('/admin/reference/mrcs/')) return referenceRecords.get('mrc')!;
  if (route.startsWith('/persons/')) return personRecords.get('own')!.id;
  if (route.startsWith('/employers/')) return employerRecords.get('own')!.fileId;
  if (route.startsWith('/agreements/')) return agreementRecords.get('own')!.agreementId;
  if (route.startsWith('/partners/')) return matrixPartnerId;
  if (route.startsWith('/privacy/incidents/')) return incidentId;
  return staffRecords.get('other')!;
};

/** Runs a page's server code as Next would and says what the visitor gets. */
async function openPage(render: () => Promise<unknown>): Promise<PageOutcome> {
  try {
    await render();
    return 'shown';
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return 'not_found';
    if (digest.startsWith('NEXT_REDIRECT')) return `redirect ${digest.split(';')[2]}`;
    throw error; // anything else is a crash: the case fails
  }
}

function expectedPage(access: PageAccess, actor: Actor): PageOutcome {
  const facts = staff.get(actor);
  if ('public' in access) return facts ? 'redirect /' : 'shown'; // a signed-in visitor is sent on
  if (!facts) return 'redirect /sign-in';
  if (facts.mustChangePassword && !('passwordChange' in access && access.passwordChange)) return 'redirect /account';
  if ('permission' in access && !can(facts.role, access.permission)) return 'not_found';
  if ('scope' in access) {
    if (!access.permissions.some((permission) => can(facts.role, permission))) return 'not_found';
    if (access.scope === 'employer') return employerVisibleTo(facts, employerRecords.get('own')!) ? 'shown' : 'not_found';
    if (access.scope === 'agreement') return agreementVisibleTo(facts, 'own') ? 'shown' : 'not_found';
    return personVisibleTo(facts, personRecords.get('own')!) ? 'shown' : 'not_found';
  }
  return 'shown';
}
