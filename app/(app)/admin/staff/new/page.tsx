import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffForm } from '@/components/staff/staff-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { formMessages } from '@/lib/i18n/form-messages';
import { getMessages } from '@/lib/i18n/server';
import { listServicePointOptions } from '@/lib/staff/queries';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staff.createTitle };
}

export default async function NewStaffPage() {
  const user = await requireUser();
  await requirePermission(user, 'staff:manage', { endpoint: 'page /admin/staff/new' });
  const { m } = await getMessages();
  const servicePoints = await listServicePointOptions(getDb());
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/staff" className="text-qc-blue underline">
        {m.staff.back}
      </Link>
      <h1 className="text-3xl font-bold">{m.staff.createTitle}</h1>
      <StaffForm servicePoints={servicePoints} messages={{ ...formMessages(m), staff: m.staff, roles: m.user.roles }} />
    </div>
  );
}
