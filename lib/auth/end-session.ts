import 'server-only';
import { eq } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import { revokeSession } from './revocation';
import { sessionStillValid } from './session-lifetime';

/**
 * next-auth's `events.signOut`, the one place where a sign-out ends a session. Every way of signing out comes
 * through it with the decoded cookie being cleared: the app's button (next-auth's signOut() helper),
 * next-auth's own POST /api/auth/signout, and the form GET /api/auth/signout serves, which posts there.
 *
 * Deleting the cookie is not enough: a copy of it, or a request still in flight that sets it again, would
 * keep the session open. So exactly this session is revoked in the database (the account's other sessions
 * stay open), and `auth.sign_out` is audited when that ended a session that was still live. Revoking an
 * already revoked session changes nothing and audits nothing, so a repeated or concurrent sign-out with the
 * same cookie writes one audit row at most. A session already over (timed out, "sign out everywhere", account
 * disabled) is revoked too, harmlessly, but not audited: that sign-out ended nothing.
 *
 * Returns true when a live session was ended (and audited).
 */
export async function endSignedOutSession(db: Db, token: JWT | null | undefined, now = new Date()): Promise<boolean> {
  const sessionId = token?.sessionId;
  if (!token || typeof sessionId !== 'string' || !sessionId) return false;
  return db.transaction(async (tx) => {
    if (!(await revokeSession(tx, sessionId, now))) return false;
    const userId = token.sub;
    if (typeof userId !== 'string' || !sessionStillValid(token, Math.floor(now.getTime() / 1000))) return false;
    const [account] = await tx.select({ active: users.active, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
    if (!account?.active || account.sessionVersion !== token.sessionVersion) return false;
    await recordAuditEvent(tx, { action: 'auth.sign_out', actorId: userId });
    return true;
  });
}
