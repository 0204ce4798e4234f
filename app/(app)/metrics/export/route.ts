import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalidParameters, parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { recordAuditEvent } from '@/lib/audit/record';
import { getDashboard } from '@/lib/metrics/dashboard';
import { resolveDashboardScope } from '@/lib/metrics/dashboard-scope';
import { breakdownCsv, breakdownXlsx } from '@/lib/metrics/export';
import { labelTranslators } from '@/lib/metrics/labels';
import { BUSINESS_DIMENSIONS, PERSON_DIMENSIONS } from '@/lib/metrics/figures';
import { calendarDate } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const exportQuery = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  region: z.string({ message: 'invalidRegion' }).regex(/^\d{2}$/, 'invalidRegion').optional(),
  breakdown: z.enum([...PERSON_DIMENSIONS, ...BUSINESS_DIMENSIONS], { message: 'invalid' }),
  format: z.enum(['csv', 'xlsx'], { message: 'invalid' }),
});

/**
 * GET /metrics/export?breakdown=mrc&format=csv|xlsx&from&to&region: one breakdown of the dashboard as a
 * file, small counts hidden as on the page, within the caller's dashboard scope (a manager's region).
 * Audited with the breakdown, the format, the period and the region.
 */
export const GET = defineRoute('dashboard:read', async (request, user) => {
  const query = parseQuery(request, exportQuery);
  if (!query.ok) return query.response;
  const { breakdown: dimension, format, ...period } = query.data;
  const db = getDb();
  const resolved = await resolveDashboardScope(db, user, Object.fromEntries(Object.entries(period).filter(([, value]) => value !== undefined)));
  if (!resolved.ok) return invalidParameters(resolved.errors);
  const { scope } = resolved;
  const dashboard = await getDashboard(db, user, scope);
  const breakdown = dashboard.breakdowns.find((candidate) => candidate.dimension === dimension)!;
  const [t, tPeriod, words] = await Promise.all([getTranslations('dashboard.breakdowns'), getTranslations('dashboard.period'), labelTranslators()]);
  const header = { region: tPeriod('region'), from: tPeriod('from'), to: tPeriod('to'), category: t(`${dimension}.column`), count: t('count') };
  await recordAuditEvent(db, {
    action: 'metrics.exported',
    actorId: user.id,
    entityType: 'metrics',
    details: { breakdown: dimension, format, from: scope.from, to: scope.to, region: scope.regionCode, rows: breakdown.cells.length },
  });
  const filename = `repartition-${dimension}-${scope.regionCode}-${scope.from}-${scope.to}.${format}`;
  const headers = { 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' };
  if (format === 'csv') return new Response(breakdownCsv(breakdown, scope, header, words), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  const file = await breakdownXlsx(breakdown, scope, header, words);
  return new Response(new Uint8Array(file), { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
});
