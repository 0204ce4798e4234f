import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';

export default async function NotFound() {
  const { m } = await getMessages();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="mb-4 text-3xl font-bold">{m.errors.notFoundTitle}</h1>
      <p className="mb-6">{m.errors.notFoundText}</p>
      <Link href="/" className="font-semibold text-qc-blue underline">
        {m.errors.backHome}
      </Link>
    </main>
  );
}
