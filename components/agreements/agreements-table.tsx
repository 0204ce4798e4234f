'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { FilterSelect } from '@/components/data-table/filter-select';
import { useDataTableLabels } from '@/components/data-table/use-data-table-labels';
import { DateField } from '@/components/ui/date-field';
import { AGREEMENT_STATUSES, FUNDING_PROGRAMS, type AgreementStatus, type FundingProgram } from '@/db/enums/agreements';
import { agreementsListParams, type AgreementsListValues } from '@/lib/agreements/list-params';
import { formatDate } from '@/lib/i18n/format';

export interface AgreementRow {
  id: string;
  reference: string;
  title: string;
  partnerName: string;
  program: FundingProgram;
  programComponent: string | null;
  /** Formatted on the server, in the reader's language. */
  amount: string;
  status: AgreementStatus;
  signedOn: string | null;
  mrcs: string;
}

export interface AgreementsTableProps {
  rows: AgreementRow[];
  total: number;
  state: AgreementsListValues;
  mrcs: { id: string; name: string }[];
}

/** "Ententes": the agreements in scope, the server filtering, sorting and paging as the URL says. */
export function AgreementsTable({ rows, total, state, mrcs }: AgreementsTableProps) {
  const t = useTranslations('agreements');
  const tDate = useTranslations('dateField');
  const locale = useLocale();
  const labels = useDataTableLabels();
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const columns = useMemo<ColumnDef<AgreementRow, unknown>[]>(
    () => [
      {
        id: 'title',
        enableSorting: true,
        enableHiding: false,
        accessorFn: (row) => row.title,
        meta: { label: t('agreementTitle'), priority: 'key' },
        cell: ({ row }) => (
          <Link href={`/agreements/${row.original.id}`} className="font-semibold text-qc-blue underline">
            {row.original.title}
          </Link>
        ),
      },
      { id: 'reference', enableSorting: true, accessorFn: (row) => row.reference, meta: { label: t('reference'), priority: 'key', className: 'whitespace-nowrap' } },
      { id: 'partner', enableSorting: false, accessorFn: (row) => row.partnerName, meta: { label: t('partner') } },
      {
        id: 'program',
        enableSorting: false,
        accessorFn: (row) => row.program,
        meta: { label: t('program') },
        cell: ({ row }) => [t(`programsShort.${row.original.program}`), row.original.programComponent].filter(Boolean).join(' – '),
      },
      { id: 'amount', enableSorting: true, accessorFn: (row) => row.amount, meta: { label: t('amount'), className: 'whitespace-nowrap text-right' } },
      { id: 'status', enableSorting: false, accessorFn: (row) => row.status, meta: { label: t('status'), priority: 'key' }, cell: ({ row }) => t(`statuses.${row.original.status}`) },
      {
        id: 'signed',
        enableSorting: true,
        accessorFn: (row) => row.signedOn,
        meta: { label: t('signedOn'), priority: 'key', className: 'whitespace-nowrap' },
        cell: ({ row }) => (row.original.signedOn ? formatDate(row.original.signedOn, lang) : t('notSigned')),
      },
      { id: 'mrcs', enableSorting: false, accessorFn: (row) => row.mrcs, meta: { label: t('mrcs') } },
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
      params={agreementsListParams}
      getRowId={(row) => row.id}
      rowHeader="title"
      tableId="agreements"
      labels={labels}
      search={{ name: 'q', label: t('search'), hint: t('searchHint') }}
      filters={
        <>
          <FilterSelect label={t('program')} name="program" value={state.program} all={t('allPrograms')} options={FUNDING_PROGRAMS.map((value) => ({ value, label: t(`programsShort.${value}`) }))} />
          <FilterSelect label={t('status')} name="status" value={state.status} all={t('allStatuses')} options={AGREEMENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))} />
          <FilterSelect label={t('mrc')} name="mrc" value={state.mrc} all={t('allMrcs')} options={mrcs.map((mrc) => ({ value: mrc.id, label: mrc.name }))} />
          <DateField label={t('signedFrom')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="signedFrom" defaultValue={state.signedFrom ?? ''} />
          <DateField label={t('signedTo')} hint={tDate('hint')} invalidMessage={tDate('invalid')} name="signedTo" defaultValue={state.signedTo ?? ''} />
        </>
      }
    />
  );
}
