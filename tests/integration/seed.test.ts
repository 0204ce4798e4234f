import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { seedDemoData } from '@/db/seed/demo';
import { accompaniments, agreements, persons, servicePoints, users } from '@/db/schema';
import { headlineMetrics } from '@/lib/metrics/counts';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const REPORT = { from: '2019-08-01', to: '2020-03-31' };

/** One fingerprint of every row of every table, to prove a second seed run changes nothing. */
async function fingerprint(): Promise<string> {
  const result = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const rows = Array.isArray(result) ? result : (result as { rows: { table_name: string }[] }).rows;
  const parts: string[] = [];
  for (const { table_name } of rows) {
    const hashed = await db.execute<{ digest: string | null; n: number }>(
      sql.raw(`select md5(string_agg(t::text, '|' order by t::text)) as digest, count(*)::int as n from "${table_name}" t`),
    );
    const [row] = Array.isArray(hashed) ? hashed : (hashed as { rows: { digest: string; n: number }[] }).rows;
    parts.push(`${table_name}:${row?.n}:${row?.digest}`);
  }
  return parts.join('\n');
}

const rowsOf = <Row>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];

describe('demo seed', () => {
  it('gives every screen real content: open files among the 114, a person followed by two service points, plans, referrals with consent', async () => {
    const [facts] = rowsOf<Record<string, number>>(
      await db.execute(sql`
        select
          (select count(distinct a.person_id)::int from accompaniments a join service_points sp on sp.id = a.service_point_id
             where sp.region_code = '08' and a.closed_on is null and a.opened_on <= '2020-03-31') as open_among_report,
          (select count(*)::int from (select a.person_id from accompaniments a
             group by a.person_id having count(distinct a.service_point_id) > 1) t) as followed_twice,
          (select count(*)::int from action_plan_items) as plan_items,
          (select count(*)::int from interventions) as interventions,
          (select count(*)::int from referrals) as referrals,
          (select count(*)::int from referrals r join accompaniments a on a.id = r.accompaniment_id join persons p on p.id = a.person_id
             where not p.sharing_consent) as referrals_without_consent,
          (select count(*)::int from accompaniments where reopened_from_id is not null) as reopenings
      `),
    );
    expect(facts!.open_among_report).toBeGreaterThan(5);
    expect(facts!.followed_twice).toBeGreaterThanOrEqual(1);
    expect(facts!.plan_items).toBeGreaterThan(100);
    expect(facts!.interventions).toBeGreaterThan(200);
    expect(facts!.referrals).toBeGreaterThan(20);
    expect(facts!.referrals_without_consent).toBe(0);
    expect(facts!.reopenings).toBeGreaterThan(0);
  });

  it("reproduces the report's three totals for region 08, 2019-08-01 to 2020-03-31", async () => {
    expect(await headlineMetrics(db, { ...REPORT, regionCode: '08' })).toEqual({
      personsAccompanied: 114,
      businessesAccompanied: 44,
      agreementsSigned: 10,
    });
  });

  it('holds records outside the period and the region, so a careless counter is wrong', async () => {
    const allTime = await headlineMetrics(db, { from: '1900-01-01', to: '2100-12-31', regionCode: '08' });
    expect(allTime.personsAccompanied).toBeGreaterThan(114);
    expect(allTime.businessesAccompanied).toBeGreaterThan(44);
    expect(allTime.agreementsSigned).toBeGreaterThan(10);
    for (const regionCode of ['07', '10']) {
      const other = await headlineMetrics(db, { ...REPORT, regionCode });
      expect(other.personsAccompanied).toBeGreaterThan(0);
      expect(other.businessesAccompanied).toBeGreaterThan(0);
      expect(other.agreementsSigned).toBeGreaterThan(0);
    }
    const nextYear = await headlineMetrics(db, { from: '2020-04-01', to: '2021-03-31', regionCode: '08' });
    expect(nextYear.personsAccompanied).toBeGreaterThan(0);
    const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(accompaniments);
    expect(total).toBeGreaterThan(114);
  });

  it("holds the report's reference data: five offices, two advisers, four agents", async () => {
    const offices = await db.select({ city: servicePoints.city }).from(servicePoints).where(sql`${servicePoints.regionCode} = '08'`);
    expect(offices.map((office) => office.city).sort()).toEqual(['Amos', 'La Sarre', 'Rouyn-Noranda', 'Val-d\'Or', 'Ville-Marie']);
    const staff = await db
      .select({ role: users.role, city: servicePoints.city })
      .from(users)
      .innerJoin(servicePoints, sql`${servicePoints.id} = ${users.servicePointId}`)
      .where(sql`${servicePoints.regionCode} = '08'`);
    expect(staff.filter((s) => s.role === 'adviser').map((s) => s.city).sort()).toEqual(['Rouyn-Noranda', "Val-d'Or"]);
    expect(staff.filter((s) => s.role === 'agent').map((s) => s.city).sort()).toEqual(['La Sarre', 'Rouyn-Noranda', "Val-d'Or", 'Ville-Marie']);
  });

  it('gives persons names from many countries', async () => {
    const countries = await db.selectDistinct({ country: persons.countryOfBirth }).from(persons);
    expect(countries.length).toBeGreaterThanOrEqual(15);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await fingerprint();
    await seedDemoData(db);
    expect(await fingerprint()).toBe(before);
  });

  it('stores demo passwords as argon2id hashes', async () => {
    const [admin] = await db.select({ hash: users.passwordHash }).from(users).where(sql`${users.email} = 'admin@passerelle.test'`);
    expect(admin?.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const references = await db.select({ reference: agreements.reference }).from(agreements);
    expect(new Set(references.map((r) => r.reference)).size).toBe(references.length);
  });
});
