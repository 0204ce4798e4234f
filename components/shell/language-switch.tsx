import { setLocale } from '@/lib/i18n/actions';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages/fr';

export interface LanguageSwitchProps {
  locale: Locale;
  messages: Messages['locale'];
}

/**
 * A plain form: works without JavaScript, and the choice is kept in a cookie. The button names the other
 * language in that language (lang attribute), as government sites do, so screen readers pronounce it right.
 */
export function LanguageSwitch({ locale, messages }: LanguageSwitchProps) {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other === 'fr' ? 'fr-CA' : 'en-CA'}
        className="rounded px-2 py-1 text-sm font-semibold text-white underline hover:bg-white/10"
      >
        {messages.switchTo}
      </button>
    </form>
  );
}
