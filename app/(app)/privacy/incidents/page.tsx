import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { IncidentsTable } from '@/components/privacy/incidents-table';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { listIncidents } from '@/lib/privacy/incidents';
import { incidentsListParams } from '@/lib/privacy/list-params';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.incidents');
  return { title: t('title') };
}

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy/incidents' });
  const t = await getTranslations('privacy.incidents');
  const { values, invalid } = readSearchParams(incidentsListParams, await searchParams);
  const result = await listIncidents(getDb(), { page: values.page, pageSize: values.pageSize, sort: values.sort as never, risk: values.risk });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="max-w-3xl">{t('intro')}</p>
        </div>
        <Link href="/privacy/incidents/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {t('newIncident')}
        </Link>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('invalidFilter')}
        </p>
      )}
      <IncidentsTable rows={result.rows} total={result.total} state={values} />
      <p>
        <a href="/privacy/incidents/export" className="font-semibold text-qc-blue underline" download>
          {t('export')}
        </a>
      </p>
    </div>
  );
}
