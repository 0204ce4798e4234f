/** The interface languages: the `locale` cookie's values and the catalogues' names. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';
export const LOCALE_COOKIE = 'locale';

/**
 * The tag each language formats with and declares (`<html lang>`): Quebec's conventions, e.g. a no-break
 * space between thousands in French (`fr` alone would give a narrow one). next-intl works with these tags.
 */
export const INTL_LOCALES = { fr: 'fr-CA', en: 'en-CA' } as const satisfies Record<Locale, string>;
export type IntlLocale = (typeof INTL_LOCALES)[Locale];

/** Every timestamp is shown in Quebec's time (Eastern). Calendar dates have no time zone. */
export const TIME_ZONE = 'America/Toronto';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** 'fr-CA' → 'fr'; a language passes through. */
export function languageOf(locale: Locale | IntlLocale): Locale {
  return isLocale(locale) ? locale : (locale.slice(0, 2) as Locale);
}
