import 'server-only';
import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { formatDate } from './format';
import { intlConfig } from './config';
import { languageOf, type IntlLocale, type Locale } from './locale';
import type { Messages } from './messages/fr';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The catalogue outside React (exports, PDF, e-mails), for a language given explicitly rather than read
 * from the request: `const { t, format } = getTranslator('fr', 'persons'); t('count', { count: 3 })`.
 * Same messages, ICU plurals, fr-CA / en-CA formats and time zone as the pages.
 */
export function getTranslator<N extends Namespace = never>(locale: Locale | IntlLocale, namespace?: N) {
  const language = languageOf(locale);
  const config = intlConfig(language);
  return {
    locale: config.locale,
    t: createTranslator<Messages, N>({ ...config, namespace }),
    format: createFormatter(config),
    /** « 1er août 2019 »: see lib/i18n/format.ts. */
    formatDate: (value: string | Date) => formatDate(value, language),
  };
}
