import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { runMigrations } from '@/db/migrator';
import { auditEvents } from '@/db/schema';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

let db: Db;
beforeAll(async () => {
  db = await openTestDatabase({ migrate: false });
});
afterAll(closeTestDatabase);

async function tableNames(): Promise<string[]> {
  const result = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return (Array.isArray(result) ? result : (result as { rows: { table_name: string }[] }).rows).map((row) => row.table_name);
}

it('applies every migration on an empty database, and a second run is a no-op', async () => {
  expect(await tableNames()).toEqual([]);
  await runMigrations(db);
  const tables = await tableNames();
  for (const table of ['regions', 'mrcs', 'service_points', 'users', 'partners', 'persons', 'accompaniments', 'interventions', 'referrals', 'businesses', 'employer_files', 'hiring_needs', 'hires', 'agreements', 'agreement_territories', 'funded_projects', 'funded_project_territories', 'audit_events', 'app_settings']) {
    expect(tables).toContain(table);
  }
  await runMigrations(db);
  expect(await tableNames()).toEqual(tables);
});

it('keeps the audit trail append-only: UPDATE and DELETE are refused by the database', async () => {
  await db.insert(auditEvents).values({ action: 'auth.sign_in.failure' });
  await expect(db.update(auditEvents).set({ action: 'tampered' }).where(sql`true`)).rejects.toThrow();
  await expect(db.delete(auditEvents).where(sql`true`)).rejects.toThrow();
  const rows = await db.select().from(auditEvents);
  expect(rows.map((row) => row.action)).toEqual(['auth.sign_in.failure']);
});

it('enforces formats in the schema itself (region code, NEQ)', async () => {
  await expect(db.execute(sql`insert into regions (code, name) values ('8', 'bad code')`)).rejects.toThrow();
  await db.execute(sql`insert into regions (code, name) values ('08', 'Abitibi-Témiscamingue')`);
  await db.execute(sql`insert into mrcs (code, name, region_code) values ('abitibi', 'Abitibi', '08')`);
  await expect(
    db.execute(sql`insert into businesses (legal_name, neq, sector, mrc_id, city) select 'X', '12345', 'mining', id, 'Amos' from mrcs`),
  ).rejects.toThrow();
});
