import { sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from './client';

export const DEFAULT_APP_ROLE = 'passerelle_app';

/** The PostgreSQL role the app runs as: DATABASE_APP_ROLE, default passerelle_app. */
export function appRoleName(): string {
  const role = process.env.DATABASE_APP_ROLE || DEFAULT_APP_ROLE;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
    throw new Error(`DATABASE_APP_ROLE "${role}" is not a plain lower-case SQL name (letters, digits, _)`);
  }
  return role;
}

/**
 * Gives the app's role what the app needs and nothing more: read and write every table, except the
 * audit trail, which it can only read and append to; no TRUNCATE, no ownership, and on drizzle's
 * migrations table only SELECT (the readiness probe compares it with the build's journal). So the app's own login cannot alter the audit trail, nor switch off its trigger
 * (`session_replication_role` and `ALTER TABLE ... DISABLE TRIGGER` need a superuser or the owner).
 *
 * Run by the owner after every migration (runMigrations), which covers the tables a migration adds.
 * Idempotent. Creates the role if it is missing, with LOGIN and no password: only a server that
 * trusts it (a local test server) lets it in until the operator gives it a password (README).
 */
export async function grantAppRole(db: Db, role = appRoleName()): Promise<void> {
  try {
    await applyGrants(db, role);
  } catch (error) {
    // Roles are cluster-wide: two databases of one server migrated at the same time (the tests do)
    // can both try to create the role. The second attempt finds it.
    if (!isConcurrentCatalogChange(error)) throw error;
    await applyGrants(db, role);
  }
}

async function applyGrants(db: Db, role: string): Promise<void> {
  const app = sql.identifier(role);
  // One transaction: a running app never sees the moment between the REVOKE and the GRANT.
  await db.transaction(async (tx) => {
    const [session] = await rows<{ owner: string; database: string }>(tx, sql`select current_user as owner, current_database() as database`);
    const { owner, database } = session!;
    if (owner === role) {
      throw new Error(`DATABASE_APP_ROLE is ${role}, the role that runs the migrations: the app must run as another role`);
    }
    const existing = await rows(tx, sql`select 1 from pg_roles where rolname = ${role}`);
    if (existing.length === 0) await createRole(tx, role);
    await refuseMightyRole(tx, role, owner);

    await tx.execute(sql`grant connect on database ${sql.identifier(database)} to ${app}`);
    await tx.execute(sql`grant usage on schema public to ${app}`);
    // From nothing, so that what follows is the whole of its rights even if someone granted more.
    await tx.execute(sql`revoke all on all tables in schema public from ${app}`);
    await tx.execute(sql`revoke all on all sequences in schema public from ${app}`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${app}`);
    await tx.execute(sql`revoke update, delete on audit_events from ${app}`);
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${app}`);
    // Read-only: which migrations ran, for /api/health/ready. Hashes and dates, no data.
    await tx.execute(sql`grant usage on schema drizzle to ${app}`);
    await tx.execute(sql`revoke all on drizzle.__drizzle_migrations from ${app}`);
    await tx.execute(sql`grant select on drizzle.__drizzle_migrations to ${app}`);
  });
}

async function createRole(tx: DbOrTx, role: string): Promise<void> {
  try {
    await tx.execute(sql`create role ${sql.identifier(role)} login`);
  } catch (error) {
    if (errorCode(error) !== '42501') throw error;
    throw new Error(
      `the role ${role} does not exist and the owner may not create roles: create it once as an administrator ` +
        `(CREATE ROLE ${role} LOGIN PASSWORD '...'), or give the owner CREATEROLE`,
      { cause: error },
    );
  }
}

/** An app role with any of these powers could alter the audit trail anyway: refuse to go on. */
async function refuseMightyRole(tx: DbOrTx, role: string, owner: string): Promise<void> {
  const [found] = await rows<{ superuser: boolean; createrole: boolean; bypassrls: boolean; ownerMember: boolean; owns: boolean }>(
    tx,
    sql`select r.rolsuper as superuser, r.rolcreaterole as createrole, r.rolbypassrls as bypassrls,
          pg_has_role(r.oid, ${owner}, 'member') as "ownerMember",
          d.datdba = r.oid or exists (select 1 from pg_shdepend s where s.refobjid = r.oid and s.deptype = 'o' and s.dbid = d.oid) as owns
        from pg_roles r, pg_database d
        where r.rolname = ${role} and d.datname = current_database()`,
  );
  const powers = [
    found?.superuser && 'is a superuser',
    found?.createrole && 'has CREATEROLE',
    found?.bypassrls && 'has BYPASSRLS',
    found?.ownerMember && `is a member of the owner ${owner}`,
    found?.owns && 'owns objects of this database',
  ].filter(Boolean);
  if (powers.length > 0) {
    throw new Error(`the app role ${role} ${powers.join(', ')}: it must be a plain role that owns nothing (README, Running in production on PostgreSQL)`);
  }
}

async function rows<T = Record<string, unknown>>(tx: DbOrTx, query: SQL): Promise<T[]> {
  const result = await tx.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

function errorCode(error: unknown): string | undefined {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  return candidates.map((candidate) => (candidate as { code?: string } | undefined)?.code).find(Boolean);
}

/** duplicate_object / unique_violation on the role's name, or PostgreSQL's "tuple concurrently updated". */
function isConcurrentCatalogChange(error: unknown): boolean {
  const code = errorCode(error);
  const message = String((error as { cause?: { message?: string } })?.cause?.message ?? (error as Error)?.message);
  return code === '42710' || code === '23505' || (code === 'XX000' && /concurrently/.test(message));
}
