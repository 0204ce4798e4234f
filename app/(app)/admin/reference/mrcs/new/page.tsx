import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MrcForm } from '@/components/reference/mrc-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { listRegions } from '@/lib/reference/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference.mrc');
  return { title: t('newTitle') };
}

export default async function NewMrcPage() {
  const user = await requireUser();
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference/mrcs/new' });
  const t = await getTranslations('reference');
  const regions = await listRegions(getDb());
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/reference/mrcs" className="text-qc-blue underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('mrc.newTitle')}</h1>
      <MrcForm regions={regions} />
    </div>
  );
}
