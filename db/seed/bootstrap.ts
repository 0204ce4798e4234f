import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { seedReferenceData } from './reference';

export class BootstrapError extends Error {}

/**
 * Production install: reference data and the first admin, never demo data. The admin is created only
 * while the install has no admin at all, so re-running it cannot reset anyone's password.
 */
export async function bootstrapProduction(db: Db, adminEmail: string | undefined, adminPassword: string | undefined) {
  const email = adminEmail?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new BootstrapError('ADMIN_EMAIL must be an e-mail address.');
  const problem = passwordProblem(adminPassword ?? '');
  if (problem) throw new BootstrapError(`ADMIN_PASSWORD: ${problem}`);
  const passwordHash = await hashPassword(adminPassword!);
  return db.transaction(async (tx) => {
    await seedReferenceData(tx);
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
    if (admins.length > 0) return { adminCreated: false };
    await tx.insert(users).values({ email, displayName: email, role: 'admin', passwordHash, mustChangePassword: false });
    return { adminCreated: true };
  });
}
