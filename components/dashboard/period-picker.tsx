import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DateField } from '@/components/ui/date-field';
import { FieldFrame } from '@/components/ui/field-frame';
import { dashboardParams } from '@/lib/metrics/dashboard-params';
import type { MetricsScope, Period } from '@/lib/metrics/period';
import type { PeriodChoice } from '@/lib/metrics/period-choices';

export interface PeriodPickerProps {
  /** The period and region in the form: the one shown, or what was typed when it was refused. */
  scope: MetricsScope;
  choices: PeriodChoice[];
  /** The regions an admin may choose from; null for a manager (their own region only). */
  regions: { code: string; name: string }[] | null;
  /** Field → the sentence naming it (a refused period). */
  errors: Record<string, string>;
  /** Whether the period in `scope` is the one shown (not a refused one). */
  valid: boolean;
}

const LINK = 'rounded border border-qc-blue px-2 py-1 text-qc-blue underline-offset-2 hover:underline';
const CURRENT = 'rounded border border-qc-blue bg-qc-blue px-2 py-1 font-semibold text-white';

/** Quick choices (links: the URL keeps the choice) and a custom period (a GET form), no JavaScript needed. */
export function PeriodPicker({ scope, choices, regions, errors, valid }: PeriodPickerProps) {
  const t = useTranslations('dashboard.period');
  const tDate = useTranslations('dateField');
  const href = (period: Period) => dashboardParams.serialize('/', { ...period, region: regions ? scope.regionCode : null });
  const isShown = (period: Period) => valid && period.from === scope.from && period.to === scope.to;
  const choiceLink = (choice: PeriodChoice, label: string) => (
    <li key={`${choice.kind}-${choice.period.from}`}>
      <Link href={href(choice.period)} prefetch={false} aria-current={isShown(choice.period) ? 'page' : undefined} className={isShown(choice.period) ? CURRENT : LINK}>
        {label}
      </Link>
    </li>
  );
  const years = choices.filter((choice) => choice.kind === 'fiscalYear');
  const quarters = choices.filter((choice) => choice.kind === 'quarter');
  const since = choices.find((choice) => choice.kind === 'sinceAnnouncement');
  const quarterYear = quarters[0]?.kind === 'quarter' ? quarters[0].startYear : null;
  return (
    <section aria-labelledby="period-heading" className="space-y-4 rounded bg-qc-grey-pale p-4 print:hidden">
      <h2 id="period-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <nav aria-label={t('quickChoices')} className="space-y-3">
        <ul className="flex flex-wrap gap-2">{since && choiceLink(since, t('sinceAnnouncement'))}</ul>
        <div>
          <h3 className="mb-1 font-semibold">{t('fiscalYears')}</h3>
          <ul className="flex flex-wrap gap-2">
            {years.map((choice) => choice.kind === 'fiscalYear' && choiceLink(choice, t('fiscalYear', { start: String(choice.startYear), end: String(choice.startYear + 1) })))}
          </ul>
        </div>
        {quarterYear !== null && (
          <div>
            <h3 className="mb-1 font-semibold">{t('quartersOf', { start: String(quarterYear), end: String(quarterYear + 1) })}</h3>
            <ul className="flex flex-wrap gap-2">
              {quarters.map(
                (choice) =>
                  choice.kind === 'quarter' &&
                  choiceLink(choice, t('quarter', { quarter: String(choice.quarter), year: choice.period.from.slice(0, 4) })),
              )}
            </ul>
          </div>
        )}
      </nav>
      <form method="get" action="/">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{t('custom')}</legend>
          <DateField label={t('from')} hint={tDate('hint')} invalidMessage={tDate('invalid')} error={errors.from} name="from" defaultValue={scope.from} required />
          <DateField label={t('to')} hint={tDate('hint')} invalidMessage={tDate('invalid')} error={errors.to} name="to" defaultValue={scope.to} required />
          {regions && (
            <FieldFrame label={t('region')} error={errors.region}>
              {(control) => (
                <select {...control} name="region" defaultValue={scope.regionCode} className="rounded border-2 border-qc-grey bg-white px-2 py-1">
                  {regions.map((region) => (
                    <option key={region.code} value={region.code}>
                      {region.code} – {region.name}
                    </option>
                  ))}
                </select>
              )}
            </FieldFrame>
          )}
          <button type="submit" className="rounded bg-qc-blue px-4 py-1.5 font-semibold text-white hover:bg-qc-blue-dark">
            {t('apply')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
