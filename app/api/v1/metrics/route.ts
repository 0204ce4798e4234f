import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { defineRoute, jsonError } from '@/lib/api/route';
import { headlineMetrics } from '@/lib/metrics/counts';
import { resolveMetricsScope } from '@/lib/metrics/resolve-scope';

export const dynamic = 'force-dynamic';

/** GET /api/v1/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD&region=08: the report's three totals, live. */
export const GET = defineRoute('metrics:read', async (request) => {
  const params = new URL(request.url).searchParams;
  const raw = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, region: params.get('region') ?? undefined };
  const db = getDb();
  const result = await resolveMetricsScope(db, raw);
  if (!result.ok) {
    const [parameter] = Object.keys(result.errors);
    return jsonError(400, 'invalid_parameter', {
      parameter,
      message: `${parameter} ${result.errors[parameter!]}`,
      errors: result.errors,
    });
  }
  const { scope } = result;
  const metrics = await headlineMetrics(db, scope);
  return NextResponse.json(
    { from: scope.from, to: scope.to, region: scope.regionCode, ...metrics },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
