import { desc, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';
import type { Db } from '@/db/client';
import { auditEvents, signInThrottles } from '@/db/schema';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';

// A failed sign-in through next-auth's real credentials endpoint, as server.mjs hands it over: the throttle
// and the audit trail must count the peer, whatever the client wrote in X-Forwarded-For.
let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

async function failedSignIn(peer: string, forwarded: string) {
  const csrf = await GET(new NextRequest('http://localhost/api/auth/csrf'));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const body = new URLSearchParams({ csrfToken, email: 'direction@passerelle.test', password: 'not-the-password' });
  const headers = { cookie, [PEER_ADDRESS_HEADER]: peer, 'x-forwarded-for': forwarded, 'content-type': 'application/x-www-form-urlencoded' };
  return POST(new NextRequest('http://localhost/api/auth/callback/credentials', { method: 'POST', body, headers }));
}

it.each([
  ['a forged address', '203.0.113.66'],
  ['an empty first hop', ', 203.0.113.66'],
  ['garbage', 'unknown, <script>'],
])('counts and audits the peer, not %s', async (_case, forwarded) => {
  const response = await failedSignIn('192.0.2.10', forwarded);
  expect(response.status).toBeLessThan(500);
  const keys = (await db.select({ key: signInThrottles.key }).from(signInThrottles)).map((row) => row.key);
  expect(keys).toContain('address:192.0.2.10');
  expect(keys.filter((key) => key.startsWith('address:'))).toEqual(['address:192.0.2.10']);
  const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.sign_in.failure')).orderBy(desc(auditEvents.id)).limit(1);
  expect(event!.ipAddress).toBe('192.0.2.10');
});
