import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import type { Dashboard } from '@/lib/metrics/dashboard';
import { countText } from '@/lib/metrics/labels';
import { FigureLink } from './figure-link';

const FIGURES = ['personsAccompanied', 'businessesAccompanied', 'agreementsSigned'] as const;
// The home page's test ids since the first version (tests/e2e read them).
const TEST_IDS = { personsAccompanied: 'persons-accompanied', businessesAccompanied: 'businesses-accompanied', agreementsSigned: 'agreements-signed' } as const;

/** The report's three totals, each with the same period last year and the sentence saying what it counts. */
export async function HeadlineFigures({ dashboard }: { dashboard: Dashboard }) {
  const [t, tRules, format, locale] = await Promise.all([getTranslations('dashboard.headline'), getTranslations('dashboard.rules'), getFormatter(), getLocale()]);
  const number = (value: number) => format.number(value);
  return (
    <section aria-labelledby="headline-heading" className="space-y-3">
      <h2 id="headline-heading" className="text-2xl font-semibold">
        {t('heading')}
      </h2>
      <dl className="grid gap-4 md:grid-cols-3">
        {FIGURES.map((figure) => {
          const { current, previous } = dashboard.headline[figure];
          return (
            <div key={figure} className="rounded border border-qc-blue-pale bg-white p-5 shadow-sm break-inside-avoid">
              <dt className="text-lg font-semibold">{t(figure)}</dt>
              <dd className="mt-2 space-y-2">
                <FigureLink href={current.href} hidden={current.count.hidden} className="block text-5xl font-bold text-qc-blue">
                  <span data-testid={TEST_IDS[figure]}>{countText(current.count, number)}</span>
                </FigureLink>
                <span className="block text-sm" data-testid={`${TEST_IDS[figure]}-previous`}>
                  {t('previous', {
                    from: formatDate(dashboard.previousScope.from, locale),
                    to: formatDate(dashboard.previousScope.to, locale),
                    value: countText(previous, number),
                  })}
                </span>
                <span className="block text-sm text-qc-grey-dark">{tRules(figure)}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
