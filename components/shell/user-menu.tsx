import { useTranslations } from 'next-intl';
import type { SessionUser } from '@/lib/auth/current-user';

export interface UserMenuProps {
  user: SessionUser;
  /** The sign-out server action (app/_actions/sign-out.ts), passed down from app/. */
  signOutAction: () => Promise<void>;
}

export function UserMenu({ user, signOutAction }: UserMenuProps) {
  const t = useTranslations('user');
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>
        <span className="block font-semibold">{t('signedInAs', { name: user.displayName })}</span>
        {/* Role and service point on lines of their own: side by side, the adviser's (the longest pair) made
            the header wrap onto two rows at 1280 px. Stacked, the block is as wide as its longest part. */}
        <span className="block text-white/85">{t(`roles.${user.role}`)}</span>
        {user.servicePointName && <span className="block text-white/85">{t('servicePoint', { name: user.servicePointName })}</span>}
      </p>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-white px-3 py-1 font-semibold hover:bg-white/10">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
