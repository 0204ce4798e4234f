import { z } from 'zod';
import { boundedText, calendarDate } from '@/lib/validation';
import { urlParam, type CrossCheck } from './define';

// The parameters every list shares. Error codes are those of lib/validation.ts (VALIDATION_SENTENCES for
// the API, the catalogue's `validation` for screens).

/** Beyond this a page number is a typing mistake or a probe, whatever the list's length. */
export const MAX_PAGE = 10_000;
/** The same choice on every list of the app. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** `page=2`: a whole number from 1, written without sign, exponent or leading zero. */
export const pageParam = urlParam(
  z
    .string({ message: 'invalidPage' })
    .regex(/^[1-9]\d{0,4}$/, 'invalidPage')
    .transform(Number)
    .refine((page) => page <= MAX_PAGE, 'invalidPage'),
  String,
).withDefault(1);

/** `pageSize=50`: one of PAGE_SIZES. */
export function pageSizeParam(defaultSize: PageSize = 25) {
  return urlParam(
    z
      .string({ message: 'invalidPageSize' })
      .regex(/^\d{1,3}$/, 'invalidPageSize')
      .transform(Number)
      .refine((size) => (PAGE_SIZES as readonly number[]).includes(size), 'invalidPageSize'),
    String,
  ).withDefault(defaultSize);
}

export type SortDirection = 'asc' | 'desc';
export interface Sort<Column extends string = string> {
  column: Column;
  direction: SortDirection;
}

/** `sort=name.desc`: a column of the allowed list (what the query can order by), then `asc` or `desc`. */
export function sortParam<const Column extends string>(columns: readonly Column[], defaultSort: Sort<NoInfer<Column>>) {
  return urlParam<Sort<Column>>(
    z.string({ message: 'invalidSort' }).transform((text, context) => {
      const match = /^([A-Za-z][A-Za-z0-9]*)\.(asc|desc)$/.exec(text);
      if (!match || !(columns as readonly string[]).includes(match[1]!)) {
        context.addIssue({ code: 'custom', message: 'invalidSort' });
        return z.NEVER;
      }
      return { column: match[1] as Column, direction: match[2] as SortDirection };
    }),
    (sort) => `${sort.column}.${sort.direction}`,
    (a, b) => a.column === b.column && a.direction === b.direction,
  ).withDefault(defaultSort);
}

/** `q=tremblay`: free text (lib/validation's text rule); an empty search is no search. */
export function searchParam({ max = 100 }: { max?: number } = {}) {
  return urlParam<string>(
    boundedText({ max }).transform((text) => (text === '' ? null : text)),
    (text) => text,
  );
}

/** `from=2019-08-01`: a calendar date (lib/validation's date rule: YYYY-MM-DD, a real day, DATE_RANGE). */
export const dateParam = urlParam<string>(calendarDate, (date) => date);

/** The parameters of a period (both ends included, each optional) and its rule: `from` not after `to`. */
export function dateRangeParams<const From extends string = 'from', const To extends string = 'to'>(from: From = 'from' as From, to: To = 'to' as To) {
  const params = { [from]: dateParam, [to]: dateParam } as Record<From | To, typeof dateParam>;
  const check: CrossCheck<Record<string, unknown>> = (values) => {
    const start = values[from];
    const end = values[to];
    return typeof start === 'string' && typeof end === 'string' && start > end ? { [from]: 'notAfterTo' } : undefined;
  };
  return { params, check };
}

/** page, pageSize and sort: what the data table reads and changes. */
export function tableParams<const Column extends string>(options: { sortable: readonly Column[]; defaultSort: Sort<NoInfer<Column>>; defaultPageSize?: PageSize }) {
  return {
    page: pageParam,
    pageSize: pageSizeParam(options.defaultPageSize),
    sort: sortParam(options.sortable, options.defaultSort),
  };
}
