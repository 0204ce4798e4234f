import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePasswordAction } from '@/app/(app)/account/actions';
import { createStaffAction, resetStaffPasswordAction, updateStaffAction } from '@/app/(app)/admin/staff/actions';
import type { Db } from '@/db/client';
import { servicePoints } from '@/db/schema';
import { passwordProblem } from '@/lib/auth/password-policy';
import { verifyCredentials, type VerifiedAccount } from '@/lib/auth/credentials';
import { getCurrentUser } from '@/lib/auth/current-user';
import { generateTemporaryPassword, TEMPORARY_PASSWORD_PATTERN } from '@/lib/staff/temporary-password';
import { auditCount as auditCount_, auditFor } from '../helpers/audit';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs, resume, staffAccount } from '../helpers/session';

// Onboarding a new agent: the generated one-time password (policy, shown once, stored hashed only), the
// roles without a service point, and no role change on one's own account.

const ADMIN = 'admin@passerelle.test';
let db: Db;
let valdorId: string;

beforeAll(async () => {
  db = await openSeededTestDatabase();
  const [valdor] = await db.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.code, 'val-dor'));
  valdorId = valdor!.id;
});
afterAll(closeTestDatabase);

const account = (email: string) => staffAccount(db, email);
const auditCount = () => auditCount_(db);
const passwordOf = (result: unknown) => (result as { data: { temporaryPassword: string } }).data.temporaryPassword;

/** Every row of every table as text, searched for a value: the temporary password must be in none. */
async function tablesContaining(value: string): Promise<string[]> {
  const result = await db.execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const tables = (Array.isArray(result) ? result : (result as { rows: { table_name: string }[] }).rows).map((row) => row.table_name);
  const found: string[] = [];
  for (const table of tables) {
    const hits = await db.execute(sql`select 1 from ${sql.identifier(table)} t where t::text like ${`%${value}%`} limit 1`);
    if ((Array.isArray(hits) ? hits : (hits as { rows: unknown[] }).rows).length > 0) found.push(table);
  }
  return found;
}

describe('the generated temporary password', () => {
  it('is strong by the password policy, from a CSPRNG, with no look-alike characters, and never the same twice', () => {
    const passwords = Array.from({ length: 500 }, generateTemporaryPassword);
    for (const password of passwords) {
      expect(password).toMatch(TEMPORARY_PASSWORD_PATTERN);
      expect(passwordProblem(password)).toBeNull();
      expect(password).not.toMatch(/[01lo]/);
    }
    expect(new Set(passwords).size).toBe(passwords.length);
    // 4 × 5 symbols of a 32-letter alphabet: every symbol shows up across 10,000 draws.
    expect(new Set(passwords.join('').replace(/-/g, '')).size).toBe(32);
  });
});

describe('onboarding a new agent', () => {
  it('creates the account with a one-time password that is shown once, stored hashed only, and must be changed at first sign-in', async () => {
    await actAs(db, ADMIN);
    const key = randomUUID();
    const created = await createStaffAction({ email: 'nouvelle.agente@passerelle.test', displayName: 'Nouvelle Agente', role: 'agent', servicePointId: valdorId, idempotencyKey: key });
    expect(created.ok).toBe(true);
    const temporary = passwordOf(created);
    const row = await account('nouvelle.agente@passerelle.test');
    expect(row).toMatchObject({ mustChangePassword: true, servicePointId: valdorId, active: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await tablesContaining(temporary)).toEqual([]);
    expect(await tablesContaining('nouvelle.agente@passerelle')).toContain('users'); // the search does find what is there

    // A replayed submit (double click, retry) creates nothing more and does not show the password again.
    const auditBefore = await auditCount();
    const replay = await createStaffAction({ email: 'nouvelle.agente@passerelle.test', displayName: 'Nouvelle Agente', role: 'agent', servicePointId: valdorId, idempotencyKey: key });
    expect(replay).toEqual({ ok: true, data: { id: row.id, temporaryPassword: null } });
    expect(await auditCount()).toBe(auditBefore);
    expect(await auditFor(db, 'staff.created', row.id)).toHaveLength(1);

    // Signed in with it, the agent can do nothing but change it; then their own password opens their home.
    const session = (await verifyCredentials(db, row.email, temporary, null)) as VerifiedAccount;
    expect(session).toMatchObject({ id: row.id });
    resume(session);
    expect(await getCurrentUser()).toMatchObject({ id: row.id, mustChangePassword: true });
    expect(await changePasswordAction({ currentPassword: temporary, newPassword: 'la phrase de Nouvelle au lac Blouin', confirmation: 'la phrase de Nouvelle au lac Blouin' })).toEqual({ ok: true, data: undefined });
    expect(await account(row.email)).toMatchObject({ mustChangePassword: false });
    expect(await verifyCredentials(db, row.email, temporary, null)).toBeNull();
  });

  it('gives a new one-time password on reset, which replaces the old one and is stored hashed only', async () => {
    const target = await account('agent.villemarie@passerelle.test');
    await actAs(db, ADMIN);
    const first = passwordOf(await resetStaffPasswordAction({ id: target.id, version: target.version }));
    const second = passwordOf(await resetStaffPasswordAction({ id: target.id, version: target.version + 1 }));
    expect(first).not.toBe(second);
    expect(await verifyCredentials(db, target.email, first, null)).toBeNull();
    expect(await verifyCredentials(db, target.email, second, null)).toMatchObject({ id: target.id });
    expect(await tablesContaining(second)).toEqual([]);
    expect(await auditFor(db, 'staff.password_reset', target.id)).toHaveLength(2);
  });

  it('refuses a reset to a manager and an adviser', async () => {
    const target = await account('agent.lasarre@passerelle.test');
    for (const email of ['direction@passerelle.test', 'conseil.valdor@passerelle.test']) {
      await actAs(db, email);
      expect(await resetStaffPasswordAction({ id: target.id, version: target.version })).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await account(target.email)).toEqual(target);
  });
});

describe('roles without a service point', () => {
  it('creates a privacy officer without a service point, whatever the form sent', async () => {
    await actAs(db, ADMIN);
    const created = await createStaffAction({ email: 'rprp@passerelle.test', displayName: 'Responsable PRP', role: 'privacy_officer', servicePointId: valdorId, idempotencyKey: randomUUID() });
    expect(created.ok).toBe(true);
    expect(await account('rprp@passerelle.test')).toMatchObject({ role: 'privacy_officer', servicePointId: null, mustChangePassword: true });
    const none = await createStaffAction({ email: 'rprp2@passerelle.test', displayName: 'Responsable PRP 2', role: 'privacy_officer', servicePointId: '', idempotencyKey: randomUUID() });
    expect(none.ok).toBe(true);
  });

  it('drops the service point when an agent becomes privacy officer, and asks for one the other way', async () => {
    const target = await account('conseil.gatineau@passerelle.test');
    await actAs(db, ADMIN);
    expect((await updateStaffAction({ id: target.id, version: target.version, displayName: target.displayName, role: 'privacy_officer', servicePointId: target.servicePointId })).ok).toBe(true);
    const officer = await account(target.email);
    expect(officer).toMatchObject({ role: 'privacy_officer', servicePointId: null, sessionVersion: target.sessionVersion + 1 });
    expect(await updateStaffAction({ id: target.id, version: officer.version, displayName: target.displayName, role: 'adviser', servicePointId: null })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { servicePointId: 'servicePointRequired' },
    });
    expect(await account(target.email)).toEqual(officer);
  });
});

describe('one’s own account', () => {
  it('keeps its role: a change is refused on the server even when the form is bypassed; the name can still change', async () => {
    const admin = await account(ADMIN);
    await actAs(db, ADMIN);
    const form = new FormData();
    form.set('id', admin.id);
    form.set('version', String(admin.version));
    form.set('displayName', admin.displayName);
    form.set('role', 'privacy_officer');
    form.set('servicePointId', '');
    expect(await updateStaffAction(form)).toEqual({ ok: false, error: 'invalid', fieldErrors: { role: 'cannotChangeOwnRole' } });
    expect(await account(ADMIN)).toEqual(admin);
    expect(await auditFor(db, 'staff.role_changed', admin.id)).toEqual([]);

    const renamed = await updateStaffAction({ id: admin.id, version: admin.version, displayName: 'Sophie Administratrice (DR)', role: 'admin', servicePointId: null });
    expect(renamed.ok).toBe(true);
    expect(await account(ADMIN)).toMatchObject({ role: 'admin', displayName: 'Sophie Administratrice (DR)', sessionVersion: admin.sessionVersion });
    await updateStaffAction({ id: admin.id, version: admin.version + 1, displayName: admin.displayName, role: 'admin', servicePointId: null });
  });
});
