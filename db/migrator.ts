import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import { databaseKind, type Db } from './client';
import { grantAppRole } from './roles';

const migrationsFolder = path.join(process.cwd(), 'db/migrations');

/**
 * Applies the committed migrations (db/migrations) that the database has not seen yet. On PostgreSQL,
 * `db` is the owner's connection, and the app's role is then granted what it needs on every table,
 * including the ones just added. The embedded database has a single user: no role there.
 */
export async function runMigrations(db: Db): Promise<void> {
  // Both migrators read the same journal and share drizzle's migrations table.
  if (databaseKind() === 'postgresql') {
    await migratePostgres(db as never, { migrationsFolder });
    await grantAppRole(db);
  } else {
    await migratePglite(db as never, { migrationsFolder });
  }
}
