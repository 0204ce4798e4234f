import { z } from 'zod';
import { EMPLOYER_FILE_STATUSES, NAICS_SECTORS, type NaicsSector } from '@/db/enums/employers';
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { dateRangeParams, searchParam, tableParams } from '@/lib/search-params/parsers';

// The employer files list's URL (/employers?q=…&status=open&naics=21&sort=opened.desc&page=2), read by the
// page, its table, the CSV export and the JSON-free route. Shared with the browser: no database here.

/**
 * The list counts exactly up to this many files; beyond, it says "more than 1,000" and offers the first
 * pages only (as the persons list: every read stays bounded, README, Benchmarks).
 */
export const EMPLOYER_COUNT_LIMIT = 1000;

export function lastEmployerPage(pageSize = 25): number {
  return Math.max(1, Math.floor(EMPLOYER_COUNT_LIMIT / pageSize));
}

export const EMPLOYER_SORT_COLUMNS = ['name', 'opened'] as const;
export type EmployerFileStatus = (typeof EMPLOYER_FILE_STATUSES)[number];

const opened = dateRangeParams('openedFrom', 'openedTo');

export const employerFilesListParams = defineUrlParams(
  {
    ...tableParams({ sortable: EMPLOYER_SORT_COLUMNS, defaultSort: { column: 'opened', direction: 'desc' } }),
    /** Words of the business's legal name (accents, case, punctuation ignored), or its NEQ's digits. */
    q: searchParam({ max: 100 }),
    status: urlParam<EmployerFileStatus>(z.enum(EMPLOYER_FILE_STATUSES, { message: 'invalid' }), String),
    mrc: urlParam<string>(z.uuid({ message: 'invalid' }), String),
    naics: urlParam<NaicsSector>(z.enum(NAICS_SECTORS, { message: 'invalid' }), String),
    adviser: urlParam<string>(z.uuid({ message: 'invalid' }), String),
    ...opened.params,
  },
  opened.check,
);

export type EmployerFilesListValues = UrlParamValues<typeof employerFilesListParams>;

/** What listEmployerFiles takes. */
export interface EmployerFileListQuery {
  page: number;
  pageSize: number;
  search?: string;
  status?: EmployerFileStatus;
  mrcId?: string;
  naicsSector?: NaicsSector;
  adviserId?: string;
  openedFrom?: string;
  openedTo?: string;
  sort: 'name_asc' | 'name_desc' | 'opened_asc' | 'opened_desc';
}

export function toEmployerListQuery(values: EmployerFilesListValues): EmployerFileListQuery {
  return {
    page: Math.min(values.page, lastEmployerPage(values.pageSize)),
    pageSize: values.pageSize,
    search: values.q ?? undefined,
    status: values.status ?? undefined,
    mrcId: values.mrc ?? undefined,
    naicsSector: values.naics ?? undefined,
    adviserId: values.adviser ?? undefined,
    openedFrom: values.openedFrom ?? undefined,
    openedTo: values.openedTo ?? undefined,
    sort: `${values.sort.column}_${values.sort.direction}` as EmployerFileListQuery['sort'],
  };
}
