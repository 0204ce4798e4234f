import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';

export interface SiteHeaderProps {
  /** Signed-in user block (name, sign-out), absent on the sign-in page. */
  children?: ReactNode;
  /** The language switch's server action, passed down from app/ (components never import app/). */
  languageAction: (formData: FormData) => Promise<void>;
}

export function SiteHeader({ children, languageAction }: SiteHeaderProps) {
  const t = useTranslations('app');
  return (
    <header className="bg-qc-blue-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <p className="text-xl font-bold tracking-tight">{t('name')}</p>
          <p className="text-sm text-white/85">{t('ministry')}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          {children}
          <LanguageSwitch action={languageAction} />
        </div>
      </div>
    </header>
  );
}
