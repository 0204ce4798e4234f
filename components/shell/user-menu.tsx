import { format } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages/fr';
import type { SessionUser } from '@/lib/auth/current-user';

export interface UserMenuProps {
  user: SessionUser;
  messages: Messages['user'];
  /** The sign-out server action (app/_actions/sign-out.ts), passed down from app/. */
  signOutAction: () => Promise<void>;
}

export function UserMenu({ user, messages, signOutAction }: UserMenuProps) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>
        <span className="block font-semibold">{format(messages.signedInAs, { name: user.displayName })}</span>
        <span className="block text-white/85">{messages.roles[user.role]}</span>
      </p>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-white px-3 py-1 font-semibold hover:bg-white/10">
          {messages.signOut}
        </button>
      </form>
    </div>
  );
}
