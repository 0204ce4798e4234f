import { en } from './messages/en';
import { fr, type Messages } from './messages/fr';
import { INTL_LOCALES, TIME_ZONE, type IntlLocale, type Locale } from './locale';

// English has the reference's keys (typed as Catalogue); next-intl sees both as the reference type.
const CATALOGUES: Record<Locale, Messages> = { fr, en: en as Messages };

/**
 * What next-intl needs for one language, the same for pages (lib/i18n/request.ts) and for code outside
 * React (lib/i18n/translator.ts), so a PDF or an export words and formats exactly as the screen does.
 */
export function intlConfig(locale: Locale): { locale: IntlLocale; messages: Messages; timeZone: string } {
  return { locale: INTL_LOCALES[locale], messages: CATALOGUES[locale], timeZone: TIME_ZONE };
}

/**
 * The namespaces client components read (`useTranslations` under 'use client'); only these are sent to
 * the browser. tests/unit/i18n.test.ts fails when a client component reads another one.
 */
export const CLIENT_NAMESPACES = ['signIn', 'account', 'staff', 'user', 'validation', 'actionErrors', 'persons', 'enums', 'dataTable', 'staffList', 'feedback', 'dateField', 'fields', 'employers', 'agreements', 'projects', 'partners', 'reference', 'privacy', 'live', 'imports', 'errors'] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
