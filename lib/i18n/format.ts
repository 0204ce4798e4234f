import { INTL_LOCALES, languageOf, TIME_ZONE, type IntlLocale, type Locale } from './locale';

/**
 * A long date the Quebec way: « 1er août 2019 » (French writes the first of a month as an ordinal, which no
 * Intl or ICU format does), "August 1, 2019". A `YYYY-MM-DD` string is a calendar date and never shifts; a
 * Date is an instant, shown on its day in Quebec (America/Toronto).
 */
export function formatDate(value: string | Date, locale: Locale | IntlLocale): string {
  const language = languageOf(locale);
  const calendarDate = typeof value === 'string';
  const date = calendarDate ? new Date(`${value}T12:00:00Z`) : value;
  const parts = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'long', timeZone: calendarDate ? 'UTC' : TIME_ZONE }).formatToParts(date);
  return parts.map((part) => (language === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}
