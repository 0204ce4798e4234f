import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PartnersTable } from '@/components/partners/partners-table';
import { getDb } from '@/db/client';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { partnersListParams, type PartnersListValues } from '@/lib/partners/list-params';
import { listPartners, listRegionsWithMrcs } from '@/lib/partners/queries';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';
import { ListPageFrame } from '@/components/data-table/list-page-frame';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partners');
  return { title: t('title') };
}

export default async function PartnersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  if (!(await checkAccess(user, ['partner:read'], { endpoint: 'page /partners' }))) notFound();
  const t = await getTranslations('partners');
  const { values, invalid } = readSearchParams(partnersListParams, await searchParams);
  return (
    <ListPageFrame
      title={t('title')}
      intro={t('intro')}
      newLink={can(user.role, 'reference:manage') ? { href: '/partners/new', label: t('newPartner') } : null}
      invalidNotice={invalid.length > 0 ? t('invalid') : null}
      loading={{ label: t('caption'), columns: 5 }}
    >
      <PartnersResults user={user} state={values} />
    </ListPageFrame>
  );
}

async function PartnersResults({ user, state }: { user: SessionUser; state: PartnersListValues }) {
  const db = getDb();
  const [result, places] = await Promise.all([listPartners(db, user, state), listRegionsWithMrcs(db)]);
  return <PartnersTable rows={result.rows} total={result.total} state={state} regions={places.regions} mrcs={places.mrcs} />;
}
