'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { DateField } from '@/components/ui/date-field';
import { NAICS_SECTORS, type NaicsSector } from '@/db/enums/employers';
import { employerFilesListParams, type EmployerFilesListValues } from '@/lib/employers/list-params';
import { formatDate } from '@/lib/i18n/format';

export interface EmployerFileRow {
  id: string;
  legalName: string;
  neq: string;
  naicsSector: string;
  city: string;
  mrc: string;
  adviser: string;
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
}

export interface EmployerFilesTableProps {
  rows: EmployerFileRow[];
  total: number;
  state: EmployerFilesListValues;
  advisers: { id: string; name: string }[];
  mrcs: { id: string; name: string }[];
}

/** "Dossiers employeurs": the files of the region, the server filtering, sorting and paging as the URL says. */
export function EmployerFilesTable({ rows, total, state, advisers, mrcs }: EmployerFilesTableProps) {
  const t = useTranslations('employers.list');
  const tStatus = useTranslations('employers.status');
  const tEnums = useTranslations('employers.enums');
  const tDate = useTranslations('dateField');
  const locale = useLocale();
  const labels = useDataTableLabels();
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<EmployerFileRow, unknown>[]>(
    () => [
      {
        id: 'name',
        enableSorting: true,
        enableHiding: false,
        accessorFn: (row) => row.legalName,
        meta: { label: t('business'), priority: 'key' },
        cell: ({ row }) => (
          <Link href={`/employers/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {row.original.legalName}
          </Link>
        ),
      },
      { id: 'status', enableSorting: false, accessorFn: (row) => row.status, meta: { label: t('status'), priority: 'key' }, cell: ({ row }) => tStatus(row.original.status) },
      {
        id: 'opened',
        enableSorting: true,
        accessorFn: (row) => row.openedOn,
        meta: { label: t('opened'), priority: 'key', className: 'whitespace-nowrap' },
        cell: ({ row }) => formatDate(row.original.openedOn, lang),
      },
      { id: 'neq', enableSorting: false, accessorFn: (row) => row.neq, meta: { label: t('neq'), className: 'whitespace-nowrap' } },
      { id: 'mrc', enableSorting: false, accessorFn: (row) => `${row.city} (${row.mrc})`, meta: { label: t('mrc') } },
      { id: 'sector', enableSorting: false, accessorFn: (row) => row.naicsSector, meta: { label: t('sector') }, cell: ({ row }) => tEnums(`naicsSectors.${row.original.naicsSector as NaicsSector}`) },
      { id: 'adviser', enableSorting: false, accessorFn: (row) => row.adviser, meta: { label: t('adviser') } },
    ],
    [t, tStatus, tEnums, lang],
  );
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={employerFilesListParams}
      getRowId={(row) => row.id}
      rowHeader="name"
      tableId="employer-files"
      labels={labels}
      search={{ name: 'q', label: t('search'), hint: t('searchHint') }}
      filters={
        <>
          <FilterSelect label={t('status')} name="status" value={state.status} all={t('allStatuses')} options={[{ value: 'open', label: tStatus('open') }, { value: 'closed', label: tStatus('closed') }]} />
          <FilterSelect label={t('mrc')} name="mrc" value={state.mrc} all={t('allMrcs')} options={mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))} />
          <FilterSelect label={t('sector')} name="naics" value={state.naics} all={t('allSectors')} options={NAICS_SECTORS.map((code) => ({ value: code, label: tEnums(`naicsSectors.${code}`) }))} />
          <FilterSelect label={t('adviser')} name="adviser" value={state.adviser} all={t('allAdvisers')} options={advisers.map((adviser) => ({ value: adviser.id, label: adviser.name }))} />
          <DateField label={t('openedFrom')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="openedFrom" defaultValue={state.openedFrom ?? ''} />
          <DateField label={t('openedTo')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="openedTo" defaultValue={state.openedTo ?? ''} />
        </>
      }
    />
  );
}
