import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { parseQuery, invalidParameters } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { headlineMetrics } from '@/lib/metrics/counts';
import { resolveMetricsScope } from '@/lib/metrics/resolve-scope';
import { metricsScopeInput } from '@/lib/metrics/scope-input';

export const dynamic = 'force-dynamic';

/** GET /api/v1/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD&region=08: the report's three totals, live. */
export const GET = defineRoute('metrics:read', async (request) => {
  const query = parseQuery(request, metricsScopeInput);
  if (!query.ok) return query.response;
  const db = getDb();
  const result = await resolveMetricsScope(db, query.data);
  if (!result.ok) return invalidParameters(result.errors);
  const { scope } = result;
  const metrics = await headlineMetrics(db, scope);
  return NextResponse.json(
    { from: scope.from, to: scope.to, region: scope.regionCode, ...metrics },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
