import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContactLineForm } from '@/components/reference/contact-line-form';
import { ReferenceTabs } from '@/components/reference/reference-tabs';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getContactLine } from '@/lib/reference/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reference');
  return { title: `${t('contactLine')} – ${t('title')}` };
}

/** The reference data's first screen: the shared contact line, and the tabs to the other sections. */
export default async function ReferencePage() {
  const user = await requireUser();
  await requirePermission(user, 'reference:manage', { endpoint: 'page /admin/reference' });
  const t = await getTranslations('reference');
  const contactLine = await getContactLine(getDb());
  if (!contactLine) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p>{t('intro')}</p>
      </div>
      <ReferenceTabs current="contact" />
      <section aria-labelledby="contact-heading" className="max-w-2xl space-y-4">
        <h2 id="contact-heading" className="text-2xl font-semibold">
          {t('contactLine')}
        </h2>
        <p>{t('contact.intro')}</p>
        {/* key: after a save the form starts again from the new version, so a stale edit is caught. */}
        <ContactLineForm key={contactLine.version} contactLine={contactLine} />
      </section>
    </div>
  );
}
