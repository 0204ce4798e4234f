export { DataTable, type DataTableProps } from './data-table';
export { DataTableSkeleton, type DataTableSkeletonProps } from './data-table-skeleton';
export { FILTER_CONTROL } from './styles';
export { useDataTableLabels } from './use-data-table-labels';
export type { DataTableLabels, TableState, TableUrlParams } from './types';
