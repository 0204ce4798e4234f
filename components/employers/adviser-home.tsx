import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { MetricCard } from '@/components/metrics/metric-card';
import type { AdviserHome as AdviserHomeData } from '@/lib/employers/home';
import { formatDate } from '@/lib/i18n/format';

/** The adviser's "Mes dossiers": three counts, then the lists behind them, each business a link to its file. */
export async function AdviserHome({ home }: { home: AdviserHomeData }) {
  const [t, locale] = await Promise.all([getTranslations('employers.home'), getLocale()]);
  const date = (value: string) => formatDate(value, locale === 'en-CA' ? 'en' : 'fr');
  const list = <Row extends { fileId: string }>(id: string, title: string, help: string, rows: Row[], key: (row: Row) => string, line: (row: Row) => ReactNode, name: (row: Row) => string) => (
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
            <li key={key(row)} className="p-2">
              <Link href={`/employers/${row.fileId}`} className="font-semibold text-qc-blue underline">
                {name(row)}
              </Link>
              <span className="block text-sm">{line(row)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  type OpenRow = AdviserHomeData['open'][number];
  const lastWorked = (row: OpenRow) => (row.lastInteractionOn ? t('lastInteraction', { date: date(row.lastInteractionOn) }) : t('noInteraction', { date: date(row.openedOn) }));
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 md:grid-cols-3">
        <MetricCard testId="employer-open-files" label={t('openFiles')} help={t('openFilesHelp')} value={String(home.open.length)} />
        <MetricCard testId="employer-inactive" label={t('inactive')} help={t('inactiveHelp', { date: date(home.inactiveSince) })} value={String(home.inactive.length)} />
        <MetricCard testId="employer-open-needs" label={t('openNeeds')} help={t('openNeedsHelp')} value={String(home.openNeeds.length)} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-3">
        {list('employer-inactive-list', t('inactive'), t('inactiveHelp', { date: date(home.inactiveSince) }), home.inactive, (row) => row.fileId, lastWorked, (row) => row.legalName)}
        {list(
          'employer-needs-list',
          t('openNeeds'),
          t('openNeedsHelp'),
          home.openNeeds,
          (row) => row.id,
          (row) => `${row.jobTitle} · ${t('needLine', { noc: row.nocCode, positions: row.positions })}${row.wantedStartOn ? ` · ${t('wantedBy', { date: date(row.wantedStartOn) })}` : ''}`,
          (row) => row.legalName,
        )}
        {list('employer-open-list', t('openFiles'), t('openFilesHelp'), home.open, (row) => row.fileId, lastWorked, (row) => row.legalName)}
      </div>
      <p>
        <Link href="/employers" className="font-semibold text-qc-blue underline">
          {t('seeAll')}
        </Link>
      </p>
    </div>
  );
}
