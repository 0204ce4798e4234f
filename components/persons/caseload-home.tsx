import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { MetricCard } from '@/components/metrics/metric-card';
import { formatDate } from '@/lib/i18n/format';
import type { getCaseload } from '@/lib/persons/caseload';

type Caseload = Awaited<ReturnType<typeof getCaseload>>;
type Row = Caseload['open'][number];

/** "Mes dossiers": the agent's three counts, then the lists behind them, each name a link to the file. */
export async function CaseloadHome({ caseload, today }: { caseload: Caseload; today: string }) {
  const [t, locale] = await Promise.all([getTranslations('persons.home'), getLocale()]);
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const date = (value: string) => formatDate(value, lang);
  const list = (id: string, title: string, rows: Row[], line: (row: Row) => string, help: string) => (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {title} ({rows.length})
      </h2>
      <p className="text-sm text-qc-grey">{help}</p>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="divide-y divide-qc-grey-pale rounded border border-qc-grey-pale" data-testid={id}>
          {rows.slice(0, 15).map((row) => (
            <li key={row.accompanimentId} className="p-2">
              <Link href={`/persons/${row.personId}`} className="font-semibold text-qc-blue underline">
                {row.lastName}, {row.firstName}
              </Link>
              <span className="block text-sm">{line(row)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  const lastWorked = (row: Row) => (row.lastInterventionOn ? t('lastIntervention', { date: date(row.lastInterventionOn) }) : t('noIntervention'));
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 md:grid-cols-3">
        <MetricCard testId="open-files" label={t('openFiles')} help={t('openFilesHelp')} value={String(caseload.open.length)} />
        <MetricCard testId="due-this-week" label={t('dueThisWeek')} help={t('dueThisWeekHelp', { date: date(caseload.weekEnd) })} value={String(caseload.dueThisWeek.length)} />
        <MetricCard testId="inactive" label={t('inactive')} help={t('inactiveHelp', { date: date(caseload.inactiveSince) })} value={String(caseload.inactive.length)} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-3">
        {list('due-list', t('dueThisWeek'), caseload.dueThisWeek, (row) => `${t('nextFollowUp', { date: date(row.nextFollowUpOn!) })}${row.nextFollowUpOn! < today ? ` (${t('overdue')})` : ''}`, t('dueThisWeekHelp', { date: date(caseload.weekEnd) }))}
        {list('inactive-list', t('inactive'), caseload.inactive, lastWorked, t('inactiveHelp', { date: date(caseload.inactiveSince) }))}
        {list('open-list', t('openFiles'), caseload.open, lastWorked, t('openFilesHelp'))}
      </div>
    </div>
  );
}
