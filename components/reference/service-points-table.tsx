'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { SERVICE_POINT_STATUSES, servicePointListParams, type ServicePointListQuery, type ServicePointSortColumn } from '@/lib/reference/service-point-list-params';

export interface ServicePointRow {
  id: string;
  name: string;
  address: string;
  city: string;
  postalCode: string | null;
  regionName: string;
  mrcName: string;
  active: boolean;
}

export interface ServicePointsTableProps {
  rows: ServicePointRow[];
  total: number;
  state: ServicePointListQuery;
  regions: { code: string; name: string }[];
}

const sortable = (id: ServicePointSortColumn) => ({ id, enableSorting: true });

export function ServicePointsTable({ rows, total, state, regions }: ServicePointsTableProps) {
  const t = useTranslations('reference.servicePoint');
  const labels = useDataTableLabels();
  const columns = useMemo<ColumnDef<ServicePointRow, unknown>[]>(
    () => [
      {
        ...sortable('name'),
        accessorFn: (row) => row.name,
        enableHiding: false,
        meta: { label: t('name'), priority: 'key' },
        cell: ({ row }) => (
          <Link href={`/admin/reference/service-points/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {row.original.name}
          </Link>
        ),
      },
      {
        id: 'address',
        accessorFn: (row) => row.address,
        enableSorting: false,
        meta: { label: t('address'), priority: 'key' },
        cell: ({ row }) => [row.original.address, row.original.postalCode].filter(Boolean).join(', '),
      },
      { ...sortable('city'), accessorFn: (row) => row.city, meta: { label: t('city'), priority: 'key' } },
      { id: 'mrc', accessorFn: (row) => row.mrcName, enableSorting: false, meta: { label: t('mrc') } },
      { id: 'region', accessorFn: (row) => row.regionName, enableSorting: false, meta: { label: t('region') } },
      {
        id: 'status',
        accessorFn: (row) => row.active,
        enableSorting: false,
        meta: { label: t('status'), priority: 'key' },
        cell: ({ row }) => (row.original.active ? t('isActive') : <strong>{t('isInactive')}</strong>),
      },
    ],
    [t],
  );

  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={servicePointListParams}
      getRowId={(row) => row.id}
      rowHeader="name"
      tableId="service-points"
      labels={labels}
      search={{ name: 'q', label: t('search') }}
      filters={
        <>
          <FilterSelect label={t('region')} name="region" value={state.region} all={t('allRegions')} options={regions.map((region) => ({ value: region.code, label: `${region.code} – ${region.name}` }))} />
          <FilterSelect
            label={t('status')}
            name="status"
            value={state.status}
            all={t('allStatuses')}
            options={SERVICE_POINT_STATUSES.map((status) => ({ value: status, label: status === 'active' ? t('isActive') : t('isInactive') }))}
          />
        </>
      }
    />
  );
}
