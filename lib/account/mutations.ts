import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { checkThrottle, recordFailure, throttleKeys } from '@/lib/auth/throttle';
import { RuleError } from '@/lib/errors';
import type { changePasswordInput } from './schemas';

/**
 * The current password guards the change against someone using an unattended session. Wrong guesses count
 * in the sign-in throttle of the account (outside any transaction, so a refusal cannot roll them back).
 */
export async function checkCurrentPassword(db: Db, user: SessionUser, password: string, now = new Date()) {
  const keys = throttleKeys(user.email, null);
  if (await checkThrottle(db, keys, now)) throw new RuleError('currentPassword', 'tooManyAttempts');
  const [account] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, password))) {
    // As at sign-in, the failure that starts a block already says so.
    const block = await recordFailure(db, keys, now);
    throw new RuleError('currentPassword', block ? 'tooManyAttempts' : 'currentPasswordWrong');
  }
}

/** Changing one's password also ends every open session, including this one: sign in again. */
export async function changeOwnPassword(tx: Tx, user: SessionUser, input: z.output<typeof changePasswordInput>) {
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: false,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, user.id));
  await recordAuditEvent(tx, { action: 'account.password_changed', actorId: user.id, entityType: 'user', entityId: user.id });
}

/** "Sign out everywhere": every session of the account, on every device, ends on its next request. */
export async function signOutEverywhere(tx: Tx, user: SessionUser) {
  await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
  await recordAuditEvent(tx, { action: 'account.signed_out_everywhere', actorId: user.id, entityType: 'user', entityId: user.id });
}
