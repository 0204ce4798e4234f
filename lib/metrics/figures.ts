import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { HeadlineMetrics } from './counts';
import type { MetricsScope } from './period';

// The dashboard's (and the bilan's) figures, as raw counts: each group of figures is ONE statement, so a
// page runs a fixed number of queries whatever the data size (README, Dashboard). Suppression and links are
// added by dashboard.ts. The counting rules are those of counts.ts: a follow-up counts for a period when
// its [opened, closed] interval overlaps it, in the region when its service point (persons) or the
// business's MRC (employers) is there. Distinct persons and businesses are read from the spans the
// triggers keep (db/schema/metrics.ts, figureSpans), proved equal to the live aggregates by
// tests/integration/figure-spans.test.ts.

export const PERSON_DIMENSIONS = ['mrc', 'servicePoint', 'agent', 'month', 'need', 'country', 'category'] as const;
export type PersonDimension = (typeof PERSON_DIMENSIONS)[number];
export const BUSINESS_DIMENSIONS = ['businessMrc', 'adviser', 'sector'] as const;
export type BusinessDimension = (typeof BUSINESS_DIMENSIONS)[number];
export type Dimension = PersonDimension | BusinessDimension;

/** One cell of a breakdown: its key (an id, a code, a month YYYY-MM; null = not recorded), its label when the key is an id, its count. */
export interface BreakdownRow {
  key: string | null;
  label: string | null;
  value: number;
}

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/**
 * Runs one of the dashboard's aggregate statements in its own short transaction, without JIT for this
 * transaction only: a plan of a few milliseconds would spend longer compiling than running (JIT took 300 ms
 * of a statement at --scale 5 when the persons were counted live). The statements of a page run in parallel,
 * one transaction each (README, "The dashboard's reads").
 */
export async function aggregateRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('jit', 'off', true)`);
    return rowsOf<T>(tx, query);
  });
}

const regionServicePoints = (scope: MetricsScope) => sql`(select id from service_points where region_code = ${scope.regionCode})`;
const regionMrcs = (scope: MetricsScope) => sql`(select id from mrcs where region_code = ${scope.regionCode})`;

/** The first day of a YYYY-MM-DD day's month, as a constant the planner can match against the edges' key. */
const monthStart = (day: string) => sql`${`${day.slice(0, 7)}-01`}::date`;

/**
 * Distinct persons or businesses per cell of the given dimensions over the period, from the kept spans:
 * spans started by `to`, less spans ended before `from`, less gaps holding the whole period (figureSpans).
 * Edge counts are read by month up to the month of each bound, then by day within it: about 20,000 index
 * entries however long the period. Cells of no one are left out, as a GROUP BY over the follow-ups would.
 */
function spanCountsSql(scope: MetricsScope, subject: 'person' | 'business', dimensions: readonly string[]): SQL {
  const from = sql`${scope.from}::date`;
  const to = sql`${scope.to}::date`;
  const inDimensions = sql`(${sql.join(
    dimensions.map((dimension) => sql`${dimension}`),
    sql`, `,
  )})`;
  // Four range reads of the covering index figure_edges_cell_idx (index only, no heap): spans started in the
  // months before `to`'s month and in its days up to `to`; spans ended in the months before `from`'s month
  // and in its days before `from`.
  const edges = (column: SQL, granularity: 'month' | 'day', range: SQL) =>
    sql`select e.dimension, e.key, ${column} from figure_edges e where e.region_code = ${scope.regionCode} and e.dimension in ${inDimensions} and e.granularity = ${granularity} and ${range}`;
  return sql`with edges as (
        ${edges(sql`e.starts as started, 0 as ended`, 'month', sql`e.day < ${monthStart(scope.to)}`)}
        union all ${edges(sql`e.starts, 0`, 'day', sql`e.day >= ${monthStart(scope.to)} and e.day <= ${to}`)}
        union all ${edges(sql`0, e.ends`, 'month', sql`e.day < ${monthStart(scope.from)}`)}
        union all ${edges(sql`0, e.ends`, 'day', sql`e.day >= ${monthStart(scope.from)} and e.day < ${from}`)}
      ), cells as (
        select e.dimension, e.key, sum(e.started) as started, sum(e.ended) as ended from edges e group by e.dimension, e.key
      ), gaps as (
        select g.dimension, g.key, count(*) as held
        from figure_gaps g
        -- The subject picks its partial range index: a business's gaps are no candidates for a person's count.
        where g.subject = ${subject} and g.gap @> daterange(${from}, ${to}, '[]') and g.region_code = ${scope.regionCode} and g.dimension in ${inDimensions}
        group by g.dimension, g.key
      )
      select c.dimension, nullif(c.key, '') as key, (c.started - c.ended - coalesce(g.held, 0))::int as value
      from cells c left join gaps g on g.dimension = c.dimension and g.key = c.key
      where c.started - c.ended - coalesce(g.held, 0) > 0`;
}

export interface PersonBreakdowns {
  total: number;
  rows: Record<PersonDimension, BreakdownRow[]>;
}

/**
 * Persons accompanied, in total and by MRC of residence, service point, agent, month of opening (follow-ups
 * opened in the period), need, country of birth and immigration category: distinct persons per cell, in
 * one statement. A person followed at two service points, or with two needs, counts once in each cell.
 */
export async function personBreakdowns(db: DbOrTx, scope: MetricsScope): Promise<PersonBreakdowns> {
  const rows = await aggregateRows<{ dimension: string; key: string | null; value: number }>(db, personBreakdownsSql(scope));
  const result: PersonBreakdowns = { total: 0, rows: { mrc: [], servicePoint: [], agent: [], month: [], need: [], country: [], category: [] } };
  for (const row of rows) {
    if (row.dimension === 'total') result.total = Number(row.value);
    else result.rows[row.dimension as PersonDimension].push({ key: row.key, label: null, value: Number(row.value) });
  }
  await labelRows(db, result.rows.mrc, 'mrcs', 'name');
  await labelRows(db, result.rows.servicePoint, 'service_points', 'name');
  await labelRows(db, result.rows.agent, 'users', 'display_name');
  result.rows.month.sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  return result;
}

/** The one statement of personBreakdowns (exported for the benchmark's floor: the same SQL, run bare). */
export function personBreakdownsSql(scope: MetricsScope): SQL {
  return spanCountsSql(scope, 'person', ['total', ...PERSON_DIMENSIONS]);
}

export interface BusinessBreakdowns {
  total: number;
  rows: Record<BusinessDimension, BreakdownRow[]>;
}

/**
 * Businesses accompanied (counts.ts, countBusinessesAccompanied), in total and by the business's MRC, the
 * adviser of the file and the NAICS sector: distinct businesses per cell, one statement.
 */
export async function businessBreakdowns(db: DbOrTx, scope: MetricsScope): Promise<BusinessBreakdowns> {
  const rows = await aggregateRows<{ dimension: string; key: string | null; value: number }>(db, businessBreakdownsSql(scope));
  const result: BusinessBreakdowns = { total: 0, rows: { businessMrc: [], adviser: [], sector: [] } };
  for (const row of rows) {
    if (row.dimension === 'businessTotal') result.total = Number(row.value);
    else result.rows[row.dimension as BusinessDimension].push({ key: row.key, label: null, value: Number(row.value) });
  }
  await labelRows(db, result.rows.businessMrc, 'mrcs', 'name');
  await labelRows(db, result.rows.adviser, 'users', 'display_name');
  return result;
}

/** The one statement of businessBreakdowns. */
export function businessBreakdownsSql(scope: MetricsScope): SQL {
  return spanCountsSql(scope, 'business', ['businessTotal', ...BUSINESS_DIMENSIONS]);
}

export interface SecondaryTotals {
  /** Interventions dated in the period, in follow-ups held by a service point of the region. */
  interventions: number;
  /** Referrals sent in the period from follow-ups of the region, by where they stand today. */
  referrals: { sent: number; accepted: number; completed: number; declined: number };
  /** Hires dated in the period, by businesses located in the region. */
  hires: number;
  /** Projects funded under an agreement in force (neither draft nor cancelled) covering one of the region's MRCs, running during the period. */
  fundedProjects: number;
  /** The agreements counted by "ententes signées": how many, and the amounts they commit, in cents. */
  agreementsSigned: number;
  amountCommittedCents: number;
}

/** The secondary totals, one statement of single-row aggregates. */
export async function secondaryTotals(db: DbOrTx, scope: MetricsScope): Promise<SecondaryTotals> {
  const [row] = await aggregateRows<Record<string, string | number>>(db, secondaryTotalsSql(scope));
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    interventions: n('interventions'),
    referrals: { sent: n('sent'), accepted: n('accepted'), completed: n('completed'), declined: n('declined') },
    hires: n('hires'),
    fundedProjects: n('funded_projects'),
    agreementsSigned: n('agreements'),
    // Cents fit a JavaScript number exactly up to 90 trillion dollars.
    amountCommittedCents: n('amount_cents'),
  };
}

/** The one statement of secondaryTotals. */
export function secondaryTotalsSql(scope: MetricsScope): SQL {
  return sql`select i.interventions, i.sent, i.accepted, i.completed, i.declined, h.hires, fp.funded_projects, ag.agreements, ag.amount_cents
      from (
        -- Interventions and referrals from the per-day, per-service-point counts the triggers keep (migration
        -- 0011; equal to the live aggregates: tests/integration/daily-counts.test.ts): a few hundred rows a year.
        select coalesce(sum(d.interventions), 0)::int as interventions, coalesce(sum(d.referrals_sent), 0)::int as sent,
          coalesce(sum(d.referrals_accepted), 0)::int as accepted, coalesce(sum(d.referrals_completed), 0)::int as completed,
          coalesce(sum(d.referrals_declined), 0)::int as declined
        from daily_service_point_counts d
        where d.service_point_id in ${regionServicePoints(scope)} and d.day between ${scope.from}::date and ${scope.to}::date
      ) i, (
        select count(*)::int as hires from hires h join employer_files f on f.id = h.employer_file_id join businesses b on b.id = f.business_id
        where b.mrc_id in ${regionMrcs(scope)} and h.hired_on between ${scope.from}::date and ${scope.to}::date
      ) h, (
        select count(*)::int as funded_projects from funded_projects p join agreements ag on ag.id = p.agreement_id
        where ag.status not in ('draft', 'cancelled') and p.starts_on <= ${scope.to}::date and (p.ends_on is null or p.ends_on >= ${scope.from}::date)
          and exists (select 1 from agreement_territories t where t.agreement_id = ag.id and t.mrc_id in ${regionMrcs(scope)})
      ) fp, (
        select count(*)::int as agreements, coalesce(sum(ag.amount_cents), 0)::text as amount_cents from agreements ag
        where ag.status not in ('draft', 'cancelled') and ag.signed_on between ${scope.from}::date and ${scope.to}::date
          and exists (select 1 from agreement_territories t where t.agreement_id = ag.id and t.mrc_id in ${regionMrcs(scope)})
      ) ag`;
}

const LABEL_TABLES = { mrcs: sql`mrcs`, service_points: sql`service_points`, users: sql`users` } as const;
const LABEL_COLUMNS = { name: sql`name`, display_name: sql`display_name` } as const;

/** The names of the ids a breakdown found (a handful of rows by primary key). */
async function labelRows(db: DbOrTx, rows: BreakdownRow[], table: keyof typeof LABEL_TABLES, column: keyof typeof LABEL_COLUMNS) {
  const ids = rows.map((row) => row.key).filter((key): key is string => key !== null);
  if (ids.length === 0) return;
  const names = await rowsOf<{ id: string; label: string }>(
    db,
    sql`select id::text as id, ${LABEL_COLUMNS[column]} as label from ${LABEL_TABLES[table]} where id::text in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  const byId = new Map(names.map((name) => [name.id, name.label]));
  for (const row of rows) row.label = row.key === null ? null : (byId.get(row.key) ?? null);
}

/**
 * The three headline totals of counts.ts (the same rules; tests/integration/figure-spans.test.ts checks they
 * agree) as one statement: the home page's, the API's, the bilan's and the dashboard's "same period last year".
 */
export function headlineTotalsSql(scope: MetricsScope): SQL {
  return sql`select coalesce((select p.value from (${spanCountsSql(scope, 'person', ['total'])}) p), 0)::int as persons,
      coalesce((select b.value from (${spanCountsSql(scope, 'business', ['businessTotal'])}) b), 0)::int as businesses,
      (select count(*) from agreements ag where ag.status not in ('draft', 'cancelled') and ag.signed_on between ${scope.from}::date and ${scope.to}::date
        and exists (select 1 from agreement_territories t where t.agreement_id = ag.id and t.mrc_id in ${regionMrcs(scope)}))::int as agreements`;
}

export async function headlineTotals(db: DbOrTx, scope: MetricsScope): Promise<HeadlineMetrics> {
  const [row] = await aggregateRows<{ persons: number; businesses: number; agreements: number }>(db, headlineTotalsSql(scope));
  return { personsAccompanied: Number(row?.persons ?? 0), businessesAccompanied: Number(row?.businesses ?? 0), agreementsSigned: Number(row?.agreements ?? 0) };
}
