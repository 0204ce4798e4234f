import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ServicePointForm } from '@/components/reference/service-point-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getContactLine, listMrcsByRegion } from '@/lib/reference/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference.servicePoint');
  return { title: t('newTitle') };
}

export default async function NewServicePointPage() {
  const user = await requireUser();
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference/service-points/new' });
  const t = await getTranslations('reference');
  const db = getDb();
  const [mrcGroups, contactLine] = await Promise.all([listMrcsByRegion(db), getContactLine(db)]);
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/reference/service-points" className="text-qc-blue underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('servicePoint.newTitle')}</h1>
      <ServicePointForm mrcGroups={mrcGroups} contactLine={contactLine ?? { contactEmail: null, contactPhone: null }} />
    </div>
  );
}
