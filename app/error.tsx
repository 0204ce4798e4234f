'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/db/availability';

// The error page of every page under the root layout, the signed-in shell's own layout included (its
// session check reads the database). Next.js gives the browser only the error's digest, never its message:
// a database outage carries a digest of ours (db/query-errors.ts) and gets a "temporarily unavailable"
// page; any other failure a generic page with the digest as the reference that the server's log holds.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  const router = useRouter();
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  // A server component's failure is only retried by rendering it again on the server.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10" data-testid={unavailable ? 'service-unavailable' : 'page-error'}>
      <h1 className="mb-4 text-3xl font-bold">{t(unavailable ? 'unavailableTitle' : 'unexpectedTitle')}</h1>
      <p className="mb-6">{t(unavailable ? 'unavailableText' : 'unexpectedText')}</p>
      {!unavailable && error.digest && <p className="mb-6 text-sm">{t('reference', { reference: error.digest })}</p>}
      <button type="button" onClick={retry} className="rounded bg-qc-blue px-5 py-2 font-semibold text-white hover:bg-qc-blue-dark">
        {t('retry')}
      </button>
    </main>
  );
}
