import 'server-only';
import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { revokedSessions } from '@/db/schema';
import { ABSOLUTE_TIMEOUT_SECONDS } from './session-lifetime';

/**
 * Ends one session for good, whatever its cookie says afterwards. True when this call ended it, false when
 * it was already revoked (of two sign-outs racing with the same cookie, exactly one gets true).
 */
export async function revokeSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<boolean> {
  // No session outlives its absolute timeout, so the row is useless after that and can be pruned.
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_SECONDS * 1000);
  const inserted = await db.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing().returning({ sessionId: revokedSessions.sessionId });
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
  return inserted.length > 0;
}

/** SQL condition, true when this session was signed out (read with the user's row, in one query). */
export function isRevoked(sessionId: string) {
  return sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${sessionId})`;
}
