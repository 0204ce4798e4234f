import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import { decoyPasswordHash, verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH } from './password-policy';
import { checkThrottle, clearThrottle, pruneThrottles, recordFailure, throttleKeys } from './throttle';

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export interface VerifiedAccount {
  id: string;
  sessionVersion: number;
}

/** An account, null for refused credentials, or 'throttled' while too many failures hold attempts back. */
export type CredentialsCheck = VerifiedAccount | null | 'throttled';

/**
 * Checks an e-mail and password. The answer is the same (null) for an unknown account, a wrong password
 * and a disabled account, and takes the same time, so it reveals nothing about which accounts exist.
 * Failures are counted per typed e-mail and per address; while either is blocked the password is not
 * even checked, and the answer is 'throttled' whether or not the account exists.
 */
export async function verifyCredentials(
  db: Db,
  email: string,
  password: string,
  ipAddress: string | null,
  now: Date = new Date(),
): Promise<CredentialsCheck> {
  const keys = throttleKeys(email, ipAddress);
  const blocked = await checkThrottle(db, keys, now);
  const [account] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email));
  if (blocked) {
    // Not counted as a failure: the password was not tried, and counting would let the block grow forever.
    await recordAuditEvent(db, {
      action: 'auth.sign_in.throttled',
      actorId: account?.id ?? null,
      ipAddress,
      details: { scope: blocked.scope, blockedUntil: blocked.blockedUntil.toISOString() },
    });
    return 'throttled';
  }
  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!account || !account.passwordHash || !passwordMatches || !account.active) {
    await recordAuditEvent(db, {
      action: 'auth.sign_in.failure',
      actorId: account?.id ?? null,
      ipAddress,
      details: { reason: !account ? 'unknown_account' : !account.active ? 'account_disabled' : 'wrong_password' },
    });
    // The failure that starts a block already says so, so the user does not spend more attempts.
    return (await recordFailure(db, keys, now)) ? 'throttled' : null;
  }
  await clearThrottle(db, keys.account);
  await pruneThrottles(db, now);
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, account.id));
  await recordAuditEvent(db, { action: 'auth.sign_in.success', actorId: account.id, ipAddress });
  return { id: account.id, sessionVersion: account.sessionVersion };
}
