import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportScreen } from '@/components/imports/import-screen';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { importScreen } from '@/lib/imports/screen';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('imports');
  return { title: t('title') };
}

/** The persons import: an agent's own service point, or the one an admin names. */
export default async function ImportsPage() {
  const user = await requireUser();
  await requirePermission(user, 'import:persons', { endpoint: 'page /imports' });
  return <ImportScreen kind="persons" data={await importScreen(getDb(), user, 'persons')} />;
}
