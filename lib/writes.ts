import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { VersionConflictError } from '@/lib/errors';

// Building blocks of every workflow's writes: optimistic locking and idempotent creates.

/** A table whose rows carry an id and a version (db/schema/columns.ts). */
type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

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
    .update(table as never as PgTable)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
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
