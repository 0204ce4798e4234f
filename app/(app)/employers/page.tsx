import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EmployerFilesTable } from '@/components/employers/employer-files-table';
import { getDb } from '@/db/client';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { EMPLOYER_COUNT_LIMIT, employerFilesListParams, lastEmployerPage, toEmployerListQuery, type EmployerFilesListValues } from '@/lib/employers/list-params';
import { listEmployerFiles, listRegionAdvisers } from '@/lib/employers/queries';
import { listRegionMrcs } from '@/lib/persons/options';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';
import { ListPageFrame } from '@/components/data-table/list-page-frame';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('employers');
  return { title: t('title') };
}

export default async function EmployerFilesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  if (!(await checkAccess(user, ['employer:read'], { endpoint: 'page /employers' }))) notFound();
  const [t, tList] = await Promise.all([getTranslations('employers'), getTranslations('employers.list')]);
  // The view lives in the URL (bookmark, share); a bad or repeated parameter falls back to its default.
  const { values, invalid } = readSearchParams(employerFilesListParams, await searchParams);
  const state = { ...values, page: Math.min(values.page, lastEmployerPage(values.pageSize)) };
  return (
    <ListPageFrame
      title={t('title')}
      intro={tList('intro')}
      newLink={can(user.role, 'employer:write') ? { href: '/employers/new', label: t('newFile') } : null}
      invalidNotice={invalid.length > 0 ? tList('invalid') : null}
      loading={{ label: tList('caption'), columns: 5 }}
    >
      <EmployerFilesResults user={user} state={state} />
    </ListPageFrame>
  );
}

async function EmployerFilesResults({ user, state }: { user: SessionUser; state: EmployerFilesListValues }) {
  const db = getDb();
  const [result, advisers, mrcs, tList] = await Promise.all([
    listEmployerFiles(db, user, toEmployerListQuery(state)),
    listRegionAdvisers(db, user),
    listRegionMrcs(db, user),
    getTranslations('employers.list'),
  ]);
  return (
    <>
      {!result.totalIsExact && (
        <p role="status" className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">
          {tList('moreThan', { count: String(EMPLOYER_COUNT_LIMIT), pages: String(lastEmployerPage(state.pageSize)) })}
        </p>
      )}
      <EmployerFilesTable rows={result.rows} total={result.total} state={state} advisers={advisers} mrcs={mrcs} />
      <p>
        <a href={employerFilesListParams.serialize('/employers/export', { ...state, page: 1 })} className="font-semibold text-qc-blue underline" download>
          {tList('export')}
        </a>
      </p>
    </>
  );
}
