import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy');
  return { title: t('title') };
}

const SECTIONS = [
  { href: '/privacy/incidents', key: 'incidents' },
  { href: '/privacy/retention', key: 'retention' },
  { href: '/privacy/communications', key: 'communications' },
  { href: '/privacy/corrections', key: 'corrections' },
  { href: '/privacy/access-log', key: 'accessLog' },
] as const;

/** The privacy officer's home: the registers and the retention schedule. */
export default async function PrivacyPage() {
  const user = await requireUser();
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy' });
  const t = await getTranslations('privacy');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('intro')}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href} className="rounded border border-qc-grey-pale p-4">
            <h2 className="text-xl font-semibold">
              <Link href={section.href} className="text-qc-blue underline">
                {t(`sections.${section.key}`)}
              </Link>
            </h2>
            <p>{t(`sections.${section.key}Help`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
