'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { FUNDED_PROJECT_TYPES, type FundedProjectType } from '@/db/enums/agreements';
import { projectsListParams, type ProjectsListValues } from '@/lib/agreements/list-params';
import { formatDate } from '@/lib/i18n/format';

export interface ProjectRow {
  id: string;
  title: string;
  type: FundedProjectType;
  startsOn: string;
  endsOn: string | null;
  participants: number | null;
  agreementId: string;
  agreementReference: string;
  mrcs: string;
}

export interface ProjectsTableProps {
  rows: ProjectRow[];
  total: number;
  state: ProjectsListValues;
  mrcs: { id: string; name: string }[];
}

/** "Projets financés": the projects of the agreements in scope, by type and MRC. */
export function ProjectsTable({ rows, total, state, mrcs }: ProjectsTableProps) {
  const t = useTranslations('projects');
  const locale = useLocale();
  const labels = useDataTableLabels();
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<ProjectRow, unknown>[]>(
    () => [
      { id: 'title', enableSorting: true, enableHiding: false, accessorFn: (row) => row.title, meta: { label: t('projectTitle'), priority: 'key' } },
      { id: 'type', enableSorting: false, accessorFn: (row) => row.type, meta: { label: t('type'), priority: 'key' }, cell: ({ row }) => t(`types.${row.original.type}`) },
      {
        id: 'agreement',
        enableSorting: false,
        accessorFn: (row) => row.agreementReference,
        meta: { label: t('agreement'), priority: 'key', className: 'whitespace-nowrap' },
        cell: ({ row }) => (
          <Link href={`/agreements/${row.original.agreementId}`} className="font-semibold text-qc-blue underline">
            {row.original.agreementReference}
          </Link>
        ),
      },
      {
        id: 'starts',
        enableSorting: true,
        accessorFn: (row) => row.startsOn,
        meta: { label: t('dates') },
        cell: ({ row }) => `${formatDate(row.original.startsOn, lang)} – ${row.original.endsOn ? formatDate(row.original.endsOn, lang) : t('ongoing')}`,
      },
      { id: 'mrcs', enableSorting: false, accessorFn: (row) => row.mrcs, meta: { label: t('mrcs') } },
      { id: 'participants', enableSorting: false, accessorFn: (row) => row.participants, meta: { label: t('participants'), className: 'text-right' }, cell: ({ row }) => row.original.participants ?? '—' },
    ],
    [t, lang],
  );
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={projectsListParams}
      getRowId={(row) => row.id}
      rowHeader="title"
      tableId="projects"
      labels={labels}
      search={{ name: 'q', label: t('search'), hint: t('searchHint') }}
      filters={
        <>
          <FilterSelect label={t('type')} name="type" value={state.type} all={t('allTypes')} options={FUNDED_PROJECT_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))} />
          <FilterSelect label={t('mrc')} name="mrc" value={state.mrc} all={t('allMrcs')} options={mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))} />
        </>
      }
    />
  );
}
