import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { NAICS_SECTORS, type NaicsSector } from '@/db/enums/employers';
import { countryName } from '@/lib/persons/countries';
import type { BreakdownCell } from './dashboard';
import type { Dimension } from './figures';
import { HIDDEN_TEXT, type SuppressedCount } from './suppression';

// How a breakdown's keys read, on the page and in the exports (the same words in both).

const isNaicsSector = (code: string): code is NaicsSector => (NAICS_SECTORS as readonly string[]).includes(code);

export interface LabelTranslators {
  locale: string;
  /** The dashboard namespace's `breakdowns.notRecorded`. */
  notRecorded: string;
  /** "23 Construction": the sector's code and name, as the employer forms show it. */
  sector: (code: string) => string;
  need: (key: string) => string;
  category: (key: string) => string;
}

export function monthLabel(key: string, locale: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** "août 19", "Aug 19": under a chart's column. */
export function shortMonthLabel(key: string, locale: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

export function cellLabel(dimension: Dimension, cell: Pick<BreakdownCell, 'key' | 'label'>, words: LabelTranslators): string {
  if (cell.key === null) return words.notRecorded;
  switch (dimension) {
    case 'month':
      return monthLabel(cell.key, words.locale);
    case 'need':
      return words.need(cell.key);
    case 'category':
      return words.category(cell.key);
    case 'country':
      return countryName(cell.key, words.locale);
    case 'sector':
      return words.sector(cell.key);
    default:
      return cell.label ?? cell.key;
  }
}

/** A count as text: the number in the reader's format, or "< 5". */
export function countText(count: SuppressedCount, formatNumber: (value: number) => string): string {
  return count.hidden ? HIDDEN_TEXT : formatNumber(count.value);
}

/** The words of the request's language, for the page and the exports. */
export async function labelTranslators(): Promise<LabelTranslators> {
  const [t, tEnums, tSectors, locale] = await Promise.all([
    getTranslations('dashboard.breakdowns'),
    getTranslations('enums'),
    getTranslations('employers.enums.naicsSectors'),
    getLocale(),
  ]);
  return {
    locale,
    notRecorded: t('notRecorded'),
    // The check constraint keeps other codes out; should the list grow before this one does, a code still reads.
    sector: (code) => (isNaicsSector(code) ? tSectors(code) : t('sectorCode', { code })),
    need: (key) => tEnums(`needs.${key as 'employment'}`),
    category: (key) => tEnums(`immigrationCategories.${key as 'other'}`),
  };
}
