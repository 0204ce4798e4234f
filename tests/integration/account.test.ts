import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePasswordAction, signOutEverywhereAction } from '@/app/(app)/account/actions';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { verifyCredentials, type VerifiedAccount } from '@/lib/auth/credentials';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { SessionClaims } from '@/lib/auth/read-session';
import { auditCount as auditCount_, auditFor as auditFor_ } from '../helpers/audit';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs, openSession as openSession_, resume, staffAccount } from '../helpers/session';

const DEMO_PASSWORD = 'demo-passerelle-2019';
const NEW_PASSWORD = 'a-brand-new-passphrase';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const account = (email: string) => staffAccount(db, email);

const openSession = (email: string) => openSession_(db, email);


const asClaims = (verified: VerifiedAccount): SessionClaims => ({ userId: verified.id, sessionVersion: verified.sessionVersion });

const auditFor = (action: string, entityId: string) => auditFor_(db, action, entityId);
const auditCount = () => auditCount_(db);

describe('changePasswordAction', () => {
  it('replaces the password, ends every session including this one, clears the reset flag and audits it', async () => {
    const before = await account('agent.valdor@passerelle.test');
    // As after an admin's reset, so that clearing the flag is visible.
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, before.id));
    const session = await openSession(before.email);
    expect(await getCurrentUser()).toMatchObject({ id: before.id, mustChangePassword: true });

    const result = await changePasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: undefined });

    const after = await account(before.email);
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: before.sessionVersion + 1 });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.passwordHash).not.toBe(before.passwordHash);

    resume(session);
    expect(await getCurrentUser()).toBeNull();
    expect(await changePasswordAction({ currentPassword: NEW_PASSWORD, newPassword: 'yet-another-passphrase', confirmation: 'yet-another-passphrase' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    });

    expect(await verifyCredentials(db, before.email, DEMO_PASSWORD, null)).toBeNull();
    const signedIn = await verifyCredentials(db, before.email, NEW_PASSWORD, null);
    expect(signedIn).toMatchObject({ id: before.id, sessionVersion: before.sessionVersion + 1 });
    resume(asClaims(signedIn as VerifiedAccount));
    expect(await getCurrentUser()).toMatchObject({ id: before.id, mustChangePassword: false });

    expect(await auditFor('account.password_changed', before.id)).toEqual([expect.objectContaining({ actorId: before.id, entityType: 'user' })]);
  });

  describe('refusals that change nothing', () => {
    const email = 'agent.lasarre@passerelle.test';

    async function expectUnchanged(before: typeof users.$inferSelect, auditBefore: number) {
      expect(await account(email)).toEqual(before);
      expect(await auditCount()).toBe(auditBefore);
      expect(await getCurrentUser()).toMatchObject({ id: before.id });
    }

    it.each([
      [
        'a wrong current password',
        { currentPassword: 'not-my-password-at-all', newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD },
        { currentPassword: 'currentPasswordWrong' },
      ],
      [
        'a confirmation that does not match',
        { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmation: 'a-brand-new-passphrasE' },
        { confirmation: 'passwordMismatch' },
      ],
      [
        'an unchanged password',
        { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD, confirmation: DEMO_PASSWORD },
        { newPassword: 'passwordUnchanged' },
      ],
      [
        'a common new password',
        { currentPassword: DEMO_PASSWORD, newPassword: 'Password1234', confirmation: 'Password1234' },
        { newPassword: 'passwordTooCommon' },
      ],
      [
        'every field wrong at once',
        { currentPassword: '', newPassword: 'short', confirmation: 'shorter' },
        { currentPassword: 'required', newPassword: 'passwordTooShort', confirmation: 'passwordMismatch' },
      ],
    ])('refuses %s', async (_case, input, fieldErrors) => {
      await actAs(db, email);
      const before = await account(email);
      const auditBefore = await auditCount();
      expect(await changePasswordAction(input)).toEqual({ ok: false, error: 'invalid', fieldErrors });
      await expectUnchanged(before, auditBefore);
    });

    it('refuses an anonymous caller', async () => {
      await actAs(db, null);
      const auditBefore = await auditCount();
      expect(await changePasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD })).toEqual({
        ok: false,
        error: 'unauthenticated',
      });
      expect(await auditCount()).toBe(auditBefore);
      expect(await verifyCredentials(db, email, DEMO_PASSWORD, null)).toMatchObject({ sessionVersion: 1 });
    });
  });
});

describe('guessing the current password', () => {
  it('is throttled like sign-in: after five wrong guesses even the right password is held back', async () => {
    const email = 'conseil.gatineau@passerelle.test';
    for (let attempt = 1; attempt <= 5; attempt++) {
      await actAs(db, email);
      const result = await changePasswordAction({ currentPassword: `guess-number-${attempt}`, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD });
      expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: 'currentPasswordWrong' } });
    }
    await actAs(db, email);
    const sixth = await changePasswordAction({ currentPassword: 'guess-number-6', newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(sixth).toMatchObject({ ok: false, fieldErrors: { currentPassword: 'tooManyAttempts' } });
    const right = await changePasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(right).toMatchObject({ ok: false, fieldErrors: { currentPassword: 'tooManyAttempts' } });
    expect(await verifyCredentials(db, email, NEW_PASSWORD, null)).toBe('throttled');
  });
});

describe('signOutEverywhereAction', () => {
  it('ends every open session of the account and audits it', async () => {
    const before = await account('direction@passerelle.test');
    const session = await openSession(before.email);
    const result = await signOutEverywhereAction({});
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await account(before.email)).toMatchObject({ sessionVersion: before.sessionVersion + 1, passwordHash: before.passwordHash });

    resume(session);
    expect(await getCurrentUser()).toBeNull();
    expect(await signOutEverywhereAction({})).toEqual({ ok: false, error: 'unauthenticated' });
    expect(await auditFor('account.signed_out_everywhere', before.id)).toEqual([expect.objectContaining({ actorId: before.id, entityType: 'user' })]);

    // Signing in again opens a session on the new version.
    const signedIn = await verifyCredentials(db, before.email, DEMO_PASSWORD, null);
    expect(signedIn).toMatchObject({ id: before.id, sessionVersion: before.sessionVersion + 1 });
    resume(asClaims(signedIn as VerifiedAccount));
    expect(await getCurrentUser()).toMatchObject({ id: before.id });
  });

  it('refuses an anonymous caller', async () => {
    await actAs(db, null);
    expect(await signOutEverywhereAction({})).toEqual({ ok: false, error: 'unauthenticated' });
  });
});
