import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/i18n/format';
import { getDashboard } from '@/lib/metrics/dashboard';
import { enteredScope, resolveDashboardScope } from '@/lib/metrics/dashboard-scope';
import { drillsIntoPersons } from '@/lib/metrics/drill-down';
import { periodChoices } from '@/lib/metrics/period-choices';
import { todayInQuebec } from '@/lib/persons/schemas';
import { listRegions } from '@/lib/reference/queries';
import type { PageSearchParams } from '@/lib/search-params/define';
import { LiveRefresh } from '@/components/live/live-refresh';
import { BreakdownSection } from './breakdown-section';
import { HeadlineFigures } from './headline-figures';
import { PeriodPicker } from './period-picker';
import { SecondaryTotals } from './secondary-totals';

const ERROR_CODES = ['invalidDate', 'dateOutOfRange', 'notAfterTo', 'notBeforeFrom', 'invalidRegion', 'unknownRegion', 'outsideScope', 'repeated'] as const;
const FIELDS = ['from', 'to', 'region'] as const;

/**
 * The manager's (and admin's) home: one server component tree, read from the URL on each render, so a
 * router.refresh() (the live updates of branch `bilan`) re-reads every figure and nothing else is needed.
 */
export async function DashboardView({ user, searchParams }: { user: SessionUser; searchParams: PageSearchParams }) {
  const db = getDb();
  const [t, tPeriod, tErrors, tBreakdowns, locale] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('dashboard.period'),
    getTranslations('dashboard.errors'),
    getTranslations('dashboard.breakdowns'),
    getLocale(),
  ]);
  const raw = Object.fromEntries(FIELDS.filter((field) => searchParams[field] !== undefined).map((field) => [field, searchParams[field]]));
  const [resolved, regions] = await Promise.all([resolveDashboardScope(db, user, raw), listRegions(db)]);
  const scope = resolved.ok ? resolved.scope : await enteredScope(db, user, raw);
  const errors = resolved.ok
    ? {}
    : Object.fromEntries(
        Object.entries(resolved.errors).map(([field, code]) => [
          field,
          tErrors((ERROR_CODES as readonly string[]).includes(code) ? (code as (typeof ERROR_CODES)[number]) : 'invalid', {
            field: (FIELDS as readonly string[]).includes(field) ? tPeriod(field as (typeof FIELDS)[number]) : field,
          }),
        ]),
      );
  const today = todayInQuebec();
  const dashboard = resolved.ok ? await getDashboard(db, user, resolved.scope) : null;
  const regionName = regions.find((region) => region.code === scope.regionCode)?.name ?? scope.regionCode;
  return (
    <div id="dashboard" data-testid="dashboard" className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {/* Any write that changes a figure re-renders this tree within seconds (lib/live). */}
        <LiveRefresh />
        <p>{dashboard && drillsIntoPersons(user, dashboard.scope) ? t('intro') : t('introNoLinks')}</p>
        {dashboard && (
          <p data-testid="scope-summary" className="text-lg font-semibold">
            {t('summary', { region: `${scope.regionCode} ${regionName}`, from: formatDate(scope.from, locale), to: formatDate(scope.to, locale) })}
          </p>
        )}
      </div>
      {!resolved.ok && (
        <div role="status" data-testid="dashboard-errors" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          <p className="font-semibold">{tErrors('heading')}</p>
          <ul className="list-disc pl-6">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <PeriodPicker
        scope={scope}
        choices={periodChoices(today, resolved.ok ? scope : { from: today, to: today })}
        regions={resolved.regionChoice ? regions : null}
        errors={errors}
        valid={resolved.ok}
      />
      {dashboard && (
        <>
          <HeadlineFigures dashboard={dashboard} />
          <SecondaryTotals totals={dashboard.secondary} />
          <section aria-labelledby="breakdowns-heading" className="space-y-6">
            <h2 id="breakdowns-heading" className="text-2xl font-semibold">
              {tBreakdowns('heading')}
            </h2>
            <div className="space-y-6">
              <h3 className="text-xl font-semibold">{tBreakdowns('personsHeading')}</h3>
              <p className="text-sm">{tBreakdowns('hiddenNote')}</p>
              <p className="text-sm">{tBreakdowns('overlapNote')}</p>
              {dashboard.breakdowns
                .filter((breakdown) => breakdown.countsPersons)
                .map((breakdown) => (
                  <BreakdownSection key={breakdown.dimension} breakdown={breakdown} dashboard={dashboard} />
                ))}
            </div>
            <div className="space-y-6">
              <h3 className="text-xl font-semibold">{tBreakdowns('businessesHeading')}</h3>
              {dashboard.breakdowns
                .filter((breakdown) => !breakdown.countsPersons)
                .map((breakdown) => (
                  <BreakdownSection key={breakdown.dimension} breakdown={breakdown} dashboard={dashboard} />
                ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
