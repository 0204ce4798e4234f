import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CorrectionsTable } from '@/components/privacy/corrections-table';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { correctionsListParams } from '@/lib/privacy/list-params';
import { listCorrections } from '@/lib/privacy/registers';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.corrections');
  return { title: t('title') };
}

export default async function CorrectionsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy/corrections' });
  const [t, locale] = await Promise.all([getTranslations('privacy.corrections'), getLocale()]);
  const { values, invalid } = readSearchParams(correctionsListParams, await searchParams);
  const result = await listCorrections(getDb(), user, { page: values.page, pageSize: values.pageSize, person: values.person });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  const rows = result.rows.map((row) => ({ ...row, correctedAt: dateTime.format(row.correctedAt), anonymized: row.oldValue === null && row.newValue === null && row.reason === null }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl">{t('intro')}</p>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('invalidFilter')}
        </p>
      )}
      {values.person && (
        <p>
          {t('onlyFile', { reference: values.person })} ·{' '}
          <Link href="/privacy/corrections" className="text-qc-blue underline">
            {t('allFiles')}
          </Link>
        </p>
      )}
      <CorrectionsTable rows={rows} total={result.total} state={values} />
    </div>
  );
}
