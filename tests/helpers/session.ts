import { eq } from 'drizzle-orm';
import { vi } from 'vitest';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { readSession } from '@/lib/auth/read-session';

/** Makes the next server calls run as this staff member (by e-mail), or as an anonymous visitor (null). */
export async function actAs(db: Db, email: string | null): Promise<void> {
  if (email === null) {
    vi.mocked(readSession).mockResolvedValue(null);
    return;
  }
  const [user] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No staff account ${email} in the test database`);
  vi.mocked(readSession).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion });
}
