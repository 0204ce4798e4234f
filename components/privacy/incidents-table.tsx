'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { INCIDENT_RISK_LEVELS } from '@/db/enums/privacy';
import { formatDate } from '@/lib/i18n/format';
import { incidentsListParams, type IncidentsListValues } from '@/lib/privacy/list-params';

export interface IncidentRow {
  id: string;
  discoveredOn: string;
  occurredFrom: string;
  occurredTo: string | null;
  personsConcerned: number;
  riskLevel: (typeof INCIDENT_RISK_LEVELS)[number];
  commissionNotifiedOn: string | null;
}

/** The register of confidentiality incidents, the server sorting and paging as the URL says. */
export function IncidentsTable({ rows, total, state }: { rows: IncidentRow[]; total: number; state: IncidentsListValues }) {
  const t = useTranslations('privacy.incidents');
  const tRisk = useTranslations('privacy.riskLevels');
  const labels = useDataTableLabels();
  const lang = useLocale() === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<IncidentRow, unknown>[]>(
    () => [
      {
        id: 'discovered',
        enableSorting: true,
        enableHiding: false,
        accessorFn: (row) => row.discoveredOn,
        meta: { label: t('discovered'), priority: 'key', className: 'whitespace-nowrap' },
        cell: ({ row }) => (
          <Link href={`/privacy/incidents/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {formatDate(row.original.discoveredOn, lang)}
          </Link>
        ),
      },
      {
        id: 'occurred',
        enableSorting: true,
        accessorFn: (row) => row.occurredFrom,
        meta: { label: t('occurred') },
        cell: ({ row }) =>
          row.original.occurredTo && row.original.occurredTo !== row.original.occurredFrom
            ? t('period', { from: formatDate(row.original.occurredFrom, lang), to: formatDate(row.original.occurredTo, lang) })
            : formatDate(row.original.occurredFrom, lang),
      },
      { id: 'persons', enableSorting: true, accessorFn: (row) => row.personsConcerned, meta: { label: t('persons'), priority: 'key', className: 'text-right' } },
      { id: 'risk', enableSorting: false, accessorFn: (row) => row.riskLevel, meta: { label: t('risk'), priority: 'key' }, cell: ({ row }) => tRisk(row.original.riskLevel) },
      {
        id: 'commission',
        enableSorting: false,
        accessorFn: (row) => row.commissionNotifiedOn,
        meta: { label: t('commission') },
        cell: ({ row }) => (row.original.commissionNotifiedOn ? formatDate(row.original.commissionNotifiedOn, lang) : t('none')),
      },
    ],
    [t, tRisk, lang],
  );
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={incidentsListParams}
      getRowId={(row) => row.id}
      rowHeader="discovered"
      tableId="incidents"
      labels={labels}
      filters={<FilterSelect label={t('risk')} name="risk" value={state.risk} all={t('allRisks')} options={INCIDENT_RISK_LEVELS.map((level) => ({ value: level, label: tRisk(level) }))} />}
    />
  );
}
