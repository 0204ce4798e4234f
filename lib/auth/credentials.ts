import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import { decoyPasswordHash, verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH } from './password-policy';

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export interface VerifiedAccount {
  id: string;
  sessionVersion: number;
}

/**
 * Checks an e-mail and password. The answer is the same (null) for an unknown account, a wrong password
 * and a disabled account, and takes the same time, so it reveals nothing about which accounts exist.
 */
export async function verifyCredentials(db: Db, email: string, password: string, ipAddress: string | null): Promise<VerifiedAccount | null> {
  const [account] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email));
  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!account || !account.passwordHash || !passwordMatches || !account.active) {
    await recordAuditEvent(db, {
      action: 'auth.sign_in.failure',
      actorId: account?.id ?? null,
      ipAddress,
      details: { reason: !account ? 'unknown_account' : !account.active ? 'account_disabled' : 'wrong_password' },
    });
    return null;
  }
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, account.id));
  await recordAuditEvent(db, { action: 'auth.sign_in.success', actorId: account.id, ipAddress });
  return { id: account.id, sessionVersion: account.sessionVersion };
}
