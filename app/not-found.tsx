import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="mb-4 text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mb-6">{t('notFoundText')}</p>
      <Link href="/" className="font-semibold text-qc-blue underline">
        {t('backHome')}
      </Link>
    </main>
  );
}
