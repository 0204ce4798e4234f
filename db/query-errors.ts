import { DrizzleQueryError } from 'drizzle-orm';
import { PgPreparedQuery } from 'drizzle-orm/pg-core';
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable } from './availability';

/**
 * A failed query, reduced to what may be logged: PostgreSQL's SQLSTATE code and the constraint's name.
 * drizzle's own error puts the query's parameters in its message (a typed name, a birth date), and the
 * driver's error often quotes the offending value ('invalid input syntax for type date: "…"'); both would
 * end up in the server log of whatever prints the error, Next.js included.
 */
export class DatabaseError extends Error {
  /** Set when the database is unavailable: what a page's error boundary sees of it (db/availability.ts). */
  readonly digest?: string;

  constructor(
    readonly code: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(`database error ${code ?? 'unknown'}${constraint ? ` (${constraint})` : ''}`);
    this.name = 'DatabaseError';
    if (isDatabaseUnavailable(this)) this.digest = DATABASE_UNAVAILABLE_DIGEST;
  }
}

function scrubbed(error: unknown): unknown {
  // A driver's connection error that drizzle did not wrap still gets the digest pages recognise.
  if (!(error instanceof DrizzleQueryError)) return isDatabaseUnavailable(error) ? new DatabaseError((error as { code?: string }).code, undefined) : error;
  const cause = error.cause as { code?: unknown; constraint?: unknown; constraint_name?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  // postgres.js names it constraint_name, PGlite constraint.
  const constraint = [cause?.constraint_name, cause?.constraint].find((value): value is string => typeof value === 'string');
  return new DatabaseError(code, constraint);
}

const patched = Symbol.for('passerelle.scrubbedQueryErrors');
const prototype = PgPreparedQuery.prototype as unknown as {
  queryWithCache: (...args: unknown[]) => Promise<unknown>;
  [patched]?: boolean;
};

// Every query of both drivers goes through queryWithCache, where drizzle wraps the driver's error.
if (!prototype[patched]) {
  const original = prototype.queryWithCache;
  prototype.queryWithCache = async function (this: unknown, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      throw scrubbed(error);
    }
  };
  prototype[patched] = true;
}
