'use client';
import { useFormatter, useTranslations } from 'next-intl';
import type { DataTableLabels } from './types';

/** The data table's texts from the catalogue (`dataTable`), numbers in the reader's format (1 234). */
export function useDataTableLabels(): DataTableLabels {
  const t = useTranslations('dataTable');
  const format = useFormatter();
  const n = (value: number) => format.number(value);
  return {
    filters: t('filters'),
    apply: t('apply'),
    reset: t('reset'),
    sortBy: t('sortBy'),
    sortOption: (values) => t('sortOption', values),
    ascending: t('ascending'),
    descending: t('descending'),
    pageSize: t('pageSize'),
    columns: t('columns'),
    columnsLegend: t('columnsLegend'),
    rangeStatus: ({ from, to, total }) => t('rangeStatus', { from: n(from), to: n(to), total: n(total) }),
    sortStatus: (values) => t('sortStatus', values),
    pagination: t('pagination'),
    pageStatus: ({ page, pageCount }) => t('pageStatus', { page: n(page), pageCount: n(pageCount) }),
    previous: t('previous'),
    next: t('next'),
    empty: t('empty'),
    emptyFiltered: t('emptyFiltered'),
    pastLastPage: t('pastLastPage'),
    firstPage: t('firstPage'),
    loading: t('loading'),
  };
}
