import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { StaffAccessPanel } from '@/components/staff/staff-access-panel';
import { StaffForm } from '@/components/staff/staff-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { idOf } from '@/lib/auth/access';
import { requirePermission } from '@/lib/auth/require-permission';
import { getStaff, listServicePointOptions } from '@/lib/staff/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staff');
  return { title: t('title') };
}

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  await requirePermission(user, 'staff:manage', { endpoint: 'page /admin/staff/[id]', entityId: idOf({ id }) });
  if (!z.string().uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [account, servicePoints] = await Promise.all([getStaff(db, user, id), listServicePointOptions(db)]);
  if (!account) notFound();
  const t = await getTranslations('staff');
  return (
    <div className="max-w-2xl space-y-8">
      <Link href="/admin/staff" className="text-qc-blue underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('editTitle', { name: account.displayName })}</h1>
      {/* key: after a save the form starts again from the new version, so a stale edit is caught. */}
      <StaffForm key={account.version} account={account} servicePointGroups={servicePoints} currentUserId={user.id} />
      {account.id !== user.id && <StaffAccessPanel account={account} />}
    </div>
  );
}
