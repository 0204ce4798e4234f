// How long the app waits on PostgreSQL before giving up, so that an outage answers 503 in seconds instead of
// holding every request (and the connection pool) until the operating system gives up on the socket.

export interface PostgresTimeouts {
  /** Seconds to open a connection (postgres.js `connect_timeout`). */
  connectSeconds: number;
  /** Milliseconds one statement may run before the server cancels it (PostgreSQL `statement_timeout`); 0: none. */
  statementMs: number;
  /** Milliseconds a transaction may sit idle before the server ends its session (`idle_in_transaction_session_timeout`); 0: none. */
  idleInTransactionMs: number;
}

export const TIMEOUT_ENV = {
  connectSeconds: 'DATABASE_CONNECT_TIMEOUT_S',
  statementMs: 'DATABASE_STATEMENT_TIMEOUT_MS',
  idleInTransactionMs: 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
} as const satisfies Record<keyof PostgresTimeouts, string>;

export const DEFAULT_TIMEOUTS: PostgresTimeouts = {
  connectSeconds: 5,
  // The slowest page (the bilan at province scale) stays well under this; a query past it is stuck, not slow.
  statementMs: 30_000,
  idleInTransactionMs: 60_000,
};

/** The app connection's timeouts: each from its variable when set (a whole number, 0 allowed but for connect). */
export function postgresTimeouts(env: Record<string, string | undefined> = process.env): PostgresTimeouts {
  const read = (key: keyof PostgresTimeouts): number => {
    const name = TIMEOUT_ENV[key];
    const raw = env[name]?.trim();
    if (!raw) return DEFAULT_TIMEOUTS[key];
    const value = Number(raw);
    const minimum = key === 'connectSeconds' ? 1 : 0;
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < minimum) {
      throw new Error(`${name} must be a whole number ${minimum === 1 ? 'of seconds, at least 1' : 'of milliseconds (0: no limit)'}, not "${raw}"`);
    }
    return value;
  };
  return { connectSeconds: read('connectSeconds'), statementMs: read('statementMs'), idleInTransactionMs: read('idleInTransactionMs') };
}
