import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AgreementsTable } from '@/components/agreements/agreements-table';
import { getDb } from '@/db/client';
import { agreementsListParams, type AgreementsListValues } from '@/lib/agreements/list-params';
import { formatCents } from '@/lib/agreements/money';
import { listAgreements, listMrcChoices } from '@/lib/agreements/queries';
import { checkAccess } from '@/lib/auth/access';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import type { IntlLocale } from '@/lib/i18n/locale';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';
import { ListPageFrame } from '@/components/data-table/list-page-frame';

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
    <ListPageFrame
      title={t('title')}
      intro={t('intro')}
      newLink={can(user.role, 'agreement:write') ? { href: '/agreements/new', label: t('newAgreement') } : null}
      invalidNotice={invalid.length > 0 ? t('invalid') : null}
      loading={{ label: t('caption'), columns: 6 }}
    >
      <AgreementsResults user={user} state={values} />
    </ListPageFrame>
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
