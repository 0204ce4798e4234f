// Failures that mean "the database cannot serve right now" (down, restarting, unreachable, overloaded), as
// opposed to a bad query: the app answers them with 503 and a "try again" message, never a 500.

// postgres.js's own codes for a connection it could not open or lost, and Node's socket errors.
const CONNECTION_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

// SQLSTATE: 57014 query_canceled (statement_timeout), 57P01-57P03 shutdown / cannot connect now (a restart),
// 53300 too_many_connections, 25P03 idle_in_transaction_session_timeout.
const SERVER_CODES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '25P03']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for a connection failure or a timeout, on the error itself or its causes (drizzle wraps the driver's). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const code = codeOf(current);
    // Class 08: connection exception (08000, 08001, 08003, 08006...).
    if (code && (CONNECTION_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  }
  return false;
}

/**
 * The `digest` of a render error caused by an unavailable database (db/query-errors.ts sets it). Next.js
 * keeps an error's own digest and hands only the digest to the error page in the browser, so the page can
 * say "temporarily unavailable" without any detail of the failure reaching the client (app/error.tsx).
 */
export const DATABASE_UNAVAILABLE_DIGEST = 'passerelle-database-unavailable';
