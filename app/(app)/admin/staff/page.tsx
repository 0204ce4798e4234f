import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StaffTable } from '@/components/staff/staff-table';
import { getDb } from '@/db/client';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';
import { staffListParams, type StaffListQuery } from '@/lib/staff/list-params';
import { listStaff } from '@/lib/staff/queries';
import { ListPageFrame } from '@/components/data-table/list-page-frame';

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
    <ListPageFrame
      title={t('title')}
      intro={t('intro')}
      newLink={{ href: '/admin/staff/new', label: t('newAccount') }}
      invalidNotice={invalid.length > 0 ? tTable('invalidParams') : null}
      loading={{ label: tTable('loading'), columns: 6 }}
    >
      <StaffResults user={user} query={values} />
    </ListPageFrame>
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
