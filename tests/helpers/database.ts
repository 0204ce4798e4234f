import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { closeDb, getDb, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrator';
import { seedDemoData } from '@/db/seed/demo';

// Each test file gets its own empty database: an in-memory PGlite by default, or, when DATABASE_URL is
// set, a fresh database created on that server and dropped afterwards. Files never share rows.
const serverUrl = process.env.DATABASE_URL;
let createdName: string | undefined;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<Db> {
  if (serverUrl) {
    createdName = `passerelle_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${createdName}`);
    await admin.end();
    process.env.DATABASE_URL = withDatabase(serverUrl, createdName);
  } else {
    process.env.PGLITE_DATA_DIR = 'memory://';
  }
  const db = getDb();
  if (options.migrate !== false) await runMigrations(db);
  return db;
}

export async function openSeededTestDatabase(): Promise<Db> {
  const db = await openTestDatabase();
  await seedDemoData(db);
  return db;
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
