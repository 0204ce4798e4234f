import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { MainNav } from '@/components/shell/main-nav';
import { SiteHeader } from '@/components/shell/site-header';
import { setLocale } from '@/app/_actions/language';
import { signOutAction } from '@/app/_actions/sign-out';
import { UserMenu } from '@/components/shell/user-menu';
import { Toaster } from '@/components/ui/toaster';
import { requireUser, type SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';

// Only what exists and what the role may open.
function navigationFor(user: SessionUser, t: Awaited<ReturnType<typeof getTranslations<'nav'>>>) {
  return [
    { href: '/', label: t('home') },
    ...(can(user.role, 'person:read') ? [{ href: '/persons', label: t('persons') }] : []),
    // One entry for the imports: the page of the kind the role imports (an admin switches kinds on it).
    ...(can(user.role, 'import:persons') ? [{ href: '/imports', label: t('imports') }] : can(user.role, 'import:employer-files') ? [{ href: '/imports/employer-files', label: t('imports') }] : []),
    ...(can(user.role, 'employer:read') ? [{ href: '/employers', label: t('employers') }] : []),
    ...(can(user.role, 'staff:manage') ? [{ href: '/admin/staff', label: t('staff') }] : []),
    ...(can(user.role, 'agreement:read') ? [{ href: '/agreements', label: t('agreements') }, { href: '/projects', label: t('projects') }] : []),
    ...(can(user.role, 'partner:read') ? [{ href: '/partners', label: t('partners') }] : []),
    ...(can(user.role, 'reference:manage') ? [{ href: '/admin/reference', label: t('reference') }] : []),
    ...(can(user.role, 'staff:read-by-location') ? [{ href: '/staff-by-location', label: t('staffByLocation') }] : []),
    ...(can(user.role, 'privacy:registers') ? [{ href: '/privacy', label: t('privacy') }] : []),
    { href: '/account', label: t('account') },
    ...(can(user.role, 'bilan:read') ? [{ href: '/bilan', label: t('bilan') }] : []),
  ];
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ passwordChange: true });
  const [t, tNav, tFeedback] = await Promise.all([getTranslations('app'), getTranslations('nav'), getTranslations('feedback')]);
  return (
    <>
      <SiteHeader languageAction={setLocale}>
        <UserMenu user={user} signOutAction={signOutAction} />
      </SiteHeader>
      <MainNav label={t('mainNavigation')} items={navigationFor(user, tNav)} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <Toaster labels={{ region: tFeedback('notifications'), close: tFeedback('close') }} />
    </>
  );
}
