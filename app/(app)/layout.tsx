import type { ReactNode } from 'react';
import { MainNav } from '@/components/shell/main-nav';
import { SiteHeader } from '@/components/shell/site-header';
import { UserMenu } from '@/components/shell/user-menu';
import { requireUser } from '@/lib/auth/current-user';
import { getMessages } from '@/lib/i18n/server';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { locale, m } = await getMessages();
  return (
    <>
      <SiteHeader locale={locale} messages={m}>
        <UserMenu user={user} messages={m.user} />
      </SiteHeader>
      <MainNav label={m.app.mainNavigation} items={[{ href: '/', label: m.nav.home }]} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
