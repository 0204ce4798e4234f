import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/availability';
import journal from '@/db/migrations/meta/_journal.json';

/** Why the instance should get no traffic: codes only, nothing about the data. */
export type NotReadyReason = 'database_unreachable' | 'database_timeout' | 'database_error' | 'migrations_pending';

export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason; pendingMigrations?: number };

export const READINESS_TIMEOUT_MS = 3_000;

// SQLSTATE undefined_table / invalid_schema_name: drizzle's migrations table does not exist yet.
const NO_MIGRATIONS_TABLE = new Set(['42P01', '3F000']);

/**
 * The committed migrations (db/migrations' journal, bundled with the build) that the database has not
 * applied. Same rule as drizzle's migrator, which both drivers use: a migration is applied when the newest
 * row of drizzle.__drizzle_migrations was created at or after the migration's `when`.
 */
async function pendingMigrations(db: Db): Promise<number> {
  try {
    const result = await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { last: string | number | bigint | null }[];
    const last = rows[0]?.last == null ? -Infinity : Number(rows[0].last);
    return journal.entries.filter((entry) => entry.when > last).length;
  } catch (error) {
    if (NO_MIGRATIONS_TABLE.has((error as { code?: string })?.code ?? '')) return journal.entries.length;
    throw error;
  }
}

/** Ready when the database answers within the timeout and has every migration this build knows. */
export async function checkReadiness(db: () => Db, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const pending = await Promise.race([pendingMigrations(db()), timeout]);
    if (pending === 'timeout') return { ready: false, reason: 'database_timeout' };
    return pending === 0 ? { ready: true } : { ready: false, reason: 'migrations_pending', pendingMigrations: pending };
  } catch (error) {
    return { ready: false, reason: isDatabaseUnavailable(error) ? 'database_unreachable' : 'database_error' };
  } finally {
    clearTimeout(timer);
  }
}
