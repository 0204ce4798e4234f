import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { vi } from 'vitest';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { readSession, type SessionClaims } from '@/lib/auth/read-session';

/** Makes the next server calls run as this staff member (by e-mail), or as an anonymous visitor (null). */
export async function actAs(db: Db, email: string | null): Promise<void> {
  if (email === null) {
    vi.mocked(readSession).mockResolvedValue(null);
    return;
  }
  const [user] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No staff account ${email} in the test database`);
  vi.mocked(readSession).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: randomUUID() });
}

/** The claims of a session opened now by this staff member, kept to replay later as their "old" session. */
export async function openSession(db: Db, email: string): Promise<SessionClaims> {
  await actAs(db, email);
  return (await readSession())!;
}

/** Makes the next calls carry these claims, e.g. a session opened before its account was changed. */
export function resume(claims: SessionClaims | { id: string; sessionVersion: number }) {
  vi.mocked(readSession).mockResolvedValue('userId' in claims ? claims : { userId: claims.id, sessionVersion: claims.sessionVersion });
}

export async function staffAccount(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`No staff account ${email}`);
  return row;
}
