import { and, eq } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import type { JWT } from 'next-auth/jwt';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, revokedSessions, users } from '@/db/schema';
import { handlers } from '@/lib/auth';
import { signOutAction } from '@/app/_actions/sign-out';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { getCurrentUser } from '@/lib/auth/current-user';
import { endSignedOutSession } from '@/lib/auth/end-session';
import type { SessionClaims } from '@/lib/auth/read-session';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { openSession, resume } from '../helpers/session';

// The real next-auth (not mocked here): its sign-out route and its signOut() helper must reach the
// events.signOut handler of lib/auth/index.ts (the key that signs cookies comes from tests/helpers/setup.ts).

const ORIGIN = 'http://localhost:3000';
// On plain HTTP next-auth names its cookies without the __Secure- prefix; the name is also the JWT's salt.
const SESSION_COOKIE = 'authjs.session-token';
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

async function sessionCookie(claims: SessionClaims): Promise<string> {
  const value = await encode({ token: tokenOf(claims), secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE, maxAge: 30 * 60 });
  return `${SESSION_COOKIE}=${value}`;
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

/** Set-Cookie values of a response, by name. */
function setCookies(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const index = pair!.indexOf('=');
    jar.set(pair!.slice(0, index), pair!.slice(index + 1));
  }
  return jar;
}

function routeRequest(path: string, cookie: string, init: { method?: string; body?: URLSearchParams } = {}) {
  return new NextRequest(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie, [PEER_ADDRESS_HEADER]: ADDRESS, ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: init.body,
  });
}

/** Checks that exactly this session ended and was audited once, and that the account's other one did not. */
async function expectEndedAndAudited(session: SessionClaims, other: SessionClaims, auditedBefore: number) {
  expect(await isLive(session)).toBe(false);
  expect(await isLive(other)).toBe(true);
  const events = await signOutsOf(session.userId);
  expect(events).toHaveLength(auditedBefore + 1);
  expect(events.at(-1)).toMatchObject({ action: 'auth.sign_out', actorId: session.userId, ipAddress: ADDRESS });
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

describe('every way to sign out ends the session through it', () => {
  it("next-auth's route: POST /api/auth/signout with the CSRF token of GET /api/auth/csrf", async () => {
    const session = await openSession(db, 'agent.rouyn@passerelle.test');
    const other = await openSession(db, 'agent.rouyn@passerelle.test');
    const cookie = await sessionCookie(session);
    duringRequest();

    const csrf = await handlers.GET(routeRequest('/api/auth/csrf', cookie));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = [...setCookies(csrf)].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await handlers.POST(
      routeRequest('/api/auth/signout', `${cookie}; ${csrfCookie}`, { method: 'POST', body: new URLSearchParams({ csrfToken, callbackUrl: '/sign-in' }) }),
    );
    expect(response.status).toBe(302);
    expect(setCookies(response).get(SESSION_COOKIE)).toBe('');
    await expectEndedAndAudited(session, other, 0);
  });

  it('the form GET /api/auth/signout serves, submitted as a browser would', async () => {
    const session = await openSession(db, 'direction@passerelle.test');
    const other = await openSession(db, 'direction@passerelle.test');
    const cookie = await sessionCookie(session);
    duringRequest();

    const page = await handlers.GET(routeRequest('/api/auth/signout', cookie));
    expect(page.status).toBe(200);
    const html = await page.text();
    const action = /<form action="([^"]+)" method="POST"/.exec(html)?.[1];
    const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(html)?.[1];
    expect(action).toBe(`${ORIGIN}/api/auth/signout`);
    expect(csrfToken).toBeTruthy();
    // Showing the form ends nothing.
    expect(await isLive(session)).toBe(true);

    const csrfCookie = [...setCookies(page)].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await handlers.POST(
      routeRequest(new URL(action!).pathname, `${cookie}; ${csrfCookie}`, { method: 'POST', body: new URLSearchParams({ csrfToken: csrfToken! }) }),
    );
    expect(response.status).toBe(302);
    expect(setCookies(response).get(SESSION_COOKIE)).toBe('');
    await expectEndedAndAudited(session, other, 0);
  });

  it("the app's sign-out button (signOutAction, next-auth's signOut() helper), then the sign-in page", async () => {
    const session = await openSession(db, 'agent.valdor@passerelle.test');
    const other = await openSession(db, 'agent.valdor@passerelle.test');
    duringRequest({ cookie: await sessionCookie(session) });
    const jar = { get: () => undefined, set: vi.fn(), delete: vi.fn() };
    vi.mocked(cookies).mockResolvedValue(jar as never);

    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;replace;(http:\/\/localhost:3000)?\/sign-in;/) });
    expect(jar.set).toHaveBeenCalledWith(SESSION_COOKIE, '', expect.objectContaining({ maxAge: 0 }));
    // Once, by the event handler: the action itself writes nothing more.
    await expectEndedAndAudited(session, other, 0);
  });

  it('signing out without a session cookie writes nothing', async () => {
    duringRequest();
    const before = await db.select({ id: auditEvents.id }).from(auditEvents);
    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;replace;(http:\/\/localhost:3000)?\/sign-in;/) });
    expect(await db.select({ id: auditEvents.id }).from(auditEvents)).toHaveLength(before.length);
  });
});
