import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StaffForm } from '@/components/staff/staff-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { listServicePointOptions } from '@/lib/staff/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staff');
  return { title: t('createTitle') };
}

export default async function NewStaffPage() {
  const user = await requireUser();
  await requirePermission(user, 'staff:manage', { endpoint: 'page /admin/staff/new' });
  const t = await getTranslations('staff');
  const servicePoints = await listServicePointOptions(getDb());
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/staff" className="text-qc-blue underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('createTitle')}</h1>
      <StaffForm servicePointGroups={servicePoints} currentUserId={user.id} />
    </div>
  );
}
