'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { DateField } from '@/components/ui/date-field';
import type { SHARED_INFORMATION_KINDS } from '@/db/enums/privacy';
import { formatDate } from '@/lib/i18n/format';
import { communicationsListParams, type CommunicationsListValues } from '@/lib/privacy/list-params';

export interface CommunicationRow {
  id: string;
  personId: string;
  sentOn: string;
  partner: string;
  sharedInformation: (typeof SHARED_INFORMATION_KINDS)[number][];
  basis: 'consent' | 'law';
  consentOn: string;
  servicePoint: string;
}

/** The communications register: every referral that sent a person's information to a partner. */
export function CommunicationsTable({ rows, total, state }: { rows: CommunicationRow[]; total: number; state: CommunicationsListValues }) {
  const t = useTranslations('privacy.communications');
  const tInfo = useTranslations('privacy.sharedInformation');
  const tDate = useTranslations('dateField');
  const labels = useDataTableLabels();
  const lang = useLocale() === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<CommunicationRow, unknown>[]>(
    () => [
      { id: 'sent', enableSorting: true, enableHiding: false, accessorFn: (row) => row.sentOn, meta: { label: t('sent'), priority: 'key', className: 'whitespace-nowrap' }, cell: ({ row }) => formatDate(row.original.sentOn, lang) },
      { id: 'partner', enableSorting: false, accessorFn: (row) => row.partner, meta: { label: t('partner'), priority: 'key' } },
      { id: 'information', enableSorting: false, accessorFn: (row) => row.sharedInformation.join(','), meta: { label: t('information'), priority: 'key' }, cell: ({ row }) => row.original.sharedInformation.map((kind) => tInfo(kind)).join(', ') },
      {
        id: 'basis',
        enableSorting: false,
        accessorFn: (row) => row.basis,
        meta: { label: t('basis') },
        cell: ({ row }) => (row.original.basis === 'consent' ? t('basisConsent', { date: formatDate(row.original.consentOn, lang) }) : t('basisLaw')),
      },
      { id: 'servicePoint', enableSorting: false, accessorFn: (row) => row.servicePoint, meta: { label: t('servicePoint') } },
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
    [t, tInfo, lang],
  );
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      data={rows}
      total={total}
      state={state}
      params={communicationsListParams}
      getRowId={(row) => row.id}
      rowHeader="sent"
      tableId="communications"
      labels={labels}
      filters={
        <>
          <DateField label={t('from')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="from" defaultValue={state.from ?? ''} />
          <DateField label={t('to')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="to" defaultValue={state.to ?? ''} />
        </>
      }
    />
  );
}
