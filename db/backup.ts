import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import postgres from 'postgres';
import { DEFAULT_PGLITE_DATA_DIR, databaseKind, getOwnerDb } from './client';
import { runMigrations } from './migrator';
import { acquireDataDirLock } from './pglite-lock';

// Backup and restore of the app's database (README, Operations). PostgreSQL: pg_dump's custom format of the
// whole database, restored with pg_restore into an empty database, then the app role's grants re-applied.
// Embedded: PGlite's own dump of its data folder (a gzipped tarball). PGlite has no inter-process lock and
// no way to read its folder from outside the process that holds it, so the embedded backup takes the
// folder's lock like any other opener (db/pglite-lock.ts): the app must be stopped, and is refused with
// the lock's message while it runs. A consistent copy beats a copy taken while pages were written.

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DATA_DIR;
}

/** The tables' owner: pg_dump must read every table and pg_restore must create them. */
function ownerUrl(): string {
  const url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  if (!url) throw new BackupError('DATABASE_URL is not set');
  return url;
}

/** Backs up the database DATABASE_URL (or the embedded folder) names into `file`. */
export async function backupDatabase(file: string): Promise<void> {
  if (databaseKind() === 'postgresql') await backupPostgres(ownerUrl(), file);
  else await backupEmbedded(pgliteDataDir(), file);
}

/** Restores `file` into an empty database (PostgreSQL) or a folder that does not hold a database (embedded). */
export async function restoreDatabase(file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup file ${file}`);
  if (databaseKind() === 'postgresql') await restorePostgres(ownerUrl(), file);
  else await restoreEmbedded(file, pgliteDataDir());
}

// ---- embedded -------------------------------------------------------------------------------------

/** Resolves once the database is up: PGlite's dumpDataDir on an instance still starting never answers. */
function openFolder(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm, unaccent }, loadDataDir });
}

/** Written beside the target, then renamed: a failed backup never leaves a truncated file under its name. */
function writeWhole(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  // PGlite would create an empty database in a missing folder: that is no backup.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupError(`no embedded database in ${dataDir}`);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await openFolder(dataDir);
    try {
      const dump = await client.dumpDataDir('gzip');
      writeWhole(file, new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(`${dataDir} is not empty: move it aside (or remove it) and run the restore again`);
  }
  const release = acquireDataDirLock(dataDir);
  try {
    // PGlite recognises a gzipped tarball by the Blob's type (an uncompressed one works as well).
    const bytes = readFileSync(file);
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const client = await openFolder(dataDir, new Blob([bytes], { type: gzipped ? 'application/gzip' : 'application/x-tar' }));
    try {
      // A file that is not a Passerelle backup fails here rather than at the app's start.
      await client.query('select count(*) from drizzle.__drizzle_migrations');
    } finally {
      await client.close();
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
}

// ---- PostgreSQL -----------------------------------------------------------------------------------

// libpq's environment variables for the parts of a connection URL, so that no password reaches the
// command line (`ps` shows it to every user of the machine).
const QUERY_PARAMETERS: Record<string, string> = {
  host: 'PGHOST',
  port: 'PGPORT',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  application_name: 'PGAPPNAME',
};

export function libpqEnvironment(url: string): Record<string, string> {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  if (parsed.hostname) env.PGHOST = decodeURIComponent(parsed.hostname);
  if (parsed.port) env.PGPORT = parsed.port;
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database) env.PGDATABASE = database;
  for (const [name, value] of parsed.searchParams) {
    const variable = QUERY_PARAMETERS[name];
    if (!variable) throw new BackupError(`the connection URL's parameter "${name}" is not supported by db:backup / db:restore`);
    env[variable] = value;
  }
  return env;
}

function run(command: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...libpqEnvironment(url) }, stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    child.on('error', (error) => reject(new BackupError(`${command} could not start (${error.message}): install the PostgreSQL client tools`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${errors.trim()}`))));
  });
}

async function backupPostgres(url: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  // The custom format keeps everything (owners, grants included) and lets pg_restore choose what to apply.
  await run('pg_dump', ['--format=custom', `--file=${partial}`], url);
  renameSync(partial, file);
}

async function restorePostgres(url: string, file: string): Promise<void> {
  await refuseNonEmptyDatabase(url);
  // --no-owner: the restoring login (the owner) owns what it creates, whoever owned it on the old server;
  // --no-privileges: the old server's grants are skipped, the app role may not even exist here yet; they
  // are given again below, exactly as after a migration. One transaction: a failed restore leaves nothing.
  // pg_restore writes SQL to its standard output unless it is given a database to restore into.
  const database = libpqEnvironment(url).PGDATABASE;
  if (!database) throw new BackupError('the connection URL names no database');
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database}`, file], url);
  // Creates the app role if missing and grants it its rights; also applies the migrations of a newer
  // version when the backup comes from an older one.
  await runMigrations(getOwnerDb());
}

async function refuseNonEmptyDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await client<{ tables: number }[]>`
      select count(*)::int as tables from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname in ('public', 'drizzle')`;
    if ((row?.tables ?? 0) > 0) {
      throw new BackupError('the target database is not empty: restore into a new database (createdb -O <owner> <name>)');
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
