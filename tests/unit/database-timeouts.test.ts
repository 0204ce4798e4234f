import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, postgresTimeouts } from '@/db/timeouts';
import { isDatabaseUnavailable } from '@/db/availability';

describe('postgresTimeouts', () => {
  it('has bounded defaults: nothing waits on the database forever', () => {
    expect(postgresTimeouts({})).toEqual({ connectSeconds: 5, statementMs: 30_000, idleInTransactionMs: 60_000 });
    expect(DEFAULT_TIMEOUTS.statementMs).toBeGreaterThan(0);
  });

  it('takes each variable, 0 switching a statement limit off', () => {
    const env = { DATABASE_CONNECT_TIMEOUT_S: '2', DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: ' 1500 ' };
    expect(postgresTimeouts(env)).toEqual({ connectSeconds: 2, statementMs: 0, idleInTransactionMs: 1500 });
  });

  it('refuses a value that is not a whole number, naming the variable', () => {
    expect(() => postgresTimeouts({ DATABASE_STATEMENT_TIMEOUT_MS: '30s' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS .*"30s"/);
    expect(() => postgresTimeouts({ DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS/);
    expect(() => postgresTimeouts({ DATABASE_CONNECT_TIMEOUT_S: '0' })).toThrow(/DATABASE_CONNECT_TIMEOUT_S .*at least 1/);
    expect(() => postgresTimeouts({ DATABASE_CONNECT_TIMEOUT_S: '1.5' })).toThrow(/DATABASE_CONNECT_TIMEOUT_S/);
  });
});

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string, cause?: unknown) => Object.assign(new Error('x', { cause }), { code });

  it('recognises connection failures and timeouts, also as the cause of a wrapping error', () => {
    for (const code of ['ECONNREFUSED', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', '57014', '57P01', '57P03', '08006', '53300']) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('ECONNREFUSED') }))).toBe(true);
  });

  it('leaves query errors and anything else alone', () => {
    for (const code of ['23505', '22007', '42P01', '40001']) expect(isDatabaseUnavailable(withCode(code)), code).toBe(false);
    expect(isDatabaseUnavailable(new Error('plain'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
