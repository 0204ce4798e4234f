'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { DateField } from '@/components/ui/date-field';
import { formatDate } from '@/lib/i18n/format';
import { retentionPreviewParams, type RetentionPreviewValues } from '@/lib/privacy/list-params';

export interface DueFileRow {
  personId: string;
  lastClosedOn: string;
  dueOn: string;
  servicePoints: string[];
}

/** The files the retention schedule says are due as of a day (the URL's asOf): references and dates only. */
export function RetentionTable({ rows, total, state, asOf }: { rows: DueFileRow[]; total: number; state: RetentionPreviewValues; asOf: string }) {
  const t = useTranslations('privacy.retention');
  const tDate = useTranslations('dateField');
  const labels = useDataTableLabels();
  const lang = useLocale() === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<DueFileRow, unknown>[]>(
    () => [
      {
        id: 'file',
        enableSorting: false,
        enableHiding: false,
        accessorFn: (row) => row.personId,
        meta: { label: t('file'), priority: 'key', className: 'font-mono text-sm' },
        cell: ({ row }) => (
          <Link href={`/privacy/access-log?person=${row.original.personId}`} className="text-qc-blue underline">
            {row.original.personId}
          </Link>
        ),
      },
      { id: 'lastClosed', enableSorting: false, accessorFn: (row) => row.lastClosedOn, meta: { label: t('lastClosed'), priority: 'key', className: 'whitespace-nowrap' }, cell: ({ row }) => formatDate(row.original.lastClosedOn, lang) },
      { id: 'dueOn', enableSorting: false, accessorFn: (row) => row.dueOn, meta: { label: t('dueOn'), className: 'whitespace-nowrap' }, cell: ({ row }) => formatDate(row.original.dueOn, lang) },
      { id: 'servicePoints', enableSorting: false, accessorFn: (row) => row.servicePoints.join(', '), meta: { label: t('servicePoints') } },
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
      params={retentionPreviewParams}
      getRowId={(row) => row.personId}
      rowHeader="file"
      tableId="retention"
      labels={labels}
      filters={<DateField label={t('asOf')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="asOf" defaultValue={asOf} />}
    />
  );
}
