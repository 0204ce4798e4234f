import { getFormatter, getTranslations } from 'next-intl/server';
import type { SecondaryTotals as Totals } from '@/lib/metrics/figures';

const REFERRAL_STATUSES = ['sent', 'accepted', 'completed', 'declined'] as const;

/** Interventions, referrals by outcome, hires, funded projects and the money committed (exact cents). */
export async function SecondaryTotals({ totals }: { totals: Totals }) {
  const [t, tRules, format] = await Promise.all([getTranslations('dashboard.secondary'), getTranslations('dashboard.rules'), getFormatter()]);
  // Integer cents to dollars only for display: the sum itself was made in cents by the database.
  const money = format.number(totals.amountCommittedCents / 100, { style: 'currency', currency: 'CAD' });
  const simple = [
    { key: 'interventions', value: format.number(totals.interventions), rule: tRules('interventions') },
    { key: 'hires', value: format.number(totals.hires), rule: tRules('hires') },
    { key: 'fundedProjects', value: format.number(totals.fundedProjects), rule: tRules('fundedProjects') },
    { key: 'amountCommitted', value: money, rule: tRules('amountCommitted') },
  ] as const;
  return (
    <section aria-labelledby="secondary-heading" className="space-y-3 break-inside-avoid">
      <h2 id="secondary-heading" className="text-2xl font-semibold">
        {t('heading')}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {simple.map((figure) => (
          <div key={figure.key} className="rounded border border-qc-blue-pale bg-white p-4">
            <dt className="font-semibold">{t(figure.key)}</dt>
            <dd>
              <span data-testid={`secondary-${figure.key}`} className="block text-3xl font-bold text-qc-blue">
                {figure.value}
              </span>
              <span className="block text-sm text-qc-grey-dark">{figure.rule}</span>
            </dd>
          </div>
        ))}
        <div className="rounded border border-qc-blue-pale bg-white p-4">
          <dt className="font-semibold">{t('referrals')}</dt>
          <dd>
            <ul className="my-1">
              {REFERRAL_STATUSES.map((status) => (
                <li key={status} className="flex justify-between gap-4">
                  <span>{t(`referralStatuses.${status}`)}</span>
                  <span data-testid={`secondary-referrals-${status}`} className="font-bold text-qc-blue">
                    {format.number(totals.referrals[status])}
                  </span>
                </li>
              ))}
            </ul>
            <span className="block text-sm text-qc-grey-dark">{tRules('referrals')}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
