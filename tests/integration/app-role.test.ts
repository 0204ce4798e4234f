import { desc, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAction } from '@/app/(app)/admin/staff/actions';
import { closeDb, getDb, type Db } from '@/db/client';
import { appRoleName, grantAppRole } from '@/db/roles';
import { auditEvents, users } from '@/db/schema';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// The app's own login must not be able to alter the audit trail (README, Audit). Roles exist only on a
// PostgreSQL server; the embedded database has a single user.
const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)('the app role on PostgreSQL (skipped on PGlite: one user, no roles)', () => {
  const role = appRoleName();
  let owner: Db;
  let appUrl: string;
  let asApp: postgres.Sql;

  beforeAll(async () => {
    owner = await openSeededTestDatabase(); // migrated (so granted) and seeded by the server's superuser
    const url = new URL(process.env.DATABASE_URL!);
    url.username = role;
    url.password = '';
    appUrl = url.href;
    asApp = postgres(appUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await asApp?.end();
    await closeTestDatabase();
  });

  it('logs in as a role that is no superuser and owns no table', async () => {
    const [me] = await asApp`select current_user as name, rolsuper, rolcreaterole, rolbypassrls from pg_roles where rolname = current_user`;
    expect(me).toEqual({ name: role, rolsuper: false, rolcreaterole: false, rolbypassrls: false });
    const tables = await asApp`select tablename, tableowner from pg_tables where schemaname = 'public'`;
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.filter((table) => table.tableowner === role)).toEqual([]);
  });

  it('reads and appends to audit_events', async () => {
    const [row] = await asApp`insert into audit_events (action) values ('auth.sign_in.failure') returning id`;
    const [read] = await asApp`select action from audit_events where id = ${row!.id}`;
    expect(read).toEqual({ action: 'auth.sign_in.failure' });
  });

  it('cannot change, delete or empty audit_events: refused by privileges, before the trigger', async () => {
    // The trigger's own refusal says "append-only"; these are the privilege checks that come first.
    const denied = /permission denied for table audit_events/;
    await expect(asApp`update audit_events set action = 'tampered'`).rejects.toThrow(denied);
    await expect(asApp`delete from audit_events`).rejects.toThrow(denied);
    await expect(asApp`truncate audit_events`).rejects.toThrow(denied);
  });

  it('cannot switch the append-only trigger off', async () => {
    await expect(asApp`set session_replication_role = replica`).rejects.toThrow(/permission denied to set parameter/);
    await expect(asApp`alter table audit_events disable trigger audit_events_append_only`).rejects.toThrow(/must be owner/);
    await expect(asApp`drop trigger audit_events_append_only on audit_events`).rejects.toThrow(/must be owner/);
  });

  it('cannot create tables, and can only read the migrations record (for the readiness probe)', async () => {
    await expect(asApp`create table mine (id int)`).rejects.toThrow(/permission denied for schema public/);
    await expect(asApp`create table drizzle.mine (id int)`).rejects.toThrow(/permission denied for schema drizzle/);
    const [applied] = await asApp`select count(*)::int as count from drizzle.__drizzle_migrations`;
    expect(applied!.count).toBeGreaterThan(10);
    const denied = /permission denied for table __drizzle_migrations/;
    await expect(asApp`insert into drizzle.__drizzle_migrations (hash, created_at) values ('forged', 0)`).rejects.toThrow(denied);
    await expect(asApp`update drizzle.__drizzle_migrations set created_at = 0`).rejects.toThrow(denied);
    await expect(asApp`delete from drizzle.__drizzle_migrations`).rejects.toThrow(denied);
    await expect(asApp`truncate drizzle.__drizzle_migrations`).rejects.toThrow(denied);
  });

  it('may read and write every other table, and TRUNCATE none', async () => {
    const privileges = await asApp<{ table: string; select: boolean; insert: boolean; update: boolean; delete: boolean; truncate: boolean }[]>`
      select tablename as table,
        has_table_privilege(current_user, format('public.%I', tablename), 'select') as select,
        has_table_privilege(current_user, format('public.%I', tablename), 'insert') as insert,
        has_table_privilege(current_user, format('public.%I', tablename), 'update') as update,
        has_table_privilege(current_user, format('public.%I', tablename), 'delete') as delete,
        has_table_privilege(current_user, format('public.%I', tablename), 'truncate') as truncate
      from pg_tables where schemaname = 'public' order by tablename`;
    for (const { table, ...granted } of privileges) {
      const writable = table !== 'audit_events';
      expect({ table, ...granted }).toEqual({ table, select: true, insert: true, update: writable, delete: writable, truncate: false });
    }
  });

  it('grants the same rights when run again', async () => {
    const acl = async () => [
      ...((await owner.execute(sql`select relname, relacl::text as acl from pg_class where relnamespace = 'public'::regnamespace order by relname`)) as unknown as object[]),
    ];
    const before = await acl();
    await grantAppRole(owner);
    await grantAppRole(owner);
    expect(await acl()).toEqual(before);
  });

  it('refuses the owner itself as the app role', async () => {
    const [{ name }] = (await owner.execute(sql`select current_user as name`)) as unknown as [{ name: string }];
    await expect(grantAppRole(owner, name)).rejects.toThrow(/must run as another role/);
  });

  it('may use the name search: the normalization function, unaccent and pg_trgm', async () => {
    const [normalized] = await asApp`select passerelle_normalize_name(${'Hélène D’Amours-Ødegård'}) as name, similarity('helene', 'hélène') >= 0 as trgm`;
    expect(normalized).toEqual({ name: 'helene d amours odegard', trgm: true });
    const [person] = await asApp`insert into persons (first_name, last_name, birth_date, country_of_birth, immigration_status, collection_consent_on)
      values ('Ngọc', 'Nguyễn-Tremblay', '1990-01-01', 'VN', 'other', '2020-01-01') returning id, search_name`;
    expect(person!.search_name).toBe('nguyen tremblay ngoc');
    const [found] = await asApp`select count(*)::int as n from persons where search_name like ${'%nguyen%'} and search_name like ${'%ngoc%'}`;
    expect(found!.n).toBeGreaterThanOrEqual(1);
  });

  // Last: it moves the app's connection (getDb) to the role, closing the owner's.
  it('runs the app: an action and an audited read, as this role', async () => {
    process.env.DATABASE_URL = appUrl; // closeTestDatabase puts the server's URL back
    await closeDb();
    const db = getDb();
    const [me] = (await db.execute(sql`select current_user as name`)) as unknown as { name: string }[];
    expect(me).toEqual({ name: role });

    await actAs(db, 'admin@passerelle.test');
    const created = await createStaffAction({ email: 'role.check@passerelle.test', displayName: 'Role Check', role: 'admin', servicePointId: null, idempotencyKey: crypto.randomUUID() });
    expect(created.ok).toBe(true);
    await db.update(users).set({ displayName: 'Role Checked' }).where(eq(users.email, 'role.check@passerelle.test'));

    await actAs(db, 'agent.valdor@passerelle.test');
    const list = await (await import('@/app/api/v1/persons/route')).GET(new Request('http://localhost/api/v1/persons'));
    const id = ((await list.json()) as { rows: { id: string }[] }).rows[0]!.id;
    const { GET } = await import('@/app/api/v1/persons/[id]/route');
    expect((await GET(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) })).status).toBe(200);
    const [last] = await db.select({ action: auditEvents.action, entityId: auditEvents.entityId }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(last).toEqual({ action: 'person.viewed', entityId: id });
  });
});
