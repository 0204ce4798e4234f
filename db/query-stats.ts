import { PgPreparedQuery } from 'drizzle-orm/pg-core';

/**
 * The database figures the operators' metrics endpoint shows (server/metrics.mjs renders them): queries run,
 * failed, their total time, and how many are in flight now. On PGlite, which runs one query at a time, the
 * in-flight count is its queue; on PostgreSQL, in flight beyond `poolMax` means requests wait for a connection
 * (postgres.js exposes no open/idle counts of its pool). Kept on globalThis because server.mjs, outside the
 * bundle, reads them; numbers only, no query text.
 */
export interface DatabaseStats {
  kind: 'pglite' | 'postgresql' | null;
  poolMax: number | null;
  inFlight: number;
  queries: number;
  failed: number;
  seconds: number;
}

const key = Symbol.for('passerelle.databaseStats');
const holder = globalThis as unknown as { [key]?: DatabaseStats };

export function databaseStats(): DatabaseStats {
  return (holder[key] ??= { kind: null, poolMax: null, inFlight: 0, queries: 0, failed: 0, seconds: 0 });
}

const patched = Symbol.for('passerelle.countedQueries');
const prototype = PgPreparedQuery.prototype as unknown as {
  queryWithCache: (...args: unknown[]) => Promise<unknown>;
  [patched]?: boolean;
};

// Every query of both drivers, inside transactions too, goes through queryWithCache (as in query-errors.ts).
if (!prototype[patched]) {
  const original = prototype.queryWithCache;
  prototype.queryWithCache = async function (this: unknown, ...args: unknown[]) {
    const stats = databaseStats();
    const started = performance.now();
    stats.inFlight++;
    try {
      return await original.apply(this, args);
    } catch (error) {
      stats.failed++;
      throw error;
    } finally {
      stats.inFlight--;
      stats.queries++;
      stats.seconds += (performance.now() - started) / 1000;
    }
  };
  prototype[patched] = true;
}
