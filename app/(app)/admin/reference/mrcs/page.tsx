import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReferenceTabs } from '@/components/reference/reference-tabs';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { listMrcsByRegion } from '@/lib/reference/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference');
  return { title: `${t('mrcs')} – ${t('title')}` };
}

/** Thirteen rows in three regions: a list per region reads better than a paged table. */
export default async function MrcsPage() {
  const user = await requireUser();
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference/mrcs' });
  const t = await getTranslations('reference');
  const groups = await listMrcsByRegion(getDb());
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        <Link href="/admin/reference/mrcs/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {t('mrc.newTitle')}
        </Link>
      </div>
      <ReferenceTabs current="mrcs" />
      <h2 className="text-2xl font-semibold">{t('mrcs')}</h2>
      <p>{t('mrc.listIntro')}</p>
      {groups.map((group) => (
        <section key={group.regionCode} aria-labelledby={`region-${group.regionCode}`} className="space-y-2">
          <h3 id={`region-${group.regionCode}`} className="text-xl font-semibold">
            {t('mrc.regionHeading', { code: group.regionCode, name: group.regionName })}
          </h3>
          <ul className="divide-y divide-qc-blue-pale border-y border-qc-blue-pale">
            {group.items.map((mrc) => (
              <li key={mrc.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/admin/reference/mrcs/${mrc.id}`} aria-label={t('mrc.edit', { name: mrc.name })} className="font-semibold text-qc-blue underline">
                  {mrc.name}
                </Link>
                <span className="text-sm text-qc-grey-dark">{t('mrc.servicePointCount', { count: mrc.servicePoints })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
