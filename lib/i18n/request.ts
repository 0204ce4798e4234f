import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { intlConfig } from './config';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from './locale';

// next-intl's request configuration (named in next.config.js): the language is the `locale` cookie set by
// app/_actions/language.ts, never a URL segment. Reading the cookie makes every page dynamic, as before.
export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return intlConfig(isLocale(value) ? value : DEFAULT_LOCALE);
});
