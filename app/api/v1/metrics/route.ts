import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { parseQuery, invalidParameters } from '@/lib/api/query';
import { defineRoute, jsonError } from '@/lib/api/route';
import { checkAccess } from '@/lib/auth/access';
import { dashboardJson } from '@/lib/metrics/api-shape';
import { headlineMetrics } from '@/lib/metrics/counts';
import { getDashboard } from '@/lib/metrics/dashboard';
import { resolveDashboardScope } from '@/lib/metrics/dashboard-scope';
import { resolveMetricsScope } from '@/lib/metrics/resolve-scope';
import { metricsScopeInput } from '@/lib/metrics/scope-input';

export const dynamic = 'force-dynamic';

// The period's rule (from not after to) is checked again by resolveMetricsScope with metricsScopeInput.
const metricsQuery = z.object({ ...metricsScopeInput.shape, include: z.enum(['breakdowns'], { message: 'invalid' }).optional() });

/**
 * GET /api/v1/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD&region=08: the report's three totals, live (every staff
 * role). With `include=breakdowns` (managers for their region, admins for any: dashboard:read): also last
 * year's same period, the secondary totals and every breakdown of the dashboard, small counts of persons
 * hidden (README, Dashboard).
 */
export const GET = defineRoute('metrics:read', async (request, user) => {
  const query = parseQuery(request, metricsQuery);
  if (!query.ok) return query.response;
  const { include, ...raw } = query.data;
  const db = getDb();
  if (include === 'breakdowns') {
    if (!(await checkAccess(user, ['dashboard:read'], { endpoint: 'GET /api/v1/metrics?include=breakdowns' }))) {
      return jsonError(403, 'forbidden', { message: 'Your role does not allow this.' });
    }
    const resolved = await resolveDashboardScope(db, user, Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)));
    if (!resolved.ok) return invalidParameters(resolved.errors);
    const { scope } = resolved;
    const dashboard = await getDashboard(db, user, scope);
    const totals = {
      personsAccompanied: dashboard.headline.personsAccompanied.current.count.value,
      businessesAccompanied: dashboard.headline.businessesAccompanied.current.count.value,
      agreementsSigned: dashboard.headline.agreementsSigned.current.count.value,
    };
    return NextResponse.json({ from: scope.from, to: scope.to, region: scope.regionCode, ...totals, ...dashboardJson(dashboard) }, { headers: { 'Cache-Control': 'no-store' } });
  }
  const result = await resolveMetricsScope(db, raw);
  if (!result.ok) return invalidParameters(result.errors);
  const { scope } = result;
  const metrics = await headlineMetrics(db, scope);
  return NextResponse.json(
    { from: scope.from, to: scope.to, region: scope.regionCode, ...metrics },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
