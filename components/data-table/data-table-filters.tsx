'use client';
import Link from 'next/link';
import type { FormEvent, ReactNode } from 'react';
import { FieldFrame } from '@/components/ui/field-frame';
import { PAGE_SIZES, type Sort } from '@/lib/search-params/parsers';
import { FILTER_CONTROL } from './styles';
import type { DataTableLabels } from './types';

export interface DataTableFiltersProps {
  /** The page's path: the form's GET target when JavaScript is off. */
  action: string;
  /** The current search text, sort and page size (the form starts from them). */
  search?: { name: string; label: string; hint?: string; value: string };
  sort: Sort;
  sortOptions: { column: string; label: string }[];
  pageSize: number;
  labels: Pick<DataTableLabels, 'filters' | 'apply' | 'reset' | 'sortBy' | 'sortOption' | 'ascending' | 'descending' | 'pageSize'>;
  /** The screen's own fields, named after their URL parameters. */
  children?: ReactNode;
  /** Shown when a filter is on: the same view without filters. */
  resetHref?: string;
  /** The submitted fields, by name: the table turns them into its URL. */
  onSubmit: (fields: Map<string, string>) => void;
}

/**
 * One GET form for the whole view: it works without JavaScript (a plain GET of the page) and, with it, goes
 * through the URL state so that values at their default are left out of the address. Nothing changes until
 * "Apply": a select that navigated on change would move a keyboard user away at the first arrow key.
 */
export function DataTableFilters({ action, search, sort, sortOptions, pageSize, labels, children, resetHref, onSubmit }: DataTableFiltersProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = new Map<string, string>();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string') fields.set(name, value);
    onSubmit(fields);
  }
  return (
    <form method="get" action={action} onSubmit={submit} role="search" aria-label={labels.filters} className="grid grid-cols-2 items-end gap-3 rounded bg-qc-grey-pale p-4 sm:flex sm:flex-wrap sm:gap-4">
      {search && (
        <FieldFrame label={search.label} hint={search.hint} className="col-span-2 min-w-0 max-w-full flex-[1_1_14rem]">
          {(control) => <input {...control} type="search" name={search.name} defaultValue={search.value} maxLength={100} autoComplete="off" className="w-full rounded border-2 border-qc-grey bg-white px-2 py-1.5" />}
        </FieldFrame>
      )}
      {children}
      {/* The table's headers sort from md up; below, this is the way to sort. Still submitted when hidden. */}
      <FieldFrame label={labels.sortBy} className="col-span-2 min-w-0 max-w-full md:hidden">
        {(control) => (
          <select {...control} name="sort" defaultValue={`${sort.column}.${sort.direction}`} className={FILTER_CONTROL}>
            {sortOptions.flatMap(({ column, label }) =>
              (['asc', 'desc'] as const).map((direction) => (
                <option key={`${column}.${direction}`} value={`${column}.${direction}`}>
                  {labels.sortOption({ column: label, direction: direction === 'asc' ? labels.ascending : labels.descending })}
                </option>
              )),
            )}
          </select>
        )}
      </FieldFrame>
      <FieldFrame label={labels.pageSize} className="min-w-0 max-w-full">
        {(control) => (
          <select {...control} name="pageSize" defaultValue={String(pageSize)} className={FILTER_CONTROL}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {labels.apply}
        </button>
        {resetHref && (
          <Link href={resetHref} prefetch={false} className="font-semibold text-qc-blue underline">
            {labels.reset}
          </Link>
        )}
      </div>
    </form>
  );
}
