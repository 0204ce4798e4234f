import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PartnerForm } from '@/components/partners/partner-form';
import { getDb } from '@/db/client';
import { checkAccess } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { listRegionsWithMrcs } from '@/lib/partners/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partners');
  return { title: t('createTitle') };
}

export default async function NewPartnerPage() {
  const user = await requireUser();
  if (!(await checkAccess(user, ['reference:manage'], { endpoint: 'page /partners/new' }))) notFound();
  const [t, places] = await Promise.all([getTranslations('partners'), listRegionsWithMrcs(getDb())]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/partners" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('createTitle')}</h1>
      <PartnerForm regions={places.regions} mrcs={places.mrcs} />
    </div>
  );
}
