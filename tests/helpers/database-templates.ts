import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { closeDb, dumpEmbeddedDatabase, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrator';
import { seedDemoData } from '@/db/seed/demo';
import { withDatabase } from './database';

// Vitest global setup of the integration tests: migrate once, seed once, for the whole run. Every test file
// then starts from a copy (tests/helpers/database.ts): on PostgreSQL a database created from a template,
// on the embedded database an in-memory PGlite loaded from a dump. Before, every file replayed all the
// migrations and most re-inserted the demo data (argon2 hashes included), seconds per file.

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: names of the template databases; embedded: paths of the dumps. */
    migratedTemplate: string;
    seededTemplate: string;
  }
}

async function onPostgres(serverUrl: string, project: TestProject) {
  const run = randomBytes(4).toString('hex');
  const migrated = `passerelle_tpl_${run}_migrated`;
  const seeded = `passerelle_tpl_${run}_seeded`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const build = async (name: string, seed: boolean) => {
    await admin.unsafe(`CREATE DATABASE ${name}`);
    process.env.DATABASE_URL = withDatabase(serverUrl, name);
    const db = getDb();
    await runMigrations(db);
    if (seed) await seedDemoData(db);
    // A template must have no open connection when it is copied.
    await closeDb();
  };
  try {
    await build(migrated, false);
    await build(seeded, true);
  } finally {
    process.env.DATABASE_URL = serverUrl;
  }
  project.provide('migratedTemplate', migrated);
  project.provide('seededTemplate', seeded);
  return async () => {
    for (const name of [migrated, seeded]) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}

async function onEmbedded(project: TestProject) {
  const folder = mkdtempSync(path.join(tmpdir(), 'passerelle-templates-'));
  const previous = process.env.PGLITE_DATA_DIR;
  process.env.PGLITE_DATA_DIR = 'memory://';
  const dumpTo = async (name: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, Buffer.from(await (await dumpEmbeddedDatabase()).arrayBuffer()));
    return file;
  };
  try {
    const db = getDb();
    await runMigrations(db);
    project.provide('migratedTemplate', await dumpTo('migrated.tar'));
    await seedDemoData(db);
    project.provide('seededTemplate', await dumpTo('seeded.tar'));
  } finally {
    await closeDb();
    if (previous === undefined) delete process.env.PGLITE_DATA_DIR;
    else process.env.PGLITE_DATA_DIR = previous;
  }
  return () => rmSync(folder, { recursive: true, force: true });
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? onPostgres(serverUrl, project) : onEmbedded(project);
}
