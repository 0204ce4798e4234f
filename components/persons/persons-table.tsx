'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { DateField } from '@/components/ui/date-field';
import { NEEDS, type ImmigrationCategory } from '@/db/enums/persons';
import { formatDate } from '@/lib/i18n/format';
import { personsListParams, type PersonsListValues } from '@/lib/persons/list-params';

export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  /** The country's name, worded on the server (the browser's Intl data may word it otherwise). */
  country: string;
  immigrationStatus: ImmigrationCategory;
  status: 'open' | 'closed';
  latestOpenedOn: string | null;
}

export interface PersonsTableProps {
  rows: PersonRow[];
  total: number;
  state: PersonsListValues;
  agents: { id: string; name: string }[];
  mrcs: { id: string; name: string }[];
}

/** "Personnes": the caseload in scope, the server filtering, sorting and paging as the URL says. */
export function PersonsTable({ rows, total, state, agents, mrcs }: PersonsTableProps) {
  const t = useTranslations('persons.list');
  const tEnums = useTranslations('enums');
  const tDate = useTranslations('dateField');
  const locale = useLocale();
  const labels = useDataTableLabels();
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<PersonRow, unknown>[]>(
    () => [
      {
        id: 'name',
        enableSorting: true,
        enableHiding: false,
        accessorFn: (row) => `${row.lastName}, ${row.firstName}`,
        meta: { label: t('name'), priority: 'key' },
        cell: ({ row }) => (
          <Link href={`/persons/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {row.original.lastName}, {row.original.firstName}
          </Link>
        ),
      },
      { id: 'status', enableSorting: false, accessorFn: (row) => row.status, meta: { label: t('status'), priority: 'key' }, cell: ({ row }) => (row.original.status === 'open' ? t('open') : t('closed')) },
      {
        id: 'opened',
        enableSorting: true,
        accessorFn: (row) => row.latestOpenedOn,
        meta: { label: t('latestOpened'), priority: 'key', className: 'whitespace-nowrap' },
        cell: ({ row }) => (row.original.latestOpenedOn ? formatDate(row.original.latestOpenedOn, lang) : '—'),
      },
      { id: 'country', enableSorting: false, accessorFn: (row) => row.country, meta: { label: t('country') } },
      { id: 'category', enableSorting: false, accessorFn: (row) => row.immigrationStatus, meta: { label: t('category') }, cell: ({ row }) => tEnums(`immigrationCategories.${row.original.immigrationStatus}`) },
    ],
    [t, tEnums, lang],
  );
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={personsListParams}
      getRowId={(row) => row.id}
      rowHeader="name"
      tableId="persons"
      labels={labels}
      search={{ name: 'q', label: t('search'), hint: t('searchHint') }}
      filters={
        <>
          <FilterSelect label={t('status')} name="status" value={state.status} all={t('allStatuses')} options={[{ value: 'open', label: t('open') }, { value: 'closed', label: t('closed') }]} />
          <FilterSelect label={t('need')} name="need" value={state.need} all={t('allNeeds')} options={NEEDS.map((need) => ({ value: need, label: tEnums(`needs.${need}`) }))} />
          <FilterSelect label={t('agent')} name="agent" value={state.agent} all={t('allAgents')} options={agents.map((agent) => ({ value: agent.id, label: agent.name }))} />
          <FilterSelect label={t('mrc')} name="mrc" value={state.mrc} all={t('allMrcs')} options={mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))} />
          <DateField label={t('openedFrom')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="openedFrom" defaultValue={state.openedFrom ?? ''} />
          <DateField label={t('openedTo')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="openedTo" defaultValue={state.openedTo ?? ''} />
        </>
      }
    />
  );
}
