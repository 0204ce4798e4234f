import { and, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import type { JWT } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, revokedSessions, users } from '@/db/schema';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { getCurrentUser } from '@/lib/auth/current-user';
import { endSignedOutSession } from '@/lib/auth/end-session';
import type { SessionClaims } from '@/lib/auth/read-session';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { openSession, resume } from '../helpers/session';

const ADDRESS = '203.0.113.44';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

/** The claims next-auth's jwt callback puts in the cookie of this session (lib/auth/config.ts). */
function tokenOf(claims: SessionClaims, lastSeenSecondsAgo = 60): JWT {
  const now = Math.floor(Date.now() / 1000);
  return { sub: claims.userId, sessionVersion: claims.sessionVersion, sessionId: claims.sessionId, signedInAt: now - 3600, lastSeenAt: now - lastSeenSecondsAgo };
}

async function signOutsOf(userId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'auth.sign_out'), eq(auditEvents.actorId, userId)));
}

async function isLive(claims: SessionClaims): Promise<boolean> {
  resume(claims);
  return (await getCurrentUser()) !== null;
}

/** The request's headers as next/headers gives them to the server code (the audit reads the address there). */
function duringRequest(extra: Record<string, string> = {}) {
  vi.mocked(headers).mockResolvedValue(new Headers({ host: 'localhost:3000', 'x-forwarded-proto': 'http', [PEER_ADDRESS_HEADER]: ADDRESS, ...extra }) as never);
}

describe('the sign-out event handler (events.signOut)', () => {
  it('revokes exactly this session, audits it with its user, and is idempotent', async () => {
    const phone = await openSession(db, 'agent.villemarie@passerelle.test');
    const desk = await openSession(db, 'agent.villemarie@passerelle.test');
    expect(phone.sessionId).not.toBe(desk.sessionId);
    duringRequest();
    expect(await isLive(desk)).toBe(true);

    expect(await endSignedOutSession(db, tokenOf(desk))).toBe(true);
    // The same token presented again (a copied cookie, or one set back by a request in flight) opens nothing.
    expect(await isLive(desk)).toBe(false);
    // The account's other session is untouched: this is not "sign out everywhere".
    expect(await isLive(phone)).toBe(true);
    const events = await signOutsOf(desk.userId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'auth.sign_out', actorId: desk.userId, ipAddress: ADDRESS, entityId: null, details: null });
    expect(await db.select().from(revokedSessions).where(eq(revokedSessions.sessionId, phone.sessionId!))).toEqual([]);

    // Signing out again with the same cookie, even twice at once: nothing more is written.
    expect(await Promise.all([endSignedOutSession(db, tokenOf(desk)), endSignedOutSession(db, tokenOf(desk))])).toEqual([false, false]);
    expect(await signOutsOf(desk.userId)).toHaveLength(1);
  });

  it('audits one sign-out when two race with the same cookie', async () => {
    const session = await openSession(db, 'agent.lasarre@passerelle.test');
    const results = await Promise.all([endSignedOutSession(db, tokenOf(session)), endSignedOutSession(db, tokenOf(session))]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await signOutsOf(session.userId)).toHaveLength(1);
    expect(await isLive(session)).toBe(false);
  });

  it('revokes, but does not audit, a session that was already over', async () => {
    const timedOut = await openSession(db, 'conseil.valdor@passerelle.test');
    expect(await endSignedOutSession(db, tokenOf(timedOut, 31 * 60))).toBe(false);
    const stale = { ...(await openSession(db, 'conseil.valdor@passerelle.test')) };
    stale.sessionVersion -= 1; // as after "sign out everywhere" or a role change
    expect(await endSignedOutSession(db, tokenOf(stale))).toBe(false);
    expect(await signOutsOf(timedOut.userId)).toEqual([]);
    const revoked = await db.select({ sessionId: revokedSessions.sessionId }).from(revokedSessions);
    expect(revoked.map((row) => row.sessionId)).toEqual(expect.arrayContaining([timedOut.sessionId, stale.sessionId]));
  });

  it('does nothing without a session', async () => {
    const before = await db.select({ id: auditEvents.id }).from(auditEvents);
    const revokedBefore = await db.select().from(revokedSessions);
    expect(await endSignedOutSession(db, null)).toBe(false);
    const [agent] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'agent.valdor@passerelle.test'));
    expect(await endSignedOutSession(db, { sub: agent!.id, sessionVersion: 0 })).toBe(false);
    expect(await db.select({ id: auditEvents.id }).from(auditEvents)).toHaveLength(before.length);
    expect(await db.select().from(revokedSessions)).toHaveLength(revokedBefore.length);
  });
});
