import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { countBusinessesAccompanied, countPersonsAccompanied, headlineMetrics } from '@/lib/metrics/counts';
import { businessBreakdownsSql, personBreakdownsSql } from '@/lib/metrics/figures';
import type { MetricsScope } from '@/lib/metrics/period';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { addBusiness, addPerson, addRegion, type RegionFixture } from '../helpers/fixtures';
import { liveBusinessCountsSql, livePersonCountsSql } from '../helpers/live-figures';

// The distinct persons and businesses the dashboard reads from the kept spans (migration 0013,
// db/schema/metrics.ts) must equal the live aggregates over the records, for any period, after every kind
// of write that moves them: many rows in one statement, reopenings with gaps, transfers, edits of the dates,
// the needs or a person's attributes, deletions, a service point moved to another region, and the same for
// employer files and businesses. The periods are many and drawn at random (seeded), since the arithmetic
// of spans, edges and gaps must hold for every [from, to], one-day periods and periods inside a gap included.

let db: Db;
let region: RegionFixture;
let other: RegionFixture;
beforeAll(async () => {
  db = await openSeededTestDatabase();
  region = await addRegion(db, '97');
  other = await addRegion(db, '98');
});
afterAll(closeTestDatabase);

const rowsOf = <Row>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];

async function lines(query: SQL): Promise<string[]> {
  const rows = rowsOf<{ dimension: string; key: string | null; value: number }>(await db.execute(query));
  return rows.map((row) => `${row.dimension} ${row.key ?? ''} ${row.value}`).sort();
}

/** Deterministic pseudo-random periods between two days (a small LCG: the same periods on every run). */
function periods(first: string, last: string, count: number, seed: number): { from: string; to: string }[] {
  const start = Date.parse(first);
  const days = (Date.parse(last) - start) / 86_400_000;
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const day = (offset: number) => new Date(start + Math.floor(offset) * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const a = random() * days;
    // A third are a single day; the rest up to two years long.
    const length = i % 3 === 0 ? 0 : random() * 730;
    return { from: day(a), to: day(Math.min(days, a + length)) };
  });
}

const FIXED = [
  { from: '2019-08-01', to: '2020-03-31' },
  { from: '1900-01-01', to: '2100-12-31' },
  { from: '2030-02-11', to: '2030-05-31' }, // inside the gap of the reopened person below
  { from: '2030-02-10', to: '2030-02-10' },
  { from: '2030-06-01', to: '2030-06-01' },
];

async function expectKeptEqualsLive(regionCodes: string[] = ['08', '97', '98'], drawn = periods('2029-06-01', '2031-12-31', 12, 7)) {
  for (const regionCode of regionCodes) {
    for (const period of [...FIXED, ...drawn]) {
      const scope: MetricsScope = { ...period, regionCode };
      const kept = [...(await lines(personBreakdownsSql(scope))), ...(await lines(businessBreakdownsSql(scope)))].sort();
      const live = [...(await lines(livePersonCountsSql(scope))), ...(await lines(liveBusinessCountsSql(scope)))].sort();
      expect(kept, `${regionCode} ${period.from}..${period.to}`).toEqual(live);
    }
  }
}

const followUp = (personId: string, at: RegionFixture, openedOn: string, closedOn: string | null, needs: (typeof schema.need.enumValues)[number][] = []) => ({
  personId,
  servicePointId: at.servicePointId,
  agentId: at.agentId,
  openedOn,
  closedOn,
  status: closedOn ? ('closed' as const) : ('open' as const),
  closureReason: closedOn ? ('goals_met' as const) : null,
  needs,
});

describe('the kept spans of persons and businesses', () => {
  it('equal the live aggregates on the demo data, over many periods (the migration backfills, the seed goes through the triggers)', async () => {
    await expectKeptEqualsLive(['08', '07'], periods('2014-01-01', '2027-12-31', 40, 11));
    // And the headline rules, which every page reads through the spans.
    const report = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
    expect(await headlineMetrics(db, report)).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
    expect((await headlineMetrics(db, report)).personsAccompanied).toBe(await countPersonsAccompanied(db, report));
    expect((await headlineMetrics(db, report)).businessesAccompanied).toBe(await countBusinessesAccompanied(db, report));
  });

  it('follow follow-ups inserted several at once, reopened after a gap, edited, transferred, moved to another person and deleted', async () => {
    const [reopened, twice, third] = [await addPerson(db), await addPerson(db), await addPerson(db)];
    const inserted = await db
      .insert(schema.accompaniments)
      .values([
        followUp(reopened, region, '2030-01-10', '2030-02-10', ['employment']),
        followUp(reopened, region, '2030-06-01', null, ['installation_housing', 'employment']),
        followUp(twice, region, '2030-01-15', '2030-03-01'),
        followUp(twice, other, '2030-02-01', '2030-02-28', ['francization']),
        followUp(third, region, '2030-05-05', '2030-05-05'),
      ])
      .returning();
    await expectKeptEqualsLive();
    const [first, second, , atOther, oneDay] = inserted;
    // Closed, its opening moved back, its needs changed.
    await db.update(schema.accompaniments).set({ closedOn: '2030-09-30', status: 'closed', closureReason: 'goals_met' }).where(eq(schema.accompaniments.id, second!.id));
    await db.update(schema.accompaniments).set({ openedOn: '2030-02-11', needs: ['francization'] }).where(eq(schema.accompaniments.id, second!.id));
    await expectKeptEqualsLive();
    // Transferred to the other region's service point and agent; then given to another person.
    await db.update(schema.accompaniments).set({ servicePointId: other.servicePointId, agentId: other.agentId }).where(eq(schema.accompaniments.id, first!.id));
    await expectKeptEqualsLive();
    await db.update(schema.accompaniments).set({ personId: third }).where(eq(schema.accompaniments.id, atOther!.id));
    await expectKeptEqualsLive();
    // An edit the figures do not read, then deletions.
    await db.update(schema.accompaniments).set({ nextFollowUpOn: '2030-12-01' }).where(eq(schema.accompaniments.id, oneDay!.id));
    await db.delete(schema.accompaniments).where(inArray(schema.accompaniments.id, [oneDay!.id, first!.id]));
    await expectKeptEqualsLive();
  });

  it('follow a person’s country, category and MRC of residence, and a service point moved to another region', async () => {
    const person = await addPerson(db);
    await db.insert(schema.accompaniments).values([followUp(person, region, '2030-03-01', null), followUp(person, region, '2031-01-01', null)]);
    await db
      .update(schema.persons)
      .set({ countryOfBirth: 'HT', immigrationStatus: 'refugee', residenceMrcId: region.mrcId })
      .where(inArray(schema.persons.id, [person, (await db.select().from(schema.accompaniments).limit(1))[0]!.personId]));
    await expectKeptEqualsLive();
    await db.update(schema.servicePoints).set({ regionCode: '98', mrcId: other.mrcId }).where(eq(schema.servicePoints.id, region.servicePointId));
    await expectKeptEqualsLive();
    await db.update(schema.servicePoints).set({ regionCode: '97', mrcId: region.mrcId }).where(eq(schema.servicePoints.id, region.servicePointId));
    await expectKeptEqualsLive();
  });

  it('follow employer files (two advisers, a gap, edits, a deletion) and a business moved to another MRC or sector', async () => {
    const business = await addBusiness(db, region);
    const file = (adviser: RegionFixture, openedOn: string, closedOn: string | null) => ({
      businessId: business,
      adviserId: adviser.adviserId,
      servicePointId: adviser.servicePointId,
      openedOn,
      closedOn,
      status: closedOn ? ('closed' as const) : ('open' as const),
      closureReason: closedOn ? ('needs_filled' as const) : null,
      contactName: 'Contact',
    });
    const [early, late] = await db.insert(schema.employerFiles).values([file(region, '2030-01-01', '2030-02-10'), file(other, '2030-06-01', null), file(region, '2030-01-20', '2030-01-31')]).returning();
    await expectKeptEqualsLive();
    await db.update(schema.employerFiles).set({ closedOn: '2030-04-30', status: 'closed', closureReason: 'needs_filled', adviserId: other.adviserId }).where(eq(schema.employerFiles.id, early!.id));
    await expectKeptEqualsLive();
    await db.update(schema.businesses).set({ naicsSector: '31' }).where(eq(schema.businesses.id, business));
    await db.update(schema.businesses).set({ mrcId: other.mrcId }).where(eq(schema.businesses.id, business));
    await expectKeptEqualsLive();
    await db.delete(schema.employerFiles).where(eq(schema.employerFiles.id, late!.id));
    await expectKeptEqualsLive();
  });

  // Two connections: PGlite has one, so this runs on PostgreSQL only.
  it.skipIf(!process.env.DATABASE_URL)('follow two transactions that write follow-ups of the same person at the same time: both commit, counts right', async () => {
    const person = await addPerson(db);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = db.transaction(async (tx) => {
      await tx.insert(schema.accompaniments).values(followUp(person, region, '2030-03-01', '2030-04-30'));
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = db.transaction(async (tx) => {
      await tx.insert(schema.accompaniments).values(followUp(person, region, '2030-07-01', null));
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await Promise.all([first, second]);
    expect(await db.select().from(schema.accompaniments).where(eq(schema.accompaniments.personId, person))).toHaveLength(2);
    await expectKeptEqualsLive(['97']);
  });

  it('are what a rebuild from the rows gives (the benchmark’s bulk load relies on it)', async () => {
    const snapshot = async () => ({
      spans: await lines(sql`select subject || ' ' || subject_id || ' ' || region_code as dimension, dimension || ' ' || key || ' ' || starts_on as key, ends_on as value from figure_spans`),
      gaps: await lines(sql`select subject || ' ' || subject_id || ' ' || region_code as dimension, dimension || ' ' || key as key, gap::text as value from figure_gaps`),
      edges: await lines(sql`select region_code || ' ' || granularity || ' ' || day as dimension, dimension || ' ' || key as key, starts || '/' || ends as value from figure_edges where starts <> 0 or ends <> 0`),
    });
    const kept = await snapshot();
    expect(kept.gaps.length).toBeGreaterThan(0);
    await db.execute(sql`select passerelle_rebuild_figures()`);
    expect(await snapshot()).toEqual(kept);
  });
});
