import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages/fr';
import { LanguageSwitch } from './language-switch';

export interface SiteHeaderProps {
  locale: Locale;
  messages: Messages;
  /** Signed-in user block (name, sign-out), absent on the sign-in page. */
  children?: ReactNode;
  /** The language switch's server action, passed down from app/ (components never import app/). */
  languageAction: (formData: FormData) => Promise<void>;
}

export function SiteHeader({ locale, messages, children, languageAction }: SiteHeaderProps) {
  return (
    <header className="bg-qc-blue-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <p className="text-xl font-bold tracking-tight">{messages.app.name}</p>
          <p className="text-sm text-white/85">{messages.app.ministry}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          {children}
          <LanguageSwitch locale={locale} messages={messages.locale} action={languageAction} />
        </div>
      </div>
    </header>
  );
}
