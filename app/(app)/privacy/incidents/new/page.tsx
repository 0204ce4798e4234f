import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { IncidentForm } from '@/components/privacy/incident-form';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.incidents');
  return { title: t('newTitle') };
}

export default async function NewIncidentPage() {
  const user = await requireUser();
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy/incidents/new' });
  const t = await getTranslations('privacy.incidents');
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/privacy/incidents" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('newTitle')}</h1>
      <p>{t('intro')}</p>
      <IncidentForm />
    </div>
  );
}
