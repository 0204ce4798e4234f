import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changePasswordAction } from '@/app/(app)/account/actions';
import { createStaffAction, resetStaffPasswordAction, setStaffActiveAction, updateStaffAction } from '@/app/(app)/admin/staff/actions';
import { GET as metrics } from '@/app/api/v1/metrics/route';
import type { Db } from '@/db/client';
import { auditEvents, servicePoints, users } from '@/db/schema';
import { verifyCredentials, type VerifiedAccount } from '@/lib/auth/credentials';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readSession } from '@/lib/auth/read-session';
import { TEMPORARY_PASSWORD_PATTERN } from '@/lib/staff/temporary-password';
import { auditCount as auditCount_, auditFor as auditFor_ } from '../helpers/audit';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs, openSession as openSession_, resume, staffAccount } from '../helpers/session';

const DEMO_PASSWORD = 'demo-passerelle-2019';
const ADMIN = 'admin@passerelle.test';

let db: Db;
let adminId: string;
let valdorServicePointId: string;

beforeAll(async () => {
  db = await openSeededTestDatabase();
  adminId = (await account(ADMIN)).id;
  const [valdor] = await db.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.code, 'val-dor'));
  valdorServicePointId = valdor!.id;
});
afterAll(closeTestDatabase);

const account = (email: string) => staffAccount(db, email);

const openSession = (email: string) => openSession_(db, email);


const auditFor = (action: string, entityId: string) => auditFor_(db, action, entityId);
const auditCount = () => auditCount_(db);

const callMetrics = () => metrics(new Request('http://localhost/api/v1/metrics?from=2019-08-01&to=2020-03-31&region=08'));

const KEY = () => randomUUID();

describe('createStaffAction', () => {
  it('creates an account with a generated temporary password, returned once and stored hashed, that must be changed, and audits it', async () => {
    await actAs(db, ADMIN);
    const result = await createStaffAction({
      email: '  New.Agent@Passerelle.test ',
      displayName: 'Nouvelle Agente',
      role: 'agent',
      servicePointId: valdorServicePointId,
      idempotencyKey: KEY(),
    });
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD_PATTERN) } });
    const temporaryPassword = (result as { data: { temporaryPassword: string } }).data.temporaryPassword;
    const created = await account('new.agent@passerelle.test');
    expect(created).toMatchObject({
      displayName: 'Nouvelle Agente',
      role: 'agent',
      servicePointId: valdorServicePointId,
      mustChangePassword: true,
      active: true,
    });
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(created.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyCredentials(db, 'new.agent@passerelle.test', temporaryPassword, null)).toMatchObject({ id: created.id });
    expect(await auditFor('staff.created', created.id)).toEqual([
      expect.objectContaining({ actorId: adminId, entityType: 'user', details: { role: 'agent' } }),
    ]);
  });

  it('returns every field error at once and writes nothing', async () => {
    await actAs(db, ADMIN);
    const usersBefore = (await db.select({ id: users.id }).from(users)).length;
    const auditBefore = await auditCount();

    const agentWithoutServicePoint = await createStaffAction({
      email: 'not-an-email',
      displayName: '   ',
      role: 'agent',
      servicePointId: '',
      idempotencyKey: 'not-a-key',
    });
    expect(agentWithoutServicePoint).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: {
        email: 'email',
        displayName: 'required',
        servicePointId: 'servicePointRequired',
        idempotencyKey: 'invalid',
      },
    });

    const form = new FormData();
    form.set('email', 'someone@passerelle.test');
    form.set('displayName', 'Someone');
    form.set('servicePointId', '');
    form.set('idempotencyKey', KEY());
    const missingRole = await createStaffAction(form);
    expect(missingRole).toEqual({ ok: false, error: 'invalid', fieldErrors: { role: 'required' } });

    expect((await db.select({ id: users.id }).from(users)).length).toBe(usersBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('names the service point field when it does not exist, instead of failing', async () => {
    await actAs(db, ADMIN);
    const result = await createStaffAction({
      email: 'ghost.office@passerelle.test',
      displayName: 'Ghost Office',
      role: 'agent',
      servicePointId: randomUUID(),
      idempotencyKey: KEY(),
    });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { servicePointId: 'invalid' } });
    expect(await db.select().from(users).where(eq(users.email, 'ghost.office@passerelle.test'))).toEqual([]);
  });

  it('answers duplicate for an e-mail already in use, whatever its case, and leaves nothing behind', async () => {
    await actAs(db, ADMIN);
    const before = await account('agent.valdor@passerelle.test');
    const auditBefore = await auditCount();
    const result = await createStaffAction({
      email: 'Agent.Valdor@Passerelle.test',
      displayName: 'Impostor',
      role: 'admin',
      servicePointId: null,
      idempotencyKey: KEY(),
    });
    expect(result).toEqual({ ok: false, error: 'duplicate' });
    expect(await account('agent.valdor@passerelle.test')).toEqual(before);
    expect(await db.select().from(users).where(eq(users.displayName, 'Impostor'))).toEqual([]);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('refuses a manager and audits the refusal', async () => {
    await actAs(db, 'direction@passerelle.test');
    const manager = await account('direction@passerelle.test');
    const result = await createStaffAction({
      email: 'by.manager@passerelle.test',
      displayName: 'By Manager',
      role: 'admin',
      servicePointId: null,
      idempotencyKey: KEY(),
    });
    expect(result).toEqual({ ok: false, error: 'forbidden' });
    expect(await db.select().from(users).where(eq(users.email, 'by.manager@passerelle.test'))).toEqual([]);
    const [refusal] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'access.refused')).orderBy(desc(auditEvents.id)).limit(1);
    expect(refusal).toMatchObject({ actorId: manager.id, details: { permission: 'staff:manage' } });
  });
});

describe('updateStaffAction', () => {
  it('changes a role, ends the open sessions of the account and audits from/to', async () => {
    const target = await account('agent.lasarre@passerelle.test');
    const oldSession = await openSession(target.email);
    expect(await getCurrentUser()).toMatchObject({ id: target.id, role: 'agent' });

    await actAs(db, ADMIN);
    const result = await updateStaffAction({
      id: target.id,
      version: target.version,
      displayName: target.displayName,
      role: 'adviser',
      servicePointId: target.servicePointId,
    });
    expect(result).toEqual({ ok: true, data: { id: target.id, version: target.version + 1 } });
    const after = await account(target.email);
    expect(after).toMatchObject({ role: 'adviser', version: target.version + 1, sessionVersion: target.sessionVersion + 1 });

    resume(oldSession);
    expect(await getCurrentUser()).toBeNull();
    expect(await auditFor('staff.role_changed', target.id)).toEqual([
      expect.objectContaining({ actorId: adminId, details: { from: 'agent', to: 'adviser' } }),
    ]);

    // A new sign-in carries the new role.
    await actAs(db, target.email);
    expect(await getCurrentUser()).toMatchObject({ id: target.id, role: 'adviser' });
  });

  it('keeps the sessions of an account whose role did not change', async () => {
    const target = await account('agent.villemarie@passerelle.test');
    const session = await openSession(target.email);
    await actAs(db, ADMIN);
    const result = await updateStaffAction({ id: target.id, version: target.version, displayName: 'Luc Agent (Témiscamingue)', role: 'agent', servicePointId: target.servicePointId });
    expect(result.ok).toBe(true);
    expect(await account(target.email)).toMatchObject({ displayName: 'Luc Agent (Témiscamingue)', sessionVersion: target.sessionVersion });
    expect(await auditFor('staff.updated', target.id)).toHaveLength(1);
    resume(session);
    expect(await getCurrentUser()).toMatchObject({ id: target.id });
  });

  it('answers conflict for a stale version and changes nothing', async () => {
    const target = await account('agent.gatineau@passerelle.test');
    await actAs(db, ADMIN);
    const first = await updateStaffAction({ id: target.id, version: target.version, displayName: 'Anne Agente (Outaouais)', role: 'agent', servicePointId: target.servicePointId });
    expect(first.ok).toBe(true);
    const saved = await account(target.email);
    const auditBefore = await auditCount();

    const stale = await updateStaffAction({ id: target.id, version: target.version, displayName: 'Overwritten', role: 'manager', servicePointId: target.servicePointId });
    expect(stale).toEqual({ ok: false, error: 'conflict' });
    expect(await account(target.email)).toEqual(saved);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('refuses to let an admin change their own role', async () => {
    const admin = await account(ADMIN);
    await actAs(db, ADMIN);
    const result = await updateStaffAction({ id: admin.id, version: admin.version, displayName: admin.displayName, role: 'manager', servicePointId: valdorServicePointId });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { role: 'cannotChangeOwnRole' } });
    expect(await account(ADMIN)).toEqual(admin);
  });

  it('answers not_found for an unknown account', async () => {
    await actAs(db, ADMIN);
    const result = await updateStaffAction({ id: randomUUID(), version: 1, displayName: 'Nobody', role: 'agent', servicePointId: valdorServicePointId });
    expect(result).toEqual({ ok: false, error: 'not_found' });
  });

  it('returns every field error at once', async () => {
    await actAs(db, ADMIN);
    const result = await updateStaffAction({ id: 'not-a-uuid', version: 0, displayName: '', role: 'adviser', servicePointId: null });
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { id: 'invalid', version: 'invalid', displayName: 'required', servicePointId: 'servicePointRequired' },
    });
  });

  it('refuses an agent', async () => {
    const target = await account('agent.chibougamau@passerelle.test');
    await actAs(db, 'agent.valdor@passerelle.test');
    const result = await updateStaffAction({ id: target.id, version: target.version, displayName: target.displayName, role: 'admin', servicePointId: null });
    expect(result).toEqual({ ok: false, error: 'forbidden' });
    expect(await account(target.email)).toEqual(target);
  });
});

describe('setStaffActiveAction', () => {
  it('disables an account: its session ends, it can no longer sign in, and it is audited; re-enabling is audited too', async () => {
    const target = await account('agent.rouyn@passerelle.test');
    const oldSession = await openSession(target.email);
    expect(await getCurrentUser()).toMatchObject({ id: target.id });

    await actAs(db, ADMIN);
    const disabled = await setStaffActiveAction({ id: target.id, version: target.version, active: false });
    expect(disabled).toEqual({ ok: true, data: { id: target.id, version: target.version + 1 } });
    expect(await account(target.email)).toMatchObject({ active: false, sessionVersion: target.sessionVersion + 1 });

    resume(oldSession);
    expect(await getCurrentUser()).toBeNull();
    expect(await verifyCredentials(db, target.email, DEMO_PASSWORD, null)).toBeNull();
    expect(await auditFor('staff.disabled', target.id)).toEqual([expect.objectContaining({ actorId: adminId })]);

    await actAs(db, ADMIN);
    // FormData, as the form posts it: 'true' must read as true.
    const form = new FormData();
    form.set('id', target.id);
    form.set('version', String(target.version + 1));
    form.set('active', 'true');
    const enabled = await setStaffActiveAction(form);
    expect(enabled).toEqual({ ok: true, data: { id: target.id, version: target.version + 2 } });
    expect(await auditFor('staff.enabled', target.id)).toEqual([expect.objectContaining({ actorId: adminId })]);

    // Sessions opened before the account was disabled stay ended; a new sign-in works.
    resume(oldSession);
    expect(await getCurrentUser()).toBeNull();
    const signedIn = await verifyCredentials(db, target.email, DEMO_PASSWORD, null);
    expect(signedIn).toMatchObject({ id: target.id, sessionVersion: target.sessionVersion + 1 });
    resume(signedIn as VerifiedAccount);
    expect(await getCurrentUser()).toMatchObject({ id: target.id });
  });

  it('refuses to let an admin disable themself', async () => {
    const admin = await account(ADMIN);
    await actAs(db, ADMIN);
    const result = await setStaffActiveAction({ id: admin.id, version: admin.version, active: false });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { active: 'cannotDisableSelf' } });
    expect(await account(ADMIN)).toEqual(admin);
  });

  it('answers conflict for a stale version and not_found for an unknown account', async () => {
    const target = await account('conseil.gatineau@passerelle.test');
    await actAs(db, ADMIN);
    expect(await setStaffActiveAction({ id: target.id, version: target.version + 5, active: false })).toEqual({ ok: false, error: 'conflict' });
    expect(await account(target.email)).toEqual(target);
    expect(await setStaffActiveAction({ id: randomUUID(), version: 1, active: false })).toEqual({ ok: false, error: 'not_found' });
  });

  it('refuses a manager', async () => {
    const target = await account('conseil.gatineau@passerelle.test');
    await actAs(db, 'direction@passerelle.test');
    expect(await setStaffActiveAction({ id: target.id, version: target.version, active: false })).toEqual({ ok: false, error: 'forbidden' });
    expect(await account(target.email)).toEqual(target);
  });
});

describe('resetStaffPasswordAction', () => {
  it('generates a temporary password, returned once, ends the sessions and holds everything but the password change until it is replaced', async () => {
    const target = await account('conseil.rouyn@passerelle.test');
    const oldSession = await openSession(target.email);
    expect((await callMetrics()).status).toBe(200);

    await actAs(db, ADMIN);
    const result = await resetStaffPasswordAction({ id: target.id, version: target.version });
    expect(result).toEqual({ ok: true, data: { id: target.id, version: target.version + 1, temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD_PATTERN) } });
    const TEMPORARY = (result as { data: { temporaryPassword: string } }).data.temporaryPassword;
    const after = await account(target.email);
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: target.sessionVersion + 1 });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await auditFor('staff.password_reset', target.id)).toEqual([expect.objectContaining({ actorId: adminId })]);

    resume(oldSession);
    expect(await getCurrentUser()).toBeNull();
    expect((await callMetrics()).status).toBe(401);

    expect(await verifyCredentials(db, target.email, DEMO_PASSWORD, null)).toBeNull();
    const signedIn = await verifyCredentials(db, target.email, TEMPORARY, null);
    expect(signedIn).toMatchObject({ id: target.id, sessionVersion: target.sessionVersion + 1 });

    // Signed in with the temporary password: every route and action but the password change is refused.
    resume(signedIn as VerifiedAccount);
    expect(await getCurrentUser()).toMatchObject({ id: target.id, mustChangePassword: true });
    const refused = await callMetrics();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'forbidden' });
    const [refusal] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'access.refused')).orderBy(desc(auditEvents.id)).limit(1);
    expect(refusal).toMatchObject({ actorId: target.id, details: { permission: 'metrics:read' } });

    const changed = await changePasswordAction({ currentPassword: TEMPORARY, newPassword: 'my-own-chosen-passphrase', confirmation: 'my-own-chosen-passphrase' });
    expect(changed).toEqual({ ok: true, data: undefined });
    expect(await account(target.email)).toMatchObject({ mustChangePassword: false });

    const again = await verifyCredentials(db, target.email, 'my-own-chosen-passphrase', null);
    resume(again as VerifiedAccount);
    expect((await callMetrics()).status).toBe(200);
  });

  it('refuses to let an admin reset their own password', async () => {
    const admin = await account(ADMIN);
    await actAs(db, ADMIN);
    const result = await resetStaffPasswordAction({ id: admin.id, version: admin.version });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { id: 'cannotResetOwnPassword' } });
    expect(await account(ADMIN)).toEqual(admin);
  });

  it('answers conflict for a stale version and changes nothing', async () => {
    const target = await account('agent.chibougamau@passerelle.test');
    await actAs(db, ADMIN);
    const auditBefore = await auditCount();
    expect(await resetStaffPasswordAction({ id: target.id, version: target.version + 1 })).toEqual({ ok: false, error: 'conflict' });
    expect(await account(target.email)).toEqual(target);
    expect(await auditCount()).toBe(auditBefore);
  });
});

describe('two admins saving the same account', () => {
  it('lets exactly one save win and answers conflict to the other', async () => {
    // A second admin, made the way a real one is: created with a temporary password, held to the password
    // change before any administration, then signed in again with their own password.
    await actAs(db, ADMIN);
    const created = await createStaffAction({ email: 'second.admin@passerelle.test', displayName: 'Second Admin', role: 'admin', servicePointId: null, idempotencyKey: KEY() });
    expect(created.ok).toBe(true);
    const secondTemporary = (created as { data: { temporaryPassword: string } }).data.temporaryPassword;
    const second = await verifyCredentials(db, 'second.admin@passerelle.test', secondTemporary, null);
    resume(second as VerifiedAccount);
    const target = await account('agent.chibougamau@passerelle.test');
    const loaded = { id: target.id, version: target.version, servicePointId: target.servicePointId };
    expect(await updateStaffAction({ ...loaded, displayName: 'Too early', role: 'agent' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await changePasswordAction({ currentPassword: secondTemporary, newPassword: 'second-admin-own-passphrase', confirmation: 'second-admin-own-passphrase' })).toMatchObject({ ok: true });
    const secondSession = (await verifyCredentials(db, 'second.admin@passerelle.test', 'second-admin-own-passphrase', null)) as VerifiedAccount;
    const firstSession = await openSession(ADMIN);

    // Each action reads the session as its first step, so the two calls take these claims in order.
    vi.mocked(readSession)
      .mockResolvedValueOnce(firstSession)
      .mockResolvedValueOnce({ userId: secondSession.id, sessionVersion: secondSession.sessionVersion });
    const results = await Promise.all([
      updateStaffAction({ ...loaded, displayName: 'Paul Agent (renamed by admin 1)', role: 'agent' }),
      updateStaffAction({ ...loaded, displayName: 'Paul Agent (renamed by admin 2)', role: 'manager' }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: 'conflict' }]);
    const winner = results[0]!.ok ? 0 : 1;
    const after = await account(target.email);
    expect(after).toMatchObject(
      winner === 0
        ? { displayName: 'Paul Agent (renamed by admin 1)', role: 'agent', version: target.version + 1 }
        : { displayName: 'Paul Agent (renamed by admin 2)', role: 'manager', version: target.version + 1 },
    );
    const audited = [...(await auditFor('staff.updated', target.id)), ...(await auditFor('staff.role_changed', target.id))];
    expect(audited).toEqual([expect.objectContaining({ actorId: winner === 0 ? firstSession.userId : secondSession.id })]);
  });
});
