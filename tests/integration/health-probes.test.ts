import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as live } from '@/app/api/health/live/route';
import { GET as ready } from '@/app/api/health/ready/route';
import type { Db } from '@/db/client';
import journal from '@/db/migrations/meta/_journal.json';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(closeTestDatabase);

describe('GET /api/health/live', () => {
  it('answers 200 without a word about the database', async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'live' });
  });
});

describe('GET /api/health/ready', () => {
  it('is ready on a database with every migration of the journal', async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while the newest migration is pending, and ready again once it is applied', async () => {
    const newest = journal.entries.at(-1)!;
    const [removed] = await rows<{ hash: string; created_at: string }>(
      sql`delete from drizzle.__drizzle_migrations where created_at = ${newest.when} returning hash, created_at::text`,
    );
    expect(removed).toBeDefined();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending', pendingMigrations: 1 });

    await db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${removed!.hash}, ${newest.when})`);
    expect((await ready()).status).toBe(200);
  });

  it('counts every migration pending on a database that never ran any', async () => {
    await db.execute(sql`alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_aside`);
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending', pendingMigrations: journal.entries.length });
    } finally {
      await db.execute(sql`alter table drizzle.__drizzle_migrations_aside rename to __drizzle_migrations`);
    }
  });
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}
