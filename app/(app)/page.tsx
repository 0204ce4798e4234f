import type { Metadata } from 'next';
import { MetricCard } from '@/components/metrics/metric-card';
import { ScopeFilter } from '@/components/metrics/scope-filter';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { format, formatDate, formatNumber } from '@/lib/i18n/locale';
import { getMessages } from '@/lib/i18n/server';
import { headlineMetrics } from '@/lib/metrics/counts';
import { resolveMetricsScope } from '@/lib/metrics/resolve-scope';
import { listRegions } from '@/lib/reference/queries';
import { getDefaultScope } from '@/lib/settings/queries';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.home.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser();
  const { locale, m } = await getMessages();
  const db = getDb();
  const params = await searchParams;
  // A repeated parameter (an array here) is refused like any other bad value: the page says so.
  const resolved = await resolveMetricsScope(db, { from: params.from, to: params.to, region: params.region });
  const scope = resolved.ok ? resolved.scope : await getDefaultScope(db);
  const [metrics, regions] = await Promise.all([headlineMetrics(db, scope), listRegions(db)]);
  const regionName = regions.find((region) => region.code === scope.regionCode)?.name ?? scope.regionCode;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{m.home.title}</h1>
      {!resolved.ok && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {m.home.invalidFilter}
        </p>
      )}
      <section aria-labelledby="live-report" className="space-y-4">
        <h2 id="live-report" className="text-2xl font-semibold">
          {m.home.periodHeading}
        </h2>
        <p data-testid="scope-summary">
          {format(m.home.periodSummary, {
            region: `${scope.regionCode} ${regionName}`,
            from: formatDate(scope.from, locale),
            to: formatDate(scope.to, locale),
          })}
        </p>
        <dl className="grid gap-4 md:grid-cols-3">
          <MetricCard testId="persons-accompanied" label={m.home.personsAccompanied} help={m.home.personsAccompaniedHelp} value={formatNumber(metrics.personsAccompanied, locale)} />
          <MetricCard testId="businesses-accompanied" label={m.home.businessesAccompanied} help={m.home.businessesAccompaniedHelp} value={formatNumber(metrics.businessesAccompanied, locale)} />
          <MetricCard testId="agreements-signed" label={m.home.agreementsSigned} help={m.home.agreementsSignedHelp} value={formatNumber(metrics.agreementsSigned, locale)} />
        </dl>
      </section>
      <ScopeFilter messages={m.home} scope={scope} regions={regions} />
    </div>
  );
}
