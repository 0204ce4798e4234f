import 'server-only';
import { createHash } from 'node:crypto';
import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { signInThrottles } from '@/db/schema';
import { FAILURE_WINDOW_MS, THROTTLE_POLICIES, throttleDelayMs, type ThrottleScope } from './throttle-policy';

export interface ThrottleKeys {
  account: string;
  /** Null when the request carries no address (no proxy header): only the account is throttled. */
  address: string | null;
}

export interface ThrottleBlock {
  blockedUntil: Date;
  scope: ThrottleScope;
}

/**
 * The typed e-mail is the account key whether or not such an account exists, so an unknown address is
 * throttled exactly like a real one. It is stored hashed: people sometimes type their password in the
 * e-mail field, and the table must not keep it (nor the e-mail addresses of strangers) in clear.
 */
export function throttleKeys(email: string, ipAddress: string | null): ThrottleKeys {
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return { account: `account:${digest}`, address: ipAddress ? `address:${ipAddress}` : null };
}

function scopedKeys(keys: ThrottleKeys): { key: string; scope: ThrottleScope }[] {
  const list: { key: string; scope: ThrottleScope }[] = [{ key: keys.account, scope: 'account' }];
  if (keys.address) list.push({ key: keys.address, scope: 'address' });
  // Same lock order in every transaction: two concurrent failures can never deadlock on these rows.
  return list.sort((a, b) => a.key.localeCompare(b.key));
}

const scopeOf = (key: string): ThrottleScope => (key.startsWith('address:') ? 'address' : 'account');

/** The furthest block among the keys still in force at `now`, or null when the attempt may proceed. */
export async function checkThrottle(db: DbOrTx, keys: ThrottleKeys, now: Date): Promise<ThrottleBlock | null> {
  const [row] = await db
    .select({ key: signInThrottles.key, blockedUntil: signInThrottles.blockedUntil })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, scopedKeys(keys).map((k) => k.key)), gt(signInThrottles.blockedUntil, now)))
    .orderBy(desc(signInThrottles.blockedUntil))
    .limit(1);
  return row?.blockedUntil ? { blockedUntil: row.blockedUntil, scope: scopeOf(row.key) } : null;
}

/**
 * Counts one failure on every key and returns the block it triggers, if any. The count is one
 * INSERT ... ON CONFLICT DO UPDATE, so concurrent failures on several app instances each count. A key
 * whose last failure is older than the window starts again from one.
 */
export async function recordFailure(db: DbOrTx, keys: ThrottleKeys, now: Date): Promise<ThrottleBlock | null> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  const stale = sql`${signInThrottles.lastFailureAt} < ${windowStart}::timestamptz`;
  const counted = await db
    .insert(signInThrottles)
    .values(scopedKeys(keys).map(({ key }) => ({ key, failures: 1, firstFailureAt: now, lastFailureAt: now })))
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${stale} then 1 else ${signInThrottles.failures} + 1 end`,
        firstFailureAt: sql`case when ${stale} then excluded.first_failure_at else ${signInThrottles.firstFailureAt} end`,
        lastFailureAt: sql`greatest(${signInThrottles.lastFailureAt}, excluded.last_failure_at)`,
      },
    })
    .returning({ key: signInThrottles.key, failures: signInThrottles.failures });

  let block: ThrottleBlock | null = null;
  for (const { key, failures } of counted) {
    const scope = scopeOf(key);
    const delay = throttleDelayMs(failures, THROTTLE_POLICIES[scope]);
    if (delay === 0) continue;
    const until = new Date(now.getTime() + delay);
    // greatest(): when two instances count at once, the smaller count's shorter block never wins.
    const [row] = await db
      .update(signInThrottles)
      .set({ blockedUntil: sql`greatest(${signInThrottles.blockedUntil}, ${until.toISOString()}::timestamptz)` })
      .where(eq(signInThrottles.key, key))
      .returning({ blockedUntil: signInThrottles.blockedUntil });
    if (row?.blockedUntil && (!block || row.blockedUntil > block.blockedUntil)) block = { blockedUntil: row.blockedUntil, scope };
  }
  return block;
}

/**
 * After a successful sign-in: the account starts afresh. The address keeps its count, otherwise one
 * valid account would let an attacker reset the counter of a spray from the same address.
 */
export async function clearThrottle(db: DbOrTx, accountKey: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, accountKey));
}

/** Drops counters that can no longer block anyone (every typed e-mail makes a row). */
export async function pruneThrottles(db: DbOrTx, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  await db.delete(signInThrottles).where(lt(signInThrottles.lastFailureAt, windowStart));
}
