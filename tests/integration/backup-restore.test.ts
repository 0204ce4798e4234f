import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { count, desc, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { closeDb, getDb, type Db } from '@/db/client';
import { auditEvents, interventions, persons } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-staff';
import { appRoleName } from '@/db/roles';
import { verifyCredentials } from '@/lib/auth/credentials';
import { headlineTotals, secondaryTotals } from '@/lib/metrics/figures';
import { closeTestDatabase, openSeededTestDatabase, withDatabase } from '../helpers/database';

// Back up, destroy, restore, and find the same figures, the same audit trail and a working sign-in, on the
// database this run uses (db/backup.ts; the commands: README, Operations).
const REPORT = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
const AGENT = 'agent.valdor@passerelle.test';
const folder = mkdtempSync(path.join(tmpdir(), 'passerelle-backup-'));
const onPostgres = Boolean(process.env.DATABASE_URL);

afterAll(async () => {
  await closeTestDatabase();
  rmSync(folder, { recursive: true, force: true });
});

async function snapshot(db: Db) {
  const trail = await db.select({ id: auditEvents.id, action: auditEvents.action }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(5);
  const [audit] = await db.select({ value: count() }).from(auditEvents);
  const [people] = await db.select({ value: count() }).from(persons);
  const [done] = await db.select({ value: count() }).from(interventions);
  return {
    headline: await headlineTotals(db, REPORT),
    secondary: await secondaryTotals(db, REPORT),
    persons: people!.value,
    interventions: done!.value,
    auditCount: audit!.value,
    lastAudit: trail,
  };
}

/** Signs the agent in (an audit row) and returns the database's figures afterwards. */
async function signInThenSnapshot(db: Db) {
  const account = await verifyCredentials(db, AGENT, DEMO_PASSWORD, '203.0.113.9');
  expect(account).not.toBeNull();
  return snapshot(db);
}

async function expectSameAfterRestore(before: Awaited<ReturnType<typeof snapshot>>) {
  const db = getDb();
  const after = await snapshot(db);
  expect(after).toEqual(before);
  // Figures that are zero prove nothing: the demo data has them all.
  expect(before.headline.personsAccompanied).toBeGreaterThan(0);
  expect(before.secondary.interventions).toBeGreaterThan(0);
  expect(before.lastAudit[0]?.action).toBe('auth.sign_in.success');
  // The restored password hashes still verify, and the audit trail goes on after the restored ids.
  expect(await verifyCredentials(db, AGENT, DEMO_PASSWORD, null)).not.toBeNull();
  expect(await verifyCredentials(db, AGENT, 'not-the-password', null)).toBeNull();
  const [latest] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  expect(latest!.id).not.toBe(before.lastAudit[0]!.id);
  const [audit] = await db.select({ value: count() }).from(auditEvents);
  expect(audit!.value).toBe(before.auditCount + 2);
}

describe.runIf(onPostgres)('backup and restore on PostgreSQL', () => {
  it('pg_dump, drop the database, pg_restore into an empty one: same figures, same audit trail, sign-in works, app role granted', async () => {
    const db = await openSeededTestDatabase();
    const before = await signInThenSnapshot(db);
    const file = path.join(folder, 'passerelle.dump');
    await backupDatabase(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');

    const url = process.env.DATABASE_URL!;
    const name = new URL(url).pathname.slice(1);
    await closeDb();
    const admin = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }

    await restoreDatabase(file);
    await closeDb();
    await expectSameAfterRestore(before);

    // The grants were given again: the app role reads and appends, and still cannot rewrite the trail.
    const role = appRoleName();
    const rights = await getDb().execute(sql`select
        has_table_privilege(${role}, 'persons', 'SELECT, INSERT, UPDATE') as persons,
        has_table_privilege(${role}, 'audit_events', 'INSERT') as append,
        has_table_privilege(${role}, 'audit_events', 'UPDATE') as rewrite,
        has_table_privilege(${role}, 'audit_events', 'DELETE') as erase`);
    expect([...(rights as unknown as Record<string, boolean>[])][0]).toEqual({ persons: true, append: true, rewrite: false, erase: false });

    // Never over a database in use.
    await expect(restoreDatabase(file)).rejects.toThrow(/not empty/);
  });
});

describe.runIf(!onPostgres)('backup and restore of the embedded database', () => {
  it('refuses while the app holds the folder, then dump, delete the folder, restore: same figures, same audit trail, sign-in works', { timeout: 60_000 }, async () => {
    const dataDir = path.join(folder, 'data');
    process.env.PGLITE_DATA_DIR = dataDir;
    // A data folder with the demo data, from the run's seeded template (an uncompressed dump).
    await restoreDatabase(inject('seededTemplate'));
    const before = await signInThenSnapshot(getDb());

    // The app (this process) holds the folder: the script, another process, is refused, naming it.
    const file = path.join(folder, 'passerelle-embedded.tar.gz');
    const refused = await promisify(execFile)('npx', ['tsx', 'db/scripts/backup.ts', file], { env: { ...process.env } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/already open in process \d+.*Stop that process first/s);
    expect(existsSync(file)).toBe(false);

    await closeDb();
    await backupDatabase(file);
    rmSync(dataDir, { recursive: true, force: true });
    await restoreDatabase(file);
    await expectSameAfterRestore(before);

    // Never over a folder that holds a database.
    await closeDb();
    await expect(restoreDatabase(file)).rejects.toThrow(/not empty/);
  });
});

