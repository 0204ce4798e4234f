import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { signOutAction } from '@/lib/auth/actions';
import { getCurrentUser } from '@/lib/auth/current-user';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { openSession, resume } from '../helpers/session';

// signOut() of next-auth needs a live request; what is tested here is the server-side end of the session.
vi.mock('@/lib/auth', () => ({ signOut: vi.fn(), signIn: vi.fn(), auth: vi.fn(), handlers: {} }));

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

it('ends exactly this session in the database, even if its cookie came back', async () => {
  const phone = await openSession(db, 'agent.villemarie@passerelle.test');
  const desk = await openSession(db, 'agent.villemarie@passerelle.test');
  expect(phone.sessionId).not.toBe(desk.sessionId);

  resume(desk);
  const user = await getCurrentUser();
  expect(user?.email).toBe('agent.villemarie@passerelle.test');
  await signOutAction();
  const [event] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  expect(event).toMatchObject({ action: 'auth.sign_out', actorId: user!.id });

  // The same token presented again (a cookie set back by a request in flight) no longer opens anything.
  resume(desk);
  expect(await getCurrentUser()).toBeNull();
  // The account's other session is untouched: this is not "sign out everywhere".
  resume(phone);
  expect((await getCurrentUser())?.id).toBe(user!.id);
});
