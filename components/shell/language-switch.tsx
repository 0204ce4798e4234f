import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages/fr';

export interface LanguageSwitchProps {
  locale: Locale;
  messages: Messages['locale'];
  /** The server action that remembers the choice (app/_actions/language.ts). */
  action: (formData: FormData) => Promise<void>;
}

/**
 * A plain form: works without JavaScript, and the choice is kept in a cookie. The button names the other
 * language in that language (lang attribute), as government sites do, so screen readers pronounce it right.
 */
export function LanguageSwitch({ locale, messages, action }: LanguageSwitchProps) {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (
    <form action={action}>
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
