import { useLocale, useTranslations } from 'next-intl';
import { INTL_LOCALES, languageOf, type Locale } from '@/lib/i18n/locale';

export interface LanguageSwitchProps {
  /** The server action that remembers the choice (app/_actions/language.ts). */
  action: (formData: FormData) => Promise<void>;
}

/**
 * A plain form: works without JavaScript, and the choice is kept in a cookie. The button names the other
 * language in that language (lang attribute), as government sites do, so screen readers pronounce it right.
 */
export function LanguageSwitch({ action }: LanguageSwitchProps) {
  const t = useTranslations('locale');
  const other: Locale = languageOf(useLocale()) === 'fr' ? 'en' : 'fr';
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={INTL_LOCALES[other]}
        className="rounded px-2 py-1 text-sm font-semibold text-white underline hover:bg-white/10"
      >
        {t('switchTo')}
      </button>
    </form>
  );
}
