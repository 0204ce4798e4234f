import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { LiveRefresh } from '@/components/live/live-refresh';
import { MetricCard } from '@/components/metrics/metric-card';
import { CaseloadHome } from '@/components/persons/caseload-home';
import { AdviserHome } from '@/components/employers/adviser-home';
import { getAdviserHome } from '@/lib/employers/home';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { can } from '@/lib/authz';
import { getCaseload } from '@/lib/persons/caseload';
import { todayInQuebec } from '@/lib/persons/schemas';
import { ScopeFilter } from '@/components/metrics/scope-filter';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/i18n/format';
import { headlineMetrics } from '@/lib/metrics/counts';
import { resolveMetricsScope } from '@/lib/metrics/resolve-scope';
import { listRegions } from '@/lib/reference/queries';
import { getDefaultScope } from '@/lib/settings/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  // Managers (their region) and admins (any region) get the dashboard; agents and advisers keep their homes.
  if (can(user.role, 'dashboard:read')) return <DashboardView user={user} searchParams={await searchParams} />;
  const [t, tPersons, tEmployers, format, locale] = await Promise.all([getTranslations('home'), getTranslations('persons'), getTranslations('employers'), getFormatter(), getLocale()]);
  const db = getDb();
  const params = await searchParams;
  // A repeated parameter (an array here) is refused like any other bad value: the page says so.
  const resolved = await resolveMetricsScope(db, { from: params.from, to: params.to, region: params.region });
  const scope = resolved.ok ? resolved.scope : await getDefaultScope(db);
  const [metrics, regions] = await Promise.all([headlineMetrics(db, scope), listRegions(db)]);
  const regionName = regions.find((region) => region.code === scope.regionCode)?.name ?? scope.regionCode;
  return (
    <div className="space-y-6">
      {user.role === 'agent' ? (
        <>
          <h1 className="text-3xl font-bold">{tPersons('home.title')}</h1>
          <CaseloadHome caseload={await getCaseload(db, user, todayInQuebec())} today={todayInQuebec()} />
        </>
      ) : user.role === 'adviser' ? (
        <>
          <h1 className="text-3xl font-bold">{tEmployers('home.title')}</h1>
          <AdviserHome home={await getAdviserHome(db, user, todayInQuebec())} />
        </>
      ) : (
        <h1 className="text-3xl font-bold">{t('title')}</h1>
      )}
      {!resolved.ok && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('invalidFilter')}
        </p>
      )}
      <section aria-labelledby="live-report" className="space-y-4">
        <h2 id="live-report" className="text-2xl font-semibold">
          {t('periodHeading')}
        </h2>
        <LiveRefresh />
        <p data-testid="scope-summary">
          {t('periodSummary', {
            region: `${scope.regionCode} ${regionName}`,
            from: formatDate(scope.from, locale),
            to: formatDate(scope.to, locale),
          })}
        </p>
        <dl className="grid gap-4 md:grid-cols-3">
          <MetricCard testId="persons-accompanied" label={t('personsAccompanied')} help={t('personsAccompaniedHelp')} value={format.number(metrics.personsAccompanied)} />
          <MetricCard testId="businesses-accompanied" label={t('businessesAccompanied')} help={t('businessesAccompaniedHelp')} value={format.number(metrics.businessesAccompanied)} />
          <MetricCard testId="agreements-signed" label={t('agreementsSigned')} help={t('agreementsSignedHelp')} value={format.number(metrics.agreementsSigned)} />
        </dl>
      </section>
      <ScopeFilter scope={scope} regions={regions} />
    </div>
  );
}
