import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { StaffTable } from '@/components/staff/staff-table';
import { getDb } from '@/db/client';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';
import { staffListParams, type StaffListQuery } from '@/lib/staff/list-params';
import { listStaff } from '@/lib/staff/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staff');
  return { title: t('title') };
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  await requirePermission(user, 'staff:manage', { endpoint: 'page /admin/staff' });
  const [t, tTable] = await Promise.all([getTranslations('staff'), getTranslations('dataTable')]);
  // The view lives in the URL (bookmark, share); a bad or repeated parameter falls back to its default.
  const { values, invalid } = readSearchParams(staffListParams, await searchParams);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        <Link href="/admin/staff/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {t('newAccount')}
        </Link>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {tTable('invalidParams')}
        </p>
      )}
      <Suspense fallback={<DataTableSkeleton label={tTable('loading')} columns={6} />}>
        <StaffResults user={user} query={values} />
      </Suspense>
    </div>
  );
}

async function StaffResults({ user, query }: { user: SessionUser; query: StaffListQuery }) {
  const { rows, total } = await listStaff(getDb(), user, query);
  return (
    <StaffTable
      rows={rows.map(({ id, displayName, email, role, servicePointName, active, mustChangePassword, lastSignInAt }) => ({
        id,
        displayName,
        email,
        role,
        servicePointName,
        active,
        mustChangePassword,
        lastSignInAt,
      }))}
      total={total}
      state={query}
    />
  );
}
