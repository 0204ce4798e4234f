import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOwnerDb, type Db } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/availability';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

// The timeouts are set on the app's connection when it opens (db/client.ts, db/timeouts.ts). PGlite runs in
// the process: no connection to lose, nothing to set there.
const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)('the app connection on PostgreSQL (skipped on PGlite)', () => {
  let db: Db;
  const saved = { statement: process.env.DATABASE_STATEMENT_TIMEOUT_MS, idle: process.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS };

  beforeAll(async () => {
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '300';
    process.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = '4000';
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await closeTestDatabase();
    for (const [name, value] of [['DATABASE_STATEMENT_TIMEOUT_MS', saved.statement], ['DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', saved.idle]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  async function setting(on: Db, name: 'statement_timeout' | 'idle_in_transaction_session_timeout'): Promise<string> {
    const result = await on.execute(sql`select current_setting(${name}) as value`);
    return (result as unknown as { value: string }[])[0]!.value;
  }

  it('runs with the statement and idle-in-transaction timeouts of the environment', async () => {
    expect(await setting(db, 'statement_timeout')).toBe('300ms');
    expect(await setting(db, 'idle_in_transaction_session_timeout')).toBe('4s');
  });

  it('has a statement past the limit cancelled, as an unavailable-database error (503), not a hang', async () => {
    const started = Date.now();
    const error = await db.execute(sql`select pg_sleep(5)`).then(() => null, (caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((error as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('leaves the owner connection (migrations, seed) without a statement limit', async () => {
    expect(await setting(getOwnerDb(), 'statement_timeout')).toBe('0');
  });
});
