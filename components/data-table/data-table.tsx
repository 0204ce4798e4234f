'use client';
import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type Cell,
  type ColumnDef,
  type Header,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { usePathname, useRouter } from 'next/navigation';
import { useQueryStates, type SingleParser } from 'nuqs';
import { useMemo, useTransition, type ReactNode } from 'react';
import type { Sort } from '@/lib/search-params/parsers';
import { ColumnVisibility } from './column-visibility';
import { DataTableFilters } from './data-table-filters';
import { DataTablePagination } from './data-table-pagination';
import type { DataTableLabels, TableState, TableUrlParams } from './types';
import { useStoredVisibility } from './use-stored-visibility';

export interface DataTableProps<TData> {
  /** Names the table for screen readers (caption) and the phone card list. */
  caption: string;
  /** TanStack column definitions, each with an `id` and `meta.label`; `meta.priority: 'key'` shows it on phones. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of different value types
  columns: ColumnDef<TData, any>[];
  /** The rows of this page only, as the server sorted and filtered them. */
  data: TData[];
  /** How many rows match the filters, all pages together. */
  total: number;
  /** The state the server used (validated), filters included. */
  state: TableState;
  /** The screen's URL parameters (lib/search-params): page, pageSize, sort and its filters. */
  params: TableUrlParams;
  getRowId: (row: TData) => string;
  /** The column whose cell names the row: a row header (th scope=row) and the title of a phone card. */
  rowHeader: string;
  /** Where the column choice is remembered (localStorage), e.g. "staff". */
  tableId: string;
  labels: DataTableLabels;
  /** A search box for a text parameter (e.g. `q`). */
  search?: { name: string; label: string; hint?: string };
  /** The screen's own filter fields, inside the filter form, named after their parameters. */
  filters?: ReactNode;
}

function ariaSort(sort: Sort, columnId: string) {
  if (sort.column !== columnId) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

function SortIcon({ direction }: { direction: 'asc' | 'desc' | null }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 16" className={`ml-1.5 inline-block h-4 w-3 align-[-0.15em] ${direction ? '' : 'opacity-40'}`}>
      {direction !== 'desc' && <path d="M6 1l5 6H1z" fill="currentColor" />}
      {direction !== 'asc' && <path d="M6 15l5-6H1z" fill="currentColor" />}
    </svg>
  );
}

/** The icon stays with the last word when a header wraps. */
function LabelWithIcon({ text, icon }: { text: string; icon: ReactNode }) {
  const cut = text.lastIndexOf(' ') + 1;
  return (
    <>
      {text.slice(0, cut)}
      <span className="whitespace-nowrap">
        {text.slice(cut)}
        {icon}
      </span>
    </>
  );
}

const label = <TData,>(header: Header<TData, unknown> | Cell<TData, unknown>) => header.column.columnDef.meta?.label ?? header.column.id;

/**
 * A server-paginated table: the server sorts, filters and cuts the page; this renders the page it received
 * and changes the URL (nuqs), which makes the server send the next one. A real table from the `md`
 * breakpoint up (sortable headers are buttons, aria-sort on the sorted one); below it, one card per row with
 * the key columns, so that nothing a reader needs hides behind a horizontal scroll.
 */
export function DataTable<TData>({ caption, columns, data, total, state, params, getRowId, rowHeader, tableId, labels, search, filters }: DataTableProps<TData>) {
  const pathname = usePathname();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [, setParams] = useQueryStates(params.parsers, { shallow: false, history: 'push', scroll: false, startTransition });
  const hideable = useMemo(() => columns.map((column) => column.id!).filter((id) => id !== rowHeader), [columns, rowHeader]);
  const [columnVisibility, setColumnVisibility] = useStoredVisibility(tableId, hideable);

  const sorting: SortingState = [{ id: state.sort.column, desc: state.sort.direction === 'desc' }];
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table is rebuilt each render
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false, // the server always sorts by something: a third click goes back to ascending
    sortDescFirst: false,
    state: { pagination: { pageIndex: state.page - 1, pageSize: state.pageSize }, sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) setParams({ sort: { column: next.id, direction: next.desc ? 'desc' : 'asc' }, page: null });
    },
    onColumnVisibilityChange: setColumnVisibility,
    getColumnCanGlobalFilter: () => false,
  });

  const filterKeys = Object.keys(params.params).filter((key) => !['page', 'pageSize', 'sort'].includes(key));
  const filtered = filterKeys.some((key) => state[key] !== null && state[key] !== undefined);
  const hrefWith = (values: Record<string, unknown>) => params.serialize(pathname, { ...state, ...values });
  const pageCount = Math.max(1, table.getPageCount());
  const rows = table.getRowModel().rows;
  const first = (state.page - 1) * state.pageSize + 1;
  const sortedColumn = table.getColumn(state.sort.column);

  function applyFilters(fields: Map<string, string>) {
    const next: Record<string, unknown> = { page: null };
    for (const [key, param] of Object.entries(params.parsers)) {
      if (!fields.has(key)) continue; // a parameter this form does not show is kept as it is
      const text = fields.get(key)!.trim();
      next[key] = text === '' ? null : (param as SingleParser<unknown>).parse(text); // every parameter here is single-valued
    }
    setParams(next);
  }

  const sortOptions = table
    .getAllLeafColumns()
    .filter((column) => column.getCanSort())
    .map((column) => ({ column: column.id, label: column.columnDef.meta?.label ?? column.id }));
  const keyCells = (cells: Cell<TData, unknown>[]) => cells.filter((cell) => cell.column.id !== rowHeader && (cell.column.columnDef.meta?.priority ?? 'secondary') === 'key');

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <DataTableFilters
            // Starts again from the server's state after each navigation (the fields are uncontrolled).
            key={JSON.stringify(state)}
            action={pathname}
            search={search && { ...search, value: typeof state[search.name] === 'string' ? (state[search.name] as string) : '' }}
            sort={state.sort}
            sortOptions={sortOptions}
            pageSize={state.pageSize}
            labels={labels}
            resetHref={filtered ? hrefWith(Object.fromEntries(filterKeys.map((key) => [key, null]))) : undefined}
            onSubmit={applyFilters}
          >
            {filters}
          </DataTableFilters>
        </div>
        <div className="hidden md:block">
          <ColumnVisibility table={table} labels={labels} />
        </div>
      </div>

      <div aria-busy={pending || undefined} className={`space-y-3 transition-opacity ${pending ? 'opacity-60' : ''}`}>
        <p role="status" className="text-sm">
          {total > 0 && rows.length > 0 && (
            <>
              {labels.rangeStatus({ from: first, to: first + rows.length - 1, total })}
              {' · '}
            </>
          )}
          {labels.sortStatus({
            column: sortedColumn?.columnDef.meta?.label ?? state.sort.column,
            direction: state.sort.direction === 'asc' ? labels.ascending : labels.descending,
          })}
        </p>

        {rows.length === 0 ? (
          <div className="rounded border-2 border-dashed border-qc-grey p-6 text-center">
            <p className="font-semibold">{total > 0 ? labels.pastLastPage : filtered ? labels.emptyFiltered : labels.empty}</p>
            {total > 0 && (
              <a href={hrefWith({ page: null })} className="mt-2 inline-block font-semibold text-qc-blue underline">
                {labels.firstPage}
              </a>
            )}
          </div>
        ) : (
          <>
            {/* From md up. Scrolls sideways only if the columns cannot fit; the row header stays in view. */}
            <div role="region" aria-label={caption} tabIndex={0} className="hidden overflow-x-auto md:block">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{caption}</caption>
                <thead className="bg-qc-grey-pale">
                  {table.getHeaderGroups().map((group) => (
                    <tr key={group.id}>
                      {group.headers.map((header) => {
                        const sortable = header.column.getCanSort();
                        const direction = header.column.getIsSorted() || null;
                        const sticky = header.column.id === rowHeader ? 'sticky left-0 z-10 bg-qc-grey-pale' : '';
                        return (
                          <th key={header.id} scope="col" aria-sort={sortable ? ariaSort(state.sort, header.column.id) : undefined} className={`border-b-2 border-qc-blue-dark px-3 py-2 align-bottom ${sticky}`}>
                            {sortable ? (
                              <button type="button" onClick={header.column.getToggleSortingHandler()} className="-mx-1 rounded px-1 text-left font-bold hover:underline">
                                <LabelWithIcon text={label(header)} icon={<SortIcon direction={direction} />} />
                              </button>
                            ) : (
                              label(header)
                            )}
                          </th>
                        );
                      })}
                    </tr>
                  ))}
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} className="border-b border-qc-blue-pale">
                      {row.getVisibleCells().map((cell) => {
                        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                        const className = `px-3 py-2 align-top ${cell.column.columnDef.meta?.className ?? ''}`;
                        return cell.column.id === rowHeader ? (
                          <th key={cell.id} scope="row" className={`sticky left-0 bg-white font-normal ${className}`}>
                            {content}
                          </th>
                        ) : (
                          <td key={cell.id} className={className}>
                            {content}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            {/* Below md: one card per row, the key columns as a definition list. */}
            <ul aria-label={caption} className="space-y-3 md:hidden">
              {rows.map((row) => {
                const cells = row.getVisibleCells();
                const title = row.getAllCells().find((cell) => cell.column.id === rowHeader);
                return (
                  <li key={row.id} className="rounded border-2 border-qc-blue-pale p-3">
                    {title && <p className="mb-2 text-lg font-semibold">{flexRender(title.column.columnDef.cell, title.getContext())}</p>}
                    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                      {keyCells(cells).map((cell) => (
                        <div key={cell.id} className="contents">
                          <dt className="font-semibold">{label(cell)}</dt>
                          <dd className="min-w-0 break-words">{flexRender(cell.column.columnDef.cell, cell.getContext())}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </>
        )}

        <DataTablePagination page={state.page} pageCount={pageCount} hrefFor={(page) => hrefWith({ page })} labels={labels}
          onNavigate={(href) => startTransition(() => router.push(href))}
        />
      </div>
    </div>
  );
}
