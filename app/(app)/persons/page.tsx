import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PersonsTable, type PersonRow } from '@/components/persons/persons-table';
import { getDb } from '@/db/client';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { countryName } from '@/lib/persons/countries';
import { formatDate } from '@/lib/i18n/format';
import { COUNT_LIMIT, lastListablePage } from '@/lib/persons/list-query';
import { personsListParams, toListQuery, type PersonsListValues } from '@/lib/persons/list-params';
import { listAgents, listRegionMrcs } from '@/lib/persons/options';
import { listPersons } from '@/lib/persons/queries';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';
import { ListPageFrame } from '@/components/data-table/list-page-frame';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('persons');
  return { title: t('title') };
}

export default async function PersonsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  // Advisers reach a person through a hire only (names, from their employer files), not through this list.
  if (!(await checkAccess(user, ['person:read'], { endpoint: 'page /persons' }))) notFound();
  const [t, tList, tDashboard, locale] = await Promise.all([getTranslations('persons'), getTranslations('persons.list'), getTranslations('dashboard'), getLocale()]);
  // The view lives in the URL (bookmark, share); a bad or repeated parameter falls back to its default.
  const { values, invalid } = readSearchParams(personsListParams, await searchParams);
  // The list offers the first pages only (README, Benchmarks): a page past them shows the last one.
  const state = { ...values, page: Math.min(values.page, lastListablePage(values.pageSize)) };
  return (
    <ListPageFrame
      title={t('title')}
      intro={tList('intro')}
      newLink={can(user.role, 'person:write') ? { href: '/persons/new', label: t('newPerson') } : null}
      notices={
        state.activeFrom &&
        state.activeTo && (
          // Opened from a figure of the dashboard: say which period the list stands for, and how to leave it.
          <p role="status" data-testid="drill-down-notice" className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">
            {tDashboard('drillDown.notice', { from: formatDate(state.activeFrom, locale), to: formatDate(state.activeTo, locale) })}{' '}
            <Link href={personsListParams.serialize('/persons', { ...state, page: 1, activeFrom: null, activeTo: null, servicePoint: null, country: null, category: null })} className="font-semibold underline">
              {tDashboard('drillDown.clear')}
            </Link>
          </p>
        )
      }
      invalidNotice={invalid.length > 0 ? tList('invalid') : null}
      loading={{ label: tList('caption'), columns: 5 }}
    >
      <PersonsResults user={user} state={state} />
    </ListPageFrame>
  );
}

async function PersonsResults({ user, state }: { user: SessionUser; state: PersonsListValues }) {
  const db = getDb();
  const [result, agents, mrcs, tList, locale] = await Promise.all([
    listPersons(db, user, toListQuery(state)),
    listAgents(db, user, user.role === 'agent' ? 'servicePoint' : 'region'),
    listRegionMrcs(db, user),
    getTranslations('persons.list'),
    getLocale(),
  ]);
  const rows = (result.rows as unknown as (Omit<PersonRow, 'country'> & { countryOfBirth: string })[]).map((row) => ({ ...row, country: countryName(row.countryOfBirth, locale) }));
  return (
    <>
      {!result.totalIsExact && (
        <p role="status" className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">
          {tList('moreThan', { count: String(COUNT_LIMIT), pages: String(lastListablePage(state.pageSize)) })}
        </p>
      )}
      <PersonsTable rows={rows} total={result.total} state={state} agents={agents} mrcs={mrcs} />
      <p>
        <a href={personsListParams.serialize("/persons/export", { ...state, page: 1 })} className="font-semibold text-qc-blue underline" download>
          {tList('export')}
        </a>
      </p>
    </>
  );
}
