import type { RowData } from '@tanstack/react-table';
import type { ParserMap } from 'nuqs/server';
import type { UrlParams } from '@/lib/search-params/define';
import type { Sort } from '@/lib/search-params/parsers';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameters must match the original
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The column's name wherever it appears: header, phone card, column choice, sort choice. */
    label: string;
    /**
     * 'key': shown on phones too, where each row becomes a card. 'secondary' (the default): shown from the
     * `md` breakpoint up, in the table only; the row's own page has it.
     */
    priority?: 'key' | 'secondary';
    /** Classes of the column's cells (alignment, width, wrapping). */
    className?: string;
  }
}

/**
 * Every text of the table. Plain strings, and functions for the sentences with values (numbers come
 * formatted). The app's are in the catalogue's `dataTable` namespace: `useDataTableLabels()`.
 */
export interface DataTableLabels {
  filters: string;
  apply: string;
  reset: string;
  sortBy: string;
  sortOption: (values: { column: string; direction: string }) => string;
  ascending: string;
  descending: string;
  pageSize: string;
  columns: string;
  columnsLegend: string;
  rangeStatus: (values: { from: number; to: number; total: number }) => string;
  sortStatus: (values: { column: string; direction: string }) => string;
  pagination: string;
  pageStatus: (values: { page: number; pageCount: number }) => string;
  previous: string;
  next: string;
  empty: string;
  emptyFiltered: string;
  pastLastPage: string;
  firstPage: string;
  loading: string;
}

/**
 * The URL parameters of a screen with a data table: `page`, `pageSize` and `sort` (tableParams() in
 * lib/search-params/parsers.ts) and the screen's filters.
 */
export type TableUrlParams = UrlParams<ParserMap>;

/** The state the server used for the page it sent (validated), with the screen's filters. */
export interface TableState {
  page: number;
  pageSize: number;
  sort: Sort;
  [filter: string]: unknown;
}
