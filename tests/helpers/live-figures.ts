import { sql, type SQL } from 'drizzle-orm';
import type { MetricsScope } from '@/lib/metrics/period';

// The dashboard's distinct counts as live aggregates over the records: the definition that the kept spans
// (db/schema/metrics.ts, figureSpans; lib/metrics/figures.ts) must always equal. This was the dashboard's
// own SQL before the spans; it took 2 s for a fiscal year at the benchmark's scale 20.
// Rows: dimension, key ('' when not recorded or for a total), value, with the dimension names of the spans.

export function livePersonCountsSql(scope: MetricsScope): SQL {
  return sql`with follow_ups as materialized (
        select a.person_id, a.service_point_id, a.agent_id, a.opened_on, a.needs
        from accompaniments a
        where a.service_point_id in (select id from service_points where region_code = ${scope.regionCode})
          and coalesce(a.closed_on, 'infinity'::date) >= ${scope.from}::date and a.opened_on <= ${scope.to}::date
      ), counted as (
        select f.person_id, cell.dimension, cell.key
        from follow_ups f join persons p on p.id = f.person_id
        cross join lateral (values ('total', ''), ('mrc', coalesce(p.residence_mrc_id::text, '')), ('servicePoint', f.service_point_id::text),
          ('agent', coalesce(f.agent_id::text, '')), ('country', coalesce(p.country_of_birth::text, '')), ('category', coalesce(p.immigration_status::text, '')),
          -- Follow-ups opened before the period have no month of opening in it.
          ('month', case when f.opened_on >= ${scope.from}::date then to_char(f.opened_on, 'YYYY-MM') end)) as cell(dimension, key)
        where cell.key is not null
        union all
        select f.person_id, 'need', n.need::text from follow_ups f cross join lateral unnest(f.needs) as n(need)
      )
      select dimension, key, count(distinct person_id)::int as value from counted group by dimension, key`;
}

export function liveBusinessCountsSql(scope: MetricsScope): SQL {
  return sql`select cell.dimension, cell.key, count(distinct f.business_id)::int as value
      from employer_files f join businesses b on b.id = f.business_id
      cross join lateral (values ('businessTotal', ''), ('businessMrc', b.mrc_id::text), ('adviser', coalesce(f.adviser_id::text, '')),
        ('sector', coalesce(b.naics_sector::text, ''))) as cell(dimension, key)
      where b.mrc_id in (select id from mrcs where region_code = ${scope.regionCode})
        and coalesce(f.closed_on, 'infinity'::date) >= ${scope.from}::date and f.opened_on <= ${scope.to}::date
      group by cell.dimension, cell.key`;
}
