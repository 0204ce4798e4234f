import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ProjectsTable } from '@/components/agreements/projects-table';
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { getDb } from '@/db/client';
import { projectsListParams, type ProjectsListValues } from '@/lib/agreements/list-params';
import { listFundedProjects, listMrcChoices } from '@/lib/agreements/queries';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('title') };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  if (!(await checkAccess(user, ['agreement:read'], { endpoint: 'page /projects' }))) notFound();
  const [t, tAgreements] = await Promise.all([getTranslations('projects'), getTranslations('agreements')]);
  const { values, invalid } = readSearchParams(projectsListParams, await searchParams);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p>{t('intro')}</p>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {tAgreements('invalid')}
        </p>
      )}
      <Suspense fallback={<DataTableSkeleton label={t('caption')} columns={5} />}>
        <ProjectsResults user={user} state={values} />
      </Suspense>
    </div>
  );
}

async function ProjectsResults({ user, state }: { user: SessionUser; state: ProjectsListValues }) {
  const db = getDb();
  const [result, mrcs] = await Promise.all([listFundedProjects(db, user, state), listMrcChoices(db, user)]);
  const rows = result.rows.map((row) => ({ ...row, mrcs: row.mrcs.map((mrc) => mrc.name).join(', ') }));
  return <ProjectsTable rows={rows} total={result.total} state={state} mrcs={mrcs} />;
}
