import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accompaniments, actionPlanItems, idempotencyKeys, persons, referrals, servicePoints } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, VersionConflictError } from '@/lib/errors';
import { followUpInScope } from './scope';

// Building blocks of the persons workflow's writes: the scope check every write starts with, optimistic
// locking, and idempotent creates.

/** An accompaniment the user may write to (in full scope), or NotFoundError (audited) like a missing one. */
export async function accompanimentForWrite(tx: Tx, user: SessionUser, id: string) {
  const [row] = await tx
    .select({
      id: accompaniments.id,
      personId: accompaniments.personId,
      servicePointId: accompaniments.servicePointId,
      agentId: accompaniments.agentId,
      status: accompaniments.status,
      openedOn: accompaniments.openedOn,
      closedOn: accompaniments.closedOn,
      needs: accompaniments.needs,
      version: accompaniments.version,
      regionCode: servicePoints.regionCode,
    })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(and(eq(accompaniments.id, id), followUpInScope(user)));
  if (!row) {
    await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'accompaniment', entityId: id });
    throw new NotFoundError('accompaniment');
  }
  return row;
}

type VersionedTable = typeof accompaniments | typeof actionPlanItems | typeof referrals | typeof persons;

/**
 * Applies `changes` to one row if its version is still the one the user saw, and bumps the version; a
 * stale version is a VersionConflictError, never a silent overwrite.
 */
export async function updateVersioned(
  tx: Tx,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const updated = (await tx
    .update(table as typeof accompaniments)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning({ id: table.id })) as unknown[];
  if (updated.length === 0) throw new VersionConflictError();
}

/**
 * Runs `create` once per (user, key): a double-clicked or replayed submit gets the first record's id back.
 * The advisory lock makes a concurrent replay wait for the first one's commit instead of racing it.
 */
export async function createOnce(tx: Tx, user: SessionUser, action: string, key: string, create: () => Promise<string>): Promise<{ id: string; replayed: boolean }> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${user.id}:${key}`}))`);
  const [existing] = await tx
    .select({ resultId: idempotencyKeys.resultId, action: idempotencyKeys.action })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, user.id), eq(idempotencyKeys.key, key)));
  if (existing) return { id: existing.resultId, replayed: true };
  const id = await create();
  await tx.insert(idempotencyKeys).values({ key, userId: user.id, action, resultId: id });
  return { id, replayed: false };
}
