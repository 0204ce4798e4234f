'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locale';

/** Remembers the chosen interface language for a year. Public: the sign-in page offers it too. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData instanceof FormData ? formData.get('locale') : null;
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: 60 * 60 * 24 * 365,
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && process.env.AUTH_URL?.startsWith('https://') === true,
  });
  revalidatePath('/', 'layout');
}
