import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getMessages } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: { default: m.app.name, template: `%s – ${m.app.name}` }, description: m.app.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, m } = await getMessages();
  return (
    <html lang={locale === 'fr' ? 'fr-CA' : 'en-CA'}>
      <body className="min-h-screen bg-white font-sans text-qc-blue-dark antialiased">
        <a href="#main" className="skip-link">
          {m.app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
