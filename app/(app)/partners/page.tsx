import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { PartnersTable } from '@/components/partners/partners-table';
import { getDb } from '@/db/client';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { partnersListParams, type PartnersListValues } from '@/lib/partners/list-params';
import { listPartners, listRegionsWithMrcs } from '@/lib/partners/queries';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partners');
  return { title: t('title') };
}

export default async function PartnersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  if (!(await checkAccess(user, ['partner:read'], { endpoint: 'page /partners' }))) notFound();
  const t = await getTranslations('partners');
  const { values, invalid } = readSearchParams(partnersListParams, await searchParams);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        {can(user.role, 'reference:manage') && (
          <Link href="/partners/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
            {t('newPartner')}
          </Link>
        )}
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('invalid')}
        </p>
      )}
      <Suspense fallback={<DataTableSkeleton label={t('caption')} columns={5} />}>
        <PartnersResults user={user} state={values} />
      </Suspense>
    </div>
  );
}

async function PartnersResults({ user, state }: { user: SessionUser; state: PartnersListValues }) {
  const db = getDb();
  const [result, places] = await Promise.all([listPartners(db, user, state), listRegionsWithMrcs(db)]);
  return <PartnersTable rows={result.rows} total={result.total} state={state} regions={places.regions} mrcs={places.mrcs} />;
}
