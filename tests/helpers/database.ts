import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { closeDb, getDb, openEmbeddedFromDump, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrator';
import { seedDemoData } from '@/db/seed/demo';

// Each test file gets its own database: an in-memory PGlite by default, or, when DATABASE_URL is set, a
// database created on that server and dropped afterwards. Files never share rows. The database is a copy
// of one migrated (and, for openSeededTestDatabase, seeded) once per run by the global setup
// (tests/helpers/database-templates.ts); `migrate: false` gives an empty one, for the tests of the
// migrations themselves. Outside the integration project (the unit project, `npm run bench`) there is no
// template: the database is migrated and seeded here, as before.
const serverUrl = process.env.DATABASE_URL;
let createdName: string | undefined;

/** The same server's URL, naming another database. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function createServerDatabase(template: string | undefined): Promise<void> {
  createdName = `passerelle_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(template ? `CREATE DATABASE ${createdName} TEMPLATE ${template}` : `CREATE DATABASE ${createdName}`);
  } finally {
    await admin.end();
  }
  process.env.DATABASE_URL = withDatabase(serverUrl!, createdName);
}

type Template = 'migratedTemplate' | 'seededTemplate';

async function providedTemplate(template: Template): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject(template);
}

async function open(template: Template | undefined): Promise<Db> {
  const copied = template && (await providedTemplate(template));
  let db: Db;
  if (serverUrl) {
    await createServerDatabase(copied);
    db = getDb();
  } else {
    process.env.PGLITE_DATA_DIR = 'memory://';
    db = copied ? openEmbeddedFromDump(new Blob([readFileSync(copied)])) : getDb();
  }
  if (template && !copied) {
    await runMigrations(db);
    if (template === 'seededTemplate') await seedDemoData(db);
  }
  return db;
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<Db> {
  return open(options.migrate === false ? undefined : 'migratedTemplate');
}

export async function openSeededTestDatabase(): Promise<Db> {
  return open('seededTemplate');
}

export async function closeTestDatabase(): Promise<void> {
  await closeDb();
  if (serverUrl && createdName) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${createdName} WITH (FORCE)`);
    await admin.end();
    process.env.DATABASE_URL = serverUrl;
  }
}
