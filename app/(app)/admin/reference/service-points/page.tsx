import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReferenceTabs } from '@/components/reference/reference-tabs';
import { ServicePointsTable } from '@/components/reference/service-points-table';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { listServicePoints } from '@/lib/reference/admin-queries';
import { listRegions } from '@/lib/reference/queries';
import { servicePointListParams } from '@/lib/reference/service-point-list-params';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference');
  return { title: `${t('servicePoints')} – ${t('title')}` };
}

export default async function ServicePointsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference/service-points' });
  const [t, tTable] = await Promise.all([getTranslations('reference'), getTranslations('dataTable')]);
  const { values, invalid } = readSearchParams(servicePointListParams, await searchParams);
  const db = getDb();
  const [{ rows, total }, regions] = await Promise.all([listServicePoints(db, values), listRegions(db)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        <Link href="/admin/reference/service-points/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {t('servicePoint.newTitle')}
        </Link>
      </div>
      <ReferenceTabs current="servicePoints" />
      <h2 className="text-2xl font-semibold">{t('servicePoints')}</h2>
      <p>{t('servicePoint.listIntro')}</p>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {tTable('invalidParams')}
        </p>
      )}
      <ServicePointsTable rows={rows} total={total} state={values} regions={regions} />
    </div>
  );
}
