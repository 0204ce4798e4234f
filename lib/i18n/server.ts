import 'server-only';
import { cookies } from 'next/headers';
import { en } from './messages/en';
import { fr, type Messages } from './messages/fr';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from './locale';

const CATALOGUES: Record<Locale, Messages> = { fr, en };

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getMessages(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: CATALOGUES[locale] };
}
