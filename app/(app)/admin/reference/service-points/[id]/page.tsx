import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ServicePointForm } from '@/components/reference/service-point-form';
import { getDb } from '@/db/client';
import { idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getContactLine, getServicePoint, listMrcsByRegion } from '@/lib/reference/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference');
  return { title: t('servicePoints') };
}

export default async function EditServicePointPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference/service-points/[id]', entityId: idOf({ id }) });
  if (!z.string().uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [servicePoint, mrcGroups, contactLine] = await Promise.all([getServicePoint(db, id), listMrcsByRegion(db), getContactLine(db)]);
  if (!servicePoint) notFound();
  const t = await getTranslations('reference');
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/reference/service-points" className="text-qc-blue underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('servicePoint.editTitle', { name: servicePoint.name })}</h1>
      {/* key: after a save the form starts again from the new version, so a stale edit is caught. */}
      <ServicePointForm key={servicePoint.version} servicePoint={servicePoint} mrcGroups={mrcGroups} contactLine={contactLine ?? { contactEmail: null, contactPhone: null }} />
    </div>
  );
}
