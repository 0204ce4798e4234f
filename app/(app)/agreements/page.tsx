import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { AgreementsTable } from '@/components/agreements/agreements-table';
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { getDb } from '@/db/client';
import { agreementsListParams, type AgreementsListValues } from '@/lib/agreements/list-params';
import { formatCents } from '@/lib/agreements/money';
import { listAgreements, listMrcChoices } from '@/lib/agreements/queries';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import type { IntlLocale } from '@/lib/i18n/locale';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agreements');
  return { title: t('title') };
}

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  if (!(await checkAccess(user, ['agreement:read'], { endpoint: 'page /agreements' }))) notFound();
  const t = await getTranslations('agreements');
  const { values, invalid } = readSearchParams(agreementsListParams, await searchParams);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        {can(user.role, 'agreement:write') && (
          <Link href="/agreements/new" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
            {t('newAgreement')}
          </Link>
        )}
      </div>
      {invalid.length > 0 && (
        <p role="status" className="border-l-4 border-qc-red bg-qc-red-pale p-3">
          {t('invalid')}
        </p>
      )}
      <Suspense fallback={<DataTableSkeleton label={t('caption')} columns={6} />}>
        <AgreementsResults user={user} state={values} />
      </Suspense>
    </div>
  );
}

async function AgreementsResults({ user, state }: { user: SessionUser; state: AgreementsListValues }) {
  const db = getDb();
  const [result, mrcs, t, locale] = await Promise.all([listAgreements(db, user, state), listMrcChoices(db, user), getTranslations('agreements'), getLocale()]);
  const rows = result.rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    title: row.title,
    partnerName: row.partnerName,
    program: row.program,
    programComponent: row.programComponent,
    amount: formatCents(row.amountCents, locale as IntlLocale),
    status: row.status,
    signedOn: row.signedOn,
    mrcs: row.mrcs.map((mrc) => mrc.name).join(', '),
  }));
  return (
    <>
      <AgreementsTable rows={rows} total={result.total} state={state} mrcs={mrcs} />
      <p>
        <a href={agreementsListParams.serialize('/agreements/export', { ...state, page: 1 })} className="font-semibold text-qc-blue underline" download>
          {t('export')}
        </a>
      </p>
    </>
  );
}
