import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PartnerForm } from '@/components/partners/partner-form';
import { getDb } from '@/db/client';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { getPartner, listRegionsWithMrcs } from '@/lib/partners/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partners');
  return { title: t('edit') };
}

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['reference:manage'], { endpoint: 'page /partners/[id]/edit', entityId: idOf({ id }) }))) notFound();
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [partner, places, t] = await Promise.all([getPartner(db, user, id), listRegionsWithMrcs(db), getTranslations('partners')]);
  if (!partner) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/partners/${id}`} className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('editTitle', { name: partner.name })}</h1>
      <PartnerForm
        regions={places.regions}
        mrcs={places.mrcs}
        partner={{
          id: partner.id,
          version: partner.version,
          name: partner.name,
          kind: partner.kind,
          regionCode: partner.regionCode,
          mrcId: partner.mrcId ?? '',
          services: partner.services ?? '',
          territory: partner.territory ?? '',
          address: partner.address ?? '',
          contactName: partner.contactName ?? '',
          email: partner.email ?? '',
          phone: partner.phone ?? '',
          website: partner.website ?? '',
          listedAsResource: partner.listedAsResource,
        }}
      />
    </div>
  );
}
