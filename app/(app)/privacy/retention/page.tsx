import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApplyRetentionForm, RetentionRuleForm } from '@/components/privacy/retention-forms';
import { RetentionTable } from '@/components/privacy/retention-table';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { formatDate } from '@/lib/i18n/format';
import { todayInQuebec } from '@/lib/persons/schemas';
import { retentionPreviewParams } from '@/lib/privacy/list-params';
import { listRetentionRuns, previewRetention } from '@/lib/privacy/retention';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.retention');
  return { title: t('title') };
}

/** The retention schedule: its rule, the files due as of a day (preview), their anonymization, the runs. */
export default async function RetentionPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'privacy:retention', { endpoint: 'page /privacy/retention' });
  const [t, locale] = await Promise.all([getTranslations('privacy.retention'), getLocale()]);
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const { values, invalid } = readSearchParams(retentionPreviewParams, await searchParams);
  const today = todayInQuebec();
  const asOf = values.asOf ?? today;
  const db = getDb();
  const [preview, runs] = await Promise.all([previewRetention(db, asOf, { offset: (values.page - 1) * values.pageSize, limit: values.pageSize }), listRetentionRuns(db)]);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl">{t('intro')}</p>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('invalidFilter')}
        </p>
      )}

      <section aria-labelledby="rule" className="max-w-3xl space-y-3">
        <h2 id="rule" className="text-2xl font-semibold">
          {t('ruleHeading')}
        </h2>
        <p data-testid="retention-rule">{t('ruleLine', { years: preview.rule.years })}</p>
        <details className="rounded border-2 border-qc-grey-pale bg-white p-3">
          <summary className="cursor-pointer font-semibold text-qc-blue">{t('editRule')}</summary>
          <div className="mt-3">
            <RetentionRuleForm rule={preview.rule} />
          </div>
        </details>
        <p className="whitespace-pre-line text-sm">{preview.rule.reason}</p>
      </section>

      <section aria-labelledby="preview" className="space-y-3">
        <h2 id="preview" className="text-2xl font-semibold">
          {t('previewHeading')}
        </h2>
        <p role="status" data-testid="due-count">
          {t('dueCount', { count: preview.total, date: formatDate(asOf, lang) })}
        </p>
        <RetentionTable rows={preview.rows} total={preview.total} state={values} asOf={asOf} />
      </section>

      <section aria-labelledby="apply" className="max-w-3xl space-y-3">
        <h2 id="apply" className="text-2xl font-semibold">
          {t('applyHeading')}
        </h2>
        <p>{t('applyHelp')}</p>
        {asOf > today ? <p className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">{t('futureNotice')}</p> : preview.total > 0 && <ApplyRetentionForm asOf={asOf} />}
      </section>

      <section aria-labelledby="runs" className="space-y-3">
        <h2 id="runs" className="text-2xl font-semibold">
          {t('runsHeading')}
        </h2>
        {runs.length === 0 ? (
          <p>{t('noRuns')}</p>
        ) : (
          <table className="w-full text-left" data-testid="retention-runs">
            <caption className="sr-only">{t('runsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ranAt')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('asOf')}</th>
                <th scope="col" className="text-right">
                  {t('filesDue')}
                </th>
                <th scope="col" className="text-right">
                  {t('filesAnonymized')}
                </th>
                <th scope="col">{t('runBy')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className="border-t border-qc-grey-pale">
                  <td>{dateTime.format(run.ranAt)}</td>
                  <td>{run.applied ? t('appliedRun') : t('previewRun')}</td>
                  <td>{formatDate(run.asOf, lang)}</td>
                  <td className="text-right">{run.filesDue}</td>
                  <td className="text-right">{run.filesAnonymized}</td>
                  <td>{run.runBy ?? t('commandLine')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
