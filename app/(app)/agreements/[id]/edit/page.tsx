import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AgreementForm } from '@/components/agreements/agreement-form';
import { getDb } from '@/db/client';
import { centsToInput } from '@/lib/agreements/amount';
import { agreementFormOptions } from '@/lib/agreements/form-options';
import { getAgreement } from '@/lib/agreements/queries';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agreements');
  return { title: t('edit') };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['agreement:write'], { endpoint: 'page /agreements/[id]/edit', entityId: idOf({ id }) }))) notFound();
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const agreement = await getAgreement(db, user, id);
  if (!agreement) notFound();
  const [t, locale] = await Promise.all([getTranslations('agreements'), getLocale()]);
  const options = await agreementFormOptions(db, user, (name) => t('inactivePartner', { name }), agreement.partnerId);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/agreements/${id}`} className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('editTitle', { reference: agreement.reference })}</h1>
      <AgreementForm
        agreement={{
          id: agreement.id,
          version: agreement.version,
          reference: agreement.reference,
          title: agreement.title,
          partnerId: agreement.partnerId,
          program: agreement.program,
          programComponent: agreement.programComponent ?? '',
          amount: centsToInput(agreement.amountCents, locale.startsWith('en') ? 'en' : 'fr'),
          status: agreement.status,
          signedOn: agreement.signedOn ?? '',
          startsOn: agreement.startsOn,
          endsOn: agreement.endsOn,
          mrcIds: agreement.mrcs.map((mrc) => mrc.id),
          deliverables: agreement.deliverables ?? '',
        }}
        partners={options.partners}
        mrcGroups={options.mrcGroups}
      />
    </div>
  );
}
