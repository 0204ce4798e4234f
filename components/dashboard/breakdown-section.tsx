import { getFormatter, getTranslations } from 'next-intl/server';
import type { Breakdown, Dashboard } from '@/lib/metrics/dashboard';
import { dashboardParams } from '@/lib/metrics/dashboard-params';
import { cellLabel, countText, labelTranslators, shortMonthLabel } from '@/lib/metrics/labels';
import { ColumnChart, HorizontalBarChart } from './bar-chart';
import { FigureLink } from './figure-link';

/** Breakdowns a picture reads faster than a table; the others are a table only. */
const CHARTED = new Set(['mrc', 'servicePoint', 'month', 'need', 'category', 'businessMrc']);

/** One breakdown: its title, the sentence of what it counts, its chart, its table (the figures), its exports. */
export async function BreakdownSection({ breakdown, dashboard }: { breakdown: Breakdown; dashboard: Dashboard }) {
  const [t, format, words] = await Promise.all([getTranslations('dashboard.breakdowns'), getFormatter(), labelTranslators()]);
  const { dimension } = breakdown;
  const title = t(`${dimension}.title`);
  const headingId = `breakdown-${dimension}`;
  const number = (value: number) => format.number(value);
  const rows = breakdown.cells.map((cell) => ({ cell, label: cellLabel(dimension, cell, words), text: countText(cell.count, number) }));
  const exportHref = (kind: 'csv' | 'xlsx') =>
    `${dashboardParams.serialize('/metrics/export', { from: dashboard.scope.from, to: dashboard.scope.to, region: dashboard.scope.regionCode })}&breakdown=${dimension}&format=${kind}`;
  const Chart = dimension === 'month' ? ColumnChart : HorizontalBarChart;
  return (
    <section aria-labelledby={headingId} data-testid={headingId} className="space-y-2 break-inside-avoid">
      <h4 id={headingId} className="text-lg font-semibold">
        {title}
      </h4>
      <p className="text-sm text-qc-grey-dark">{t(`${dimension}.rule`)}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
          {CHARTED.has(dimension) ? (
            <Chart label={t('chartLabel', { title })} bars={rows.map((row) => ({
                label: row.label,
                shortLabel: dimension === 'month' && row.cell.key ? shortMonthLabel(row.cell.key, words.locale) : undefined,
                value: row.cell.count.value,
                text: row.text,
              }))} />
          ) : null}
          <table className={`w-full border-collapse text-sm ${CHARTED.has(dimension) ? '' : 'lg:col-span-2 lg:max-w-xl'}`}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b-2 border-qc-blue-dark text-left">
                <th scope="col" className="py-1 pr-4">
                  {t(`${dimension}.column`)}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t('count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ cell, label, text }) => (
                <tr key={cell.key ?? 'none'} className="border-b border-qc-blue-pale">
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    {label}
                  </th>
                  <td className="py-1 text-right font-semibold tabular-nums">
                    <FigureLink href={cell.href} hidden={cell.count.hidden} className="text-qc-blue">
                      {text}
                    </FigureLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm print:hidden">
        {t('exportLabel', { title })}{' '}
        <a href={exportHref('csv')} download aria-label={`${t('exportCsv')} – ${title}`} className="font-semibold text-qc-blue underline">
          {t('exportCsv')}
        </a>
        {' · '}
        <a href={exportHref('xlsx')} download aria-label={`${t('exportXlsx')} – ${title}`} className="font-semibold text-qc-blue underline">
          {t('exportXlsx')}
        </a>
      </p>
    </section>
  );
}
