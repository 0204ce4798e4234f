import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AgreementForm } from '@/components/agreements/agreement-form';
import { getDb } from '@/db/client';
import { agreementFormOptions } from '@/lib/agreements/form-options';
import { checkAccess } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agreements');
  return { title: t('createTitle') };
}

export default async function NewAgreementPage() {
  const user = await requireUser();
  if (!(await checkAccess(user, ['agreement:write'], { endpoint: 'page /agreements/new' }))) notFound();
  const t = await getTranslations('agreements');
  const options = await agreementFormOptions(getDb(), user, (name) => t('inactivePartner', { name }));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/agreements" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('createTitle')}</h1>
      <AgreementForm partners={options.partners} mrcGroups={options.mrcGroups} />
    </div>
  );
}
