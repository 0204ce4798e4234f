'use server';
import { getDb } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record';
import { getCurrentUser } from './current-user';
import { signOut } from './index';
import { readSession } from './read-session';
import { revokeSession } from './revocation';

/**
 * Public by nature (anyone may sign out). The session is ended in the database, not only by deleting the
 * cookie: a request still in flight could set the cookie again.
 */
export async function signOutAction(): Promise<void> {
  const [user, claims] = await Promise.all([getCurrentUser(), readSession()]);
  const db = getDb();
  if (claims?.sessionId) await revokeSession(db, claims.sessionId);
  if (user) await recordAuditEvent(db, { action: 'auth.sign_out', actorId: user.id });
  await signOut({ redirectTo: '/sign-in' });
}
