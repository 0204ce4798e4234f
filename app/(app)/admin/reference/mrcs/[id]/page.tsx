import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { MrcForm } from '@/components/reference/mrc-form';
import { getDb } from '@/db/client';
import { idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getMrc } from '@/lib/reference/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference');
  return { title: t('mrcs') };
}

export default async function EditMrcPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference/mrcs/[id]', entityId: idOf({ id }) });
  if (!z.string().uuid().safeParse(id).success) notFound();
  const mrc = await getMrc(getDb(), id);
  if (!mrc) notFound();
  const t = await getTranslations('reference');
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/reference/mrcs" className="text-qc-blue underline">
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold">{t('mrc.editTitle', { name: mrc.name })}</h1>
      <MrcForm key={mrc.version} mrc={mrc} regions={[]} />
    </div>
  );
}
