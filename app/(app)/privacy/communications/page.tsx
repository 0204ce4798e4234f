import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CommunicationsTable } from '@/components/privacy/communications-table';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { communicationsListParams } from '@/lib/privacy/list-params';
import { listCommunications } from '@/lib/privacy/registers';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.communications');
  return { title: t('title') };
}

export default async function CommunicationsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy/communications' });
  const t = await getTranslations('privacy.communications');
  const { values, invalid } = readSearchParams(communicationsListParams, await searchParams);
  const result = await listCommunications(getDb(), { page: values.page, pageSize: values.pageSize, from: values.from, to: values.to, direction: values.sort.direction });
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
      <CommunicationsTable rows={result.rows} total={result.total} state={values} />
    </div>
  );
}
