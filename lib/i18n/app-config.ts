import type { Messages } from './messages/fr';
import type { IntlLocale } from './locale';

// Types every next-intl call: keys and ICU arguments come from the French catalogue (`as const`), so
// t('home.periodSummary') without { region, from, to }, or a key that does not exist, fails `tsc`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: IntlLocale;
    Messages: Messages;
  }
}
