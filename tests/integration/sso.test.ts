import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { findStaffForSso, ssoEmail } from '@/lib/auth/sso';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

let db: Db;
let staffId: string;
let disabledId: string;
beforeAll(async () => {
  db = await openTestDatabase();
  const [staff] = await db
    .insert(users)
    .values({ email: 'marie.tremblay@mifi.example', displayName: 'Staff', role: 'admin', sessionVersion: 4 })
    .returning();
  const [disabled] = await db
    .insert(users)
    .values({ email: 'ancien.employe@mifi.example', displayName: 'Former', role: 'admin', active: false })
    .returning();
  staffId = staff!.id;
  disabledId = disabled!.id;
});
afterAll(closeTestDatabase);

const lastAudit = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('the e-mail address an SSO sign-in presents', () => {
  it('is the email claim, else preferred_username, else upn, lower-cased', () => {
    expect(ssoEmail({ email: ' Marie.Tremblay@MIFI.example ', preferred_username: 'other@mifi.example' })).toBe('marie.tremblay@mifi.example');
    expect(ssoEmail({ preferred_username: 'Marie.Tremblay@mifi.example', upn: 'other@mifi.example' })).toBe('marie.tremblay@mifi.example');
    expect(ssoEmail({ upn: 'MARIE.TREMBLAY@mifi.example' })).toBe('marie.tremblay@mifi.example');
  });

  it('skips claims that are not addresses, and is null when none is', () => {
    expect(ssoEmail({ email: '', preferred_username: 'mtremblay', upn: 'marie.tremblay@mifi.example' })).toBe('marie.tremblay@mifi.example');
    expect(ssoEmail({ email: 42, preferred_username: 'mtremblay' })).toBeNull();
    expect(ssoEmail({})).toBeNull();
  });
});

describe('mapping an SSO sign-in to a staff account', () => {
  it('finds the active account by e-mail, whatever the case, with its session version, and audits it', async () => {
    const account = await findStaffForSso(db, { email: 'Marie.Tremblay@MIFI.example' }, '203.0.113.7');
    expect(account).toEqual({ id: staffId, sessionVersion: 4 });
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.sso_success', actorId: staffId, ipAddress: '203.0.113.7', details: null });
    const [row] = await db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, staffId));
    expect(row?.lastSignInAt).toBeInstanceOf(Date);
  });

  it('uses the sign-in name when the token has no email claim', async () => {
    expect(await findStaffForSso(db, { preferred_username: 'MARIE.TREMBLAY@mifi.example' }, null)).toEqual({ id: staffId, sessionVersion: 4 });
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.sso_success', actorId: staffId, ipAddress: null });
  });

  it('refuses an address without a staff account, and never creates one', async () => {
    const before = await db.select({ id: users.id }).from(users);
    expect(await findStaffForSso(db, { email: 'inconnu@mifi.example' }, '203.0.113.8')).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: 'auth.sign_in.sso_refused',
      actorId: null,
      ipAddress: '203.0.113.8',
      details: { reason: 'unknown_account' },
    });
    expect(await db.select({ id: users.id }).from(users)).toHaveLength(before.length);
  });

  it('refuses a disabled account', async () => {
    expect(await findStaffForSso(db, { email: 'Ancien.Employe@mifi.example' }, null)).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.sso_refused', actorId: disabledId, details: { reason: 'account_disabled' } });
  });

  it('refuses a token without any address', async () => {
    expect(await findStaffForSso(db, { preferred_username: 'mtremblay' }, null)).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.sso_refused', actorId: null, details: { reason: 'no_email' } });
  });

  it('keeps the presented address out of the audit trail', async () => {
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.sign_in.sso_refused'));
    expect(JSON.stringify(rows)).not.toMatch(/inconnu|ancien|mtremblay/i);
  });
});
