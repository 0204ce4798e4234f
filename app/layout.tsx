import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientMessages } from '@/lib/i18n/config';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s – ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations('app')]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-qc-blue-dark antialiased">
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        {/* Locale, time zone and formats come from lib/i18n/request.ts; only the namespaces client components read are sent. */}
        <NextIntlClientProvider messages={clientMessages(messages)}>
          {/* URL state of lists and filters (nuqs): the client side of lib/search-params. */}
          <NuqsAdapter>{children}</NuqsAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
