import type { ReactNode } from 'react';
import { MainNav } from '@/components/shell/main-nav';
import { SiteHeader } from '@/components/shell/site-header';
import { setLocale } from '@/app/_actions/language';
import { signOutAction } from '@/app/_actions/sign-out';
import { UserMenu } from '@/components/shell/user-menu';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import type { Messages } from '@/lib/i18n/messages/fr';
import { getMessages } from '@/lib/i18n/server';

// Only what exists and what the role may open.
function navigationFor(user: SessionUser, m: Messages) {
  return [
    { href: '/', label: m.nav.home },
    ...(can(user.role, 'staff:manage') ? [{ href: '/admin/staff', label: m.nav.staff }] : []),
    { href: '/account', label: m.nav.account },
  ];
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ passwordChange: true });
  const { locale, m } = await getMessages();
  return (
    <>
      <SiteHeader locale={locale} messages={m} languageAction={setLocale}>
        <UserMenu user={user} messages={m.user} signOutAction={signOutAction} />
      </SiteHeader>
      <MainNav label={m.app.mainNavigation} items={navigationFor(user, m)} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
