'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import type { CorrectedField } from '@/lib/privacy/corrections';
import { correctionsListParams, type CorrectionsListValues } from '@/lib/privacy/list-params';

export interface CorrectionRow {
  id: string;
  personId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  /** Worded on the server (time zone and language of the page). */
  correctedAt: string;
  correctedBy: string;
  anonymized: boolean;
}

/** Every correction of a person's identity, with its values (the privacy officer's reading of s. 89). */
export function CorrectionsTable({ rows, total, state }: { rows: CorrectionRow[]; total: number; state: CorrectionsListValues }) {
  const t = useTranslations('privacy.corrections');
  const tFields = useTranslations('privacy.fields');
  const labels = useDataTableLabels();
  const value = (row: CorrectionRow, text: string | null) => (row.anonymized ? <em>{t('erased')}</em> : (text ?? <em>{t('empty')}</em>));
  const columns = useMemo<ColumnDef<CorrectionRow, unknown>[]>(
    () => [
      { id: 'corrected', enableSorting: true, enableHiding: false, accessorFn: (row) => row.correctedAt, meta: { label: t('correctedAt'), priority: 'key', className: 'whitespace-nowrap' } },
      { id: 'by', enableSorting: false, accessorFn: (row) => row.correctedBy, meta: { label: t('by') } },
      { id: 'field', enableSorting: false, accessorFn: (row) => row.field, meta: { label: t('field'), priority: 'key' }, cell: ({ row }) => tFields(row.original.field as CorrectedField) },
      { id: 'oldValue', enableSorting: false, accessorFn: (row) => row.oldValue, meta: { label: t('oldValue'), priority: 'key' }, cell: ({ row }) => value(row.original, row.original.oldValue) },
      { id: 'newValue', enableSorting: false, accessorFn: (row) => row.newValue, meta: { label: t('newValue'), priority: 'key' }, cell: ({ row }) => value(row.original, row.original.newValue) },
      { id: 'reason', enableSorting: false, accessorFn: (row) => row.reason, meta: { label: t('reason') }, cell: ({ row }) => row.original.reason ?? '—' },
      {
        id: 'file',
        enableSorting: false,
        accessorFn: (row) => row.personId,
        meta: { label: t('file'), className: 'font-mono text-sm' },
        cell: ({ row }) => (
          <Link href={`/privacy/access-log?person=${row.original.personId}`} className="text-qc-blue underline">
            {row.original.personId.slice(0, 8)}
          </Link>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- value() reads only t
    [t, tFields],
  );
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={correctionsListParams}
      getRowId={(row) => row.id}
      rowHeader="corrected"
      tableId="corrections"
      labels={labels}
    />
  );
}
