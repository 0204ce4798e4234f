import type { IntlLocale } from '@/lib/i18n/locale';

/**
 * Cents as the reader's language writes dollars: « 12 345,67 $ », "$12,345.67". Display only: every sum
 * and comparison is done on the integer cents.
 */
export function formatCents(cents: number, locale: IntlLocale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD' }).format(cents / 100);
}
