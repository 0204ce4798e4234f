import { useTranslations } from 'next-intl';
import { DateField } from '@/components/ui/date-field';
import { FieldFrame } from '@/components/ui/field-frame';
import type { MetricsScope } from '@/lib/metrics/period';

export interface ScopeFilterProps {
  scope: MetricsScope;
  regions: { code: string; name: string }[];
}

const CONTROL = 'rounded border-2 border-qc-grey bg-white px-2 py-1';

/** A GET form: the chosen period and region live in the URL, so a view can be bookmarked and shared. */
export function ScopeFilter({ scope, regions }: ScopeFilterProps) {
  const t = useTranslations('home');
  const tDate = useTranslations('dateField');
  return (
    <form method="get" className="rounded bg-qc-grey-pale p-4">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 font-semibold">{t('filterLegend')}</legend>
        <DateField label={t('from')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="from" defaultValue={scope.from} required />
        <DateField label={t('to')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="to" defaultValue={scope.to} required />
        <FieldFrame label={t('region')}>
          {(control) => (
            <select {...control} name="region" defaultValue={scope.regionCode} className={CONTROL}>
              {regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.code} – {region.name}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <button type="submit" className="rounded bg-qc-blue px-4 py-1.5 font-semibold text-white hover:bg-qc-blue-dark">
          {t('apply')}
        </button>
      </fieldset>
    </form>
  );
}
