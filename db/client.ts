import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema';
import { acquireDataDirLock } from './pglite-lock';
// Side effect: failed queries never carry their parameters into a log (see the module).
import './query-errors';
import { databaseStats } from './query-stats';
import { postgresTimeouts, type PostgresTimeouts } from './timeouts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: what reads and writes take. */
export type DbOrTx = Db | Tx;
export type DatabaseKind = 'pglite' | 'postgresql';

/** Stops a LISTEN started by listenForNotifications. */
export type Unlisten = () => Promise<void>;

interface Connection {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** LISTEN on a channel: postgres.js on a dedicated connection it re-listens after a reconnect; PGlite in process. */
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<Unlisten>;
  /** Embedded only: the data folder as a tarball. */
  dump?: () => Promise<Blob>;
}

export const DEFAULT_PGLITE_DATA_DIR = '.data/pglite';

export function databaseKind(): DatabaseKind {
  return process.env.DATABASE_URL ? 'postgresql' : 'pglite';
}

const POOL_MAX = 10;

/**
 * `timeouts` (db/timeouts.ts) bound the app's connection: a dead server answers 503 within the connect
 * timeout instead of hanging, a stuck statement is cancelled, a transaction left open is ended. The
 * owner's connection (migrations, seed, retention) keeps only the connect timeout: building an index on a
 * large table may rightly take minutes.
 */
function openPostgres(url: string, timeouts: PostgresTimeouts | 'owner'): Connection {
  const connection =
    timeouts === 'owner'
      ? {}
      : { statement_timeout: timeouts.statementMs, idle_in_transaction_session_timeout: timeouts.idleInTransactionMs };
  const connectSeconds = timeouts === 'owner' ? postgresTimeouts().connectSeconds : timeouts.connectSeconds;
  const client = postgres(url, { max: POOL_MAX, connect_timeout: connectSeconds, connection, onnotice: () => {} });
  return {
    db: drizzlePostgres(client, { schema }) as unknown as Db,
    kind: 'postgresql',
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
  };
}

function openPglite(dataDir: string, loadDataDir?: Blob): Connection {
  const inMemory = dataDir.startsWith('memory://');
  let release = () => {};
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  // The contrib extensions the migrations create (name search, db/migrations/0005): PGlite loads only
  // those it is given here.
  const client = new PGlite(dataDir, { extensions: { pg_trgm, unaccent }, loadDataDir });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    dump: () => client.dumpDataDir('none'),
  };
}

function open(): Connection {
  const url = process.env.DATABASE_URL;
  const connection = url ? openPostgres(url, postgresTimeouts()) : openPglite(process.env.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DATA_DIR);
  Object.assign(databaseStats(), { kind: connection.kind, poolMax: url ? POOL_MAX : null });
  return connection;
}

// One connection per process, opened on first use so that importing this module (as `next build`
// does) never touches the database. Kept on globalThis so that dev hot reloads reuse it.
const holder = globalThis as unknown as { passerelleConnection?: Connection; passerelleOwnerConnection?: Connection };

/** The app's connection: on PostgreSQL, DATABASE_URL, which logs in as the app's role (db/roles.ts). */
export function getDb(): Db {
  holder.passerelleConnection ??= open();
  return holder.passerelleConnection.db;
}

/**
 * The tables' owner, for migrations, seed and bootstrap (db/scripts), never for the app: on PostgreSQL
 * DATABASE_OWNER_URL, or DATABASE_URL when it is not set (a connection of its own then too, without the
 * app's statement timeouts). Embedded: the one database there is.
 */
export function getOwnerDb(): Db {
  const ownerUrl = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  if (!ownerUrl) return getDb();
  if (!process.env.DATABASE_URL) {
    throw new Error('DATABASE_OWNER_URL is set but DATABASE_URL is not: set both (PostgreSQL) or neither (embedded database)');
  }
  holder.passerelleOwnerConnection ??= openPostgres(ownerUrl, 'owner');
  return holder.passerelleOwnerConnection.db;
}

/**
 * LISTEN on the app's connection (lib/live: one listener per server process). The answer's `db` says which
 * connection it listens on: after closeDb and a new getDb, that listener is gone with its connection.
 */
export async function listenForNotifications(channel: string, onPayload: (payload: string) => void): Promise<{ db: Db; unlisten: Unlisten }> {
  getDb();
  const connection = holder.passerelleConnection!;
  return { db: connection.db, unlisten: await connection.listen(channel, onPayload) };
}

/**
 * Tests only: the app's connection becomes an in-memory embedded database loaded from a dump of an already
 * migrated one (dumpEmbeddedDatabase), which takes a fraction of a second where replaying the migrations
 * takes seconds (tests/helpers/database.ts).
 */
export function openEmbeddedFromDump(dump: Blob): Db {
  if (holder.passerelleConnection) throw new Error('openEmbeddedFromDump: a connection is already open; closeDb first');
  holder.passerelleConnection = openPglite('memory://', dump);
  return holder.passerelleConnection.db;
}

/** Tests only: the embedded database's whole data folder as an uncompressed tarball, for openEmbeddedFromDump. */
export async function dumpEmbeddedDatabase(): Promise<Blob> {
  const connection = holder.passerelleConnection;
  if (!connection?.dump) throw new Error('dumpEmbeddedDatabase: no embedded database is open');
  return connection.dump();
}

export async function closeDb(): Promise<void> {
  const current = [holder.passerelleConnection, holder.passerelleOwnerConnection];
  holder.passerelleConnection = undefined;
  holder.passerelleOwnerConnection = undefined;
  await Promise.all(current.map((connection) => connection?.close()));
}
