import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, signInThrottles, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { verifyCredentials } from '@/lib/auth/credentials';
import { checkThrottle, recordFailure, throttleKeys } from '@/lib/auth/throttle';
import { THROTTLE_POLICIES } from '@/lib/auth/throttle-policy';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

const PASSWORD = 'a-long-enough-passphrase';
const ACCOUNT_FREE = THROTTLE_POLICIES.account.freeFailures;
const ADDRESS_FREE = THROTTLE_POLICIES.address.freeFailures;

let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values(
    ['alice', 'bruno', 'chloe'].map((name) => ({ email: `${name}@mifi.example`, displayName: name, role: 'admin' as const, passwordHash })),
  );
});
afterAll(closeTestDatabase);

const at = (iso: string) => new Date(iso);
const lastAudit = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];
const failuresOf = async (key: string) => (await db.select().from(signInThrottles).where(eq(signInThrottles.key, key)))[0]?.failures;

/** `count` wrong passwords one second apart from `start`; returns each answer. */
async function fail(email: string, ip: string | null, count: number, start: Date) {
  const answers = [];
  for (let i = 0; i < count; i += 1) {
    answers.push(await verifyCredentials(db, email, 'wrong-password-here', ip, new Date(start.getTime() + i * 1000)));
  }
  return answers;
}

describe('failed sign-in throttling', () => {
  it('refuses even the right password while an account is blocked, then lets it in and resets the count', async () => {
    const start = at('2026-01-05T09:00:00Z');
    const answers = await fail('alice@mifi.example', '198.51.100.1', ACCOUNT_FREE + 1, start);
    expect(answers.slice(0, ACCOUNT_FREE)).toEqual(Array(ACCOUNT_FREE).fill(null));
    // The failure that starts the block already answers 'throttled'.
    expect(answers[ACCOUNT_FREE]).toBe('throttled');

    const blockedAt = new Date(start.getTime() + 10_000);
    expect(await verifyCredentials(db, 'alice@mifi.example', PASSWORD, '198.51.100.1', blockedAt)).toBe('throttled');
    // From another address too: the account key holds on its own.
    expect(await verifyCredentials(db, 'Alice@MIFI.example', PASSWORD, '198.51.100.99', blockedAt)).toBe('throttled');

    const afterBlock = new Date(start.getTime() + 10 * 60_000);
    expect(await verifyCredentials(db, 'alice@mifi.example', PASSWORD, '198.51.100.1', afterBlock)).toMatchObject({ sessionVersion: 1 });
    const keys = throttleKeys('alice@mifi.example', '198.51.100.1');
    expect(await failuresOf(keys.account)).toBeUndefined();
    // The address keeps its count: one valid account must not wipe out a spray from the same address.
    expect(await failuresOf(keys.address!)).toBe(ACCOUNT_FREE + 1);
    // A fresh count: one more failure is not blocked.
    expect(await fail('alice@mifi.example', '198.51.100.1', 1, new Date(afterBlock.getTime() + 1000))).toEqual([null]);
  });

  it('gives an unknown e-mail the same throttled answer after the same number of failures', async () => {
    const start = at('2026-01-05T10:00:00Z');
    const unknown = await fail('nobody@mifi.example', '198.51.100.2', ACCOUNT_FREE + 2, start);
    const known = await fail('bruno@mifi.example', '198.51.100.3', ACCOUNT_FREE + 2, start);
    expect(unknown).toEqual(known);
    expect(unknown.at(-1)).toBe('throttled');
    // The sixth failure (at +5 s) blocks the account key for 30 s, existing or not.
    expect(await checkThrottle(db, throttleKeys('nobody@mifi.example', null), start)).toEqual({ scope: 'account', blockedUntil: at('2026-01-05T10:00:35Z') });
  });

  it('writes an audit event, without checking the password, while blocked', async () => {
    const now = at('2026-01-05T10:00:20Z'); // bruno is still blocked from the previous test
    expect(await verifyCredentials(db, 'bruno@mifi.example', PASSWORD, '198.51.100.3', now)).toBe('throttled');
    const [bruno] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'bruno@mifi.example'));
    expect(await lastAudit()).toMatchObject({
      action: 'auth.sign_in.throttled',
      actorId: bruno!.id,
      ipAddress: '198.51.100.3',
      details: { scope: 'account' },
    });
  });

  it('blocks a spray of guesses across many accounts from one address', async () => {
    const start = at('2026-01-05T11:00:00Z');
    const answers = [];
    for (let i = 0; i < ADDRESS_FREE + 1; i += 1) {
      answers.push(await verifyCredentials(db, `guess${i}@mifi.example`, 'wrong-password-here', '203.0.113.66', new Date(start.getTime() + i * 1000)));
    }
    expect(answers.slice(0, ADDRESS_FREE)).toEqual(Array(ADDRESS_FREE).fill(null));
    expect(answers[ADDRESS_FREE]).toBe('throttled');
    const later = new Date(start.getTime() + 25_000);
    // The right password of an account never tried before is refused from that address, not from another.
    expect(await verifyCredentials(db, 'chloe@mifi.example', PASSWORD, '203.0.113.66', later)).toBe('throttled');
    expect(await verifyCredentials(db, 'chloe@mifi.example', PASSWORD, '203.0.113.67', later)).toMatchObject({ sessionVersion: 1 });
    expect(await lastAudit()).toMatchObject({ action: 'auth.sign_in.success' });
  });

  it('counts every one of several concurrent failures (atomic upsert)', async () => {
    const keys = throttleKeys('race@mifi.example', '192.0.2.10');
    const now = at('2026-01-05T12:00:00Z');
    await Promise.all(Array.from({ length: 8 }, () => recordFailure(db, keys, now)));
    expect(await failuresOf(keys.account)).toBe(8);
    expect(await failuresOf(keys.address!)).toBe(8);
    expect(await checkThrottle(db, keys, now)).toMatchObject({ scope: 'account' });
  });

  it('forgets the failures of an account that stopped failing for an hour', async () => {
    const keys = throttleKeys('forgetful@mifi.example', null);
    const start = at('2026-01-05T13:00:00Z');
    for (let i = 0; i < ACCOUNT_FREE; i += 1) await recordFailure(db, keys, start);
    expect(await failuresOf(keys.account)).toBe(ACCOUNT_FREE);
    expect(await recordFailure(db, keys, new Date(start.getTime() + 61 * 60_000))).toBeNull();
    expect(await failuresOf(keys.account)).toBe(1);
  });
});
