// npm run bench:explain -- --scale 5 (DATABASE_URL=postgres://…/a_database_you_own): the query plans
// (EXPLAIN ANALYZE, BUFFERS) of the agreements list, the projects list and the partners directory on the
// benchmark's data set. The data set is generated into DATABASE_URL's database on the first run and kept,
// so plans can be compared before and after an index. PostgreSQL only.
import { sql } from 'drizzle-orm';
import { PgPreparedQuery } from 'drizzle-orm/pg-core';
import { closeDb, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrator';
import { listAgreements, listFundedProjects } from '@/lib/agreements/queries';
import type { SessionUser } from '@/lib/auth/current-user';
import { listPartners } from '@/lib/partners/queries';
import { generateBenchData } from './generate';

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] ?? 1) || 1;

// Every query drizzle sends goes through queryWithCache(text, params): record them while a read runs.
let captured: { text: string; params: unknown[] }[] | null = null;
const prototype = PgPreparedQuery.prototype as unknown as { queryWithCache: (...args: unknown[]) => Promise<unknown> };
const original = prototype.queryWithCache;
prototype.queryWithCache = function (this: unknown, ...callArgs: unknown[]) {
  captured?.push({ text: String(callArgs[0]), params: (callArgs[1] as unknown[]) ?? [] });
  return original.apply(this, callArgs);
};

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL database of your own');
  const db = getDb();
  await runMigrations(db);
  const [{ n }] = (await db.execute(sql`select count(*)::int as n from agreements`)) as unknown as [{ n: number }];
  if (n === 0) {
    console.log(`Generating the benchmark data set at scale ${scale}…`);
    await generateBenchData(db, scale);
    await db.execute(sql`VACUUM ANALYZE`);
  }
  const [staff] = (await db.execute(sql`select u.id, u.role, u.service_point_id, sp.region_code from users u join service_points sp on sp.id = u.service_point_id where u.role = 'manager' and sp.region_code = '08' limit 1`)) as unknown as [
    { id: string; role: 'manager'; service_point_id: string; region_code: string },
  ];
  const manager: SessionUser = { id: staff.id, email: '', displayName: '', role: 'manager', servicePointId: staff.service_point_id, regionCode: '08', servicePointName: null, mustChangePassword: false };
  const agent: SessionUser = { ...manager, role: 'agent' };
  const [mrc] = (await db.execute(sql`select id from mrcs where region_code = '08' order by code limit 1`)) as unknown as [{ id: string }];
  const page = { page: 1, pageSize: 25 };
  const reads: [string, () => Promise<unknown>][] = [
    ['listAgreements manager, page 1', () => listAgreements(db, manager, { ...page, sort: { column: 'signed', direction: 'desc' } })],
    ['listAgreements manager, search "mosaique"', () => listAgreements(db, manager, { ...page, sort: { column: 'signed', direction: 'desc' }, q: 'mosaique' })],
    ['listAgreements manager, MRC', () => listAgreements(db, manager, { ...page, sort: { column: 'signed', direction: 'desc' }, mrc: mrc.id })],
    ['listFundedProjects manager, page 1', () => listFundedProjects(db, manager, { ...page, sort: { column: 'starts', direction: 'desc' } })],
    ['listPartners agent, search "francisation"', () => listPartners(db, agent, { ...page, sort: { column: 'name', direction: 'asc' }, status: 'active', q: 'francisation' })],
  ];
  const client = (db as unknown as { $client: { unsafe: (text: string, params: unknown[]) => Promise<{ 'QUERY PLAN': string }[]> } }).$client;
  for (const [name, read] of reads) {
    captured = [];
    await read();
    const queries = captured;
    captured = null;
    console.log(`\n=== ${name}`);
    for (const query of queries) {
      const plan = await client.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.params);
      console.log(`--- ${query.text.slice(0, 160)}…\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }
}

try {
  await main();
} finally {
  await closeDb();
}
