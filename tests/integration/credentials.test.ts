import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { BootstrapError, bootstrapProduction } from '@/db/seed/bootstrap';
import { auditEvents, persons, users } from '@/db/schema';
import { verifyCredentials, type VerifiedAccount } from '@/lib/auth/credentials';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(closeTestDatabase);

const lastAudit = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('production bootstrap', () => {
  it('refuses a weak or missing first admin password, naming the variable', async () => {
    await expect(bootstrapProduction(db, 'chef@mifi.example', 'short')).rejects.toThrow(/ADMIN_PASSWORD/);
    await expect(bootstrapProduction(db, 'not-an-email', 'a-long-enough-passphrase')).rejects.toThrow(BootstrapError);
    expect(await db.select().from(users)).toEqual([]);
  });

  it('creates reference data and the first admin, and no demo data', async () => {
    expect(await bootstrapProduction(db, 'Chef@MIFI.example', 'a-long-enough-passphrase')).toEqual({ adminCreated: true });
    const accounts = await db.select({ email: users.email, role: users.role }).from(users);
    expect(accounts).toEqual([{ email: 'chef@mifi.example', role: 'admin' }]);
    expect(await db.select().from(persons)).toEqual([]);
    expect(await bootstrapProduction(db, 'other@mifi.example', 'another-long-passphrase')).toEqual({ adminCreated: false });
    expect(await db.select({ email: users.email }).from(users)).toHaveLength(1);
  });
});

describe('credentials check', () => {
  it('accepts the right password and records the sign-in', async () => {
    const account = await verifyCredentials(db, 'chef@mifi.example', 'a-long-enough-passphrase', '203.0.113.5');
    expect(account).toMatchObject({ sessionVersion: 1 });
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.success', actorId: (account as VerifiedAccount).id, ipAddress: '203.0.113.5' });
  });

  it('refuses a wrong password, an unknown account and a disabled account alike, and records each', async () => {
    expect(await verifyCredentials(db, 'chef@mifi.example', 'wrong-password-here', null)).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.failure', details: { reason: 'wrong_password' } });
    expect(await verifyCredentials(db, 'nobody@mifi.example', 'a-long-enough-passphrase', null)).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.failure', actorId: null, details: { reason: 'unknown_account' } });
    await db.update(users).set({ active: false }).where(eq(users.email, 'chef@mifi.example'));
    expect(await verifyCredentials(db, 'chef@mifi.example', 'a-long-enough-passphrase', null)).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.failure', details: { reason: 'account_disabled' } });
  });
});
