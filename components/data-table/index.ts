// A list screen, in four files (the staff list is the example):
//   lib/<feature>/list-params.ts   defineUrlParams({ ...tableParams({ sortable, defaultSort }), q: searchParam(), … })
//   lib/<feature>/queries.ts       list(db, user, values): scope, filters, ORDER BY the sort column + id, LIMIT/OFFSET, total
//   app/(app)/<feature>/page.tsx   readSearchParams(definition, await searchParams) → the query → <FeatureTable state={values} …/>
//   components/<feature>/<feature>-table.tsx  'use client': column defs (meta.label, meta.priority) → <DataTable …/>
// and, for the API, parseUrlParams(request, definition) in the route.
export { DataTable, type DataTableProps } from './data-table';
export { DataTableSkeleton, type DataTableSkeletonProps } from './data-table-skeleton';
export { FILTER_CONTROL } from './styles';
export { useDataTableLabels } from './use-data-table-labels';
export type { DataTableLabels, TableState, TableUrlParams } from './types';
