import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { OpenFileForm } from '@/components/employers/open-file-form';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getBusinessSummary } from '@/lib/employers/queries';
import { listRegionMrcs } from '@/lib/persons/options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('employers');
  return { title: t('newFile') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /employers/new: a file for a new business; ?business=<id>: a new file for a business of the region. */
export default async function NewEmployerFilePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  await requirePermission(user, 'employer:write', { endpoint: 'page /employers/new' });
  const db = getDb();
  const { business: businessParam } = await searchParams;
  let business = null;
  if (businessParam !== undefined) {
    const id = z.string().uuid().safeParse(businessParam);
    business = id.success ? await getBusinessSummary(db, user, id.data) : null;
    if (!business) notFound();
  }
  const [t, mrcs] = await Promise.all([getTranslations('employers'), listRegionMrcs(db, user)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('newFile')}</h1>
      <OpenFileForm business={business} mrcs={mrcs} />
    </div>
  );
}
