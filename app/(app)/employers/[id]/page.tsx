import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { EmployerFileView } from '@/components/employers/employer-file-view';
import { getDb } from '@/db/client';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { getEmployerFile } from '@/lib/employers/file';
import { formatDate } from '@/lib/i18n/format';
import { listRegionMrcs } from '@/lib/persons/options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('employers');
  return { title: t('title') };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EmployerFilePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['employer:read'], { endpoint: 'page /employers/[id]', entityId: idOf({ id }) }))) notFound();
  if (!z.string().uuid().safeParse(id).success) notFound();
  const db = getDb();
  const file = await getEmployerFile(db, user, id);
  if (!file) notFound();
  const [t, mrcs, locale] = await Promise.all([getTranslations('employers.file'), listRegionMrcs(db, user), getLocale()]);
  const { notice } = await searchParams;
  const canWrite = can(user.role, 'employer:write');
  const previous = file.reopenedFromId ? file.history.find((other) => other.id === file.reopenedFromId) : undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/employers" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{file.business.legalName}</h1>
      {previous && (
        <p>
          <Link href={`/employers/${previous.id}`} className="text-qc-blue underline">
            {t('reopenedFrom', { date: formatDate(previous.openedOn, locale === 'en-CA' ? 'en' : 'fr') })}
          </Link>
        </p>
      )}
      {notice === 'opened' && (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
          {t('openedNotice')}
        </p>
      )}
      {!canWrite && <p className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">{t('readOnly')}</p>}
      <EmployerFileView file={file} canWrite={canWrite} mrcs={mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))} />
    </div>
  );
}
